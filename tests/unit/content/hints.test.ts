import { describe, expect, it } from "vitest";
import { questions, sig } from "@/lib/content";
import { instantiateQuestion } from "@/lib/learning/grading";
import { renderings, SEEDS, simulated } from "./helpers";

describe("hints never give the answer away", () => {
  it.each(questions.map((q) => [q.id, q] as const))("%s", (_id, q) => {
    for (const seed of simulated(q) ? SEEDS : SEEDS.slice(0, 1)) {
      const inst = instantiateQuestion(q, seed);
      const hints = inst.hints.map((h) => h.toLowerCase());
      const forbidden: string[] = [];
      if (inst.type === "single-choice" || inst.type === "multiple-select") {
        forbidden.push(...inst.options.filter((o) => o.correct).map((o) => o.text));
      }
      if (inst.type === "predict-plot") {
        const right = inst.options.find((o) => o.id === inst.key.correctOptionId);
        if (right) forbidden.push(right.text);
      }
      if (inst.type === "numeric") {
        forbidden.push(sig(inst.key.value), ...renderings(inst.key.value));
        // the prompt must not contain the key either
        for (const f of [sig(inst.key.value), ...renderings(inst.key.value)]) {
          if (f.length >= 3) expect(inst.prompt).not.toContain(f);
        }
      }
      if (inst.type === "short-text") forbidden.push(inst.modelAnswer);
      for (const f of forbidden) {
        for (const h of hints) expect(h, `${q.id} seed ${seed}`).not.toContain(f.toLowerCase());
      }
    }
  });

  it("has hints that end by leaving a step to the learner (questions or instructions, not statements of the key)", () => {
    for (const q of questions) {
      const last = q.hints[q.hints.length - 1] ?? "";
      expect(last, q.id).toMatch(
        /\?|\b(compute|combine|estimate|compare|name|say|apply|differentiate|multiply|look|think|ask|count|describe|put|write|then)\b/i,
      );
    }
  });
});
