import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { misconceptions } from "@/lib/content";
import claims from "@/lib/tutor/answer/misconception-claims.json";
import sentenceExamples from "@/lib/tutor/answer/sentence-examples.json";
import { courseSentences } from "@/lib/tutor/answer/sentence-table";
import lessonExamples from "@/lib/tutor/retrieval/lesson-examples.json";
import { untrained } from "./eval-sets/untrained";

const sets = new Set(readdirSync(join(__dirname, "eval-sets")));

// The learned readers must never see a set kept aside: its figures are the untuned ones.
describe.each([
  ["lesson examples", lessonExamples.map((e) => e.from)],
  ["misconception claims", claims.map((c) => c.from)],
  ["sentence examples", sentenceExamples.map((e) => e.from)],
])("%s", (_, sources) => {
  it("come from development sets only, never one kept aside, the sanity set or a quoted held-out set", () => {
    const from = new Set(sources);
    expect(from.size).toBeGreaterThan(10);
    for (const dir of from) {
      expect(sets.has(dir), dir).toBe(true);
      expect(untrained(dir), dir).toBe(false);
    }
  });
});

describe("misconception claims", () => {
  it("each voice a catalogued misconception, and every entry has some", () => {
    const ids = new Set(misconceptions.map((m) => m.id));
    for (const c of claims) expect(ids.has(c.misconception), c.misconception).toBe(true);
    const voiced = new Set(claims.map((c) => c.misconception));
    expect(misconceptions.filter((m) => !voiced.has(m.id)).map((m) => m.id)).toEqual([]);
  });
});

describe("sentence examples", () => {
  it("each name course sentences of their own lessons", () => {
    const lessonOf = new Map(courseSentences.map((s) => [s.key, s.lessonId]));
    for (const e of sentenceExamples) {
      expect(e.positives.length, e.question).toBeGreaterThan(0);
      for (const key of e.positives) expect(e.lessons, key).toContain(lessonOf.get(key));
    }
  });
});
