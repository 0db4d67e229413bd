import katex from "katex";
import { describe, expect, it } from "vitest";
import { lessons, mathSnippets, questions, splitMath } from "@/lib/content";
import { instantiateQuestion } from "@/lib/learning/grading";
import { SEEDS, simulated } from "./helpers";

function renderAll(text: string): number {
  const snippets = mathSnippets(text);
  for (const { tex, display } of snippets) {
    expect(
      () => katex.renderToString(tex, { throwOnError: true, displayMode: display }),
      tex,
    ).not.toThrow();
  }
  return snippets.length;
}

describe("math renders with KaTeX", () => {
  it("splits inline and display math, and \\$ is a literal dollar", () => {
    expect(splitMath(String.raw`a $x$ b $$y$$ c \$5`)).toEqual([
      { kind: "text", value: "a " },
      { kind: "inline", value: "x" },
      { kind: "text", value: " b " },
      { kind: "display", value: "y" },
      { kind: "text", value: " c $5" },
    ]);
    expect(() => splitMath("an $unclosed snippet")).toThrow(/unclosed/);
  });

  it.each(lessons.map((l) => [l.id, l] as const))("lesson %s", (_id, l) => {
    let n = renderAll(l.summary);
    for (const s of [...l.sections, ...(l.deepDives ?? [])]) n += renderAll(s.body);
    expect(n).toBeGreaterThan(0);
  });

  it.each(questions.map((q) => [q.id, q] as const))("question %s (instantiated)", (_id, q) => {
    for (const seed of simulated(q) ? SEEDS.slice(0, 3) : SEEDS.slice(0, 1)) {
      const inst = instantiateQuestion(q, seed);
      const texts = [inst.prompt, inst.explanation, ...inst.hints];
      if ("options" in inst) texts.push(...inst.options.map((o) => o.text));
      if (inst.type === "ordering") texts.push(...inst.items.map((i) => i.text));
      if (inst.type === "short-text") texts.push(inst.modelAnswer);
      for (const t of texts) {
        renderAll(t);
        expect(t).not.toMatch(/\{\{/);
      }
    }
  });
});
