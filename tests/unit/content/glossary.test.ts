/** The glossary: complete for the lessons, linkable from any text, each entry taught somewhere. */
import { describe, expect, it } from "vitest";
import { getLesson, lessons } from "@/lib/content";
import { glossary, glossaryTermsIn } from "@/lib/content/glossary";

describe("glossary", () => {
  it("has unique ids, and each entry names a lesson that uses the term", () => {
    expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
    for (const e of glossary) {
      const lesson = getLesson(e.lessonId);
      expect(lesson, e.id).toBeDefined();
      const text = [...lesson!.sections, ...(lesson!.deepDives ?? [])].map((s) => s.body).join(" ");
      expect(
        glossaryTermsIn(text).map((t) => t.id),
        `${e.id} in ${e.lessonId}`,
      ).toContain(e.id);
    }
  });

  it("covers the terms every lesson leans on", () => {
    const ids = glossary.map((e) => e.id);
    for (const id of ["jacobian", "spectral-norm", "bptt", "saturation", "constant-error-carousel"])
      expect(ids).toContain(id);
  });

  it("finds whole-word phrasings, case-insensitively, and nothing inside other words", () => {
    const ids = (t: string) => glossaryTermsIn(t).map((e) => e.id);
    expect(ids("The Jacobian of one step; units saturate.")).toEqual(["jacobian", "saturation"]);
    expect(ids("clipping by norm")).toEqual(["gradient-clipping"]);
    expect(ids("an eclipse")).toEqual([]);
    expect(ids("")).toEqual([]);
  });

  it("links every lesson to at least three entries", () => {
    for (const l of lessons)
      expect(
        glossaryTermsIn(l.sections.map((s) => s.body).join(" ")).length,
        l.id,
      ).toBeGreaterThanOrEqual(3);
  });
});
