import { describe, expect, it } from "vitest";
import { drawParams, getQuestion, paramValues, questions } from "@/lib/content";
import {
  instantiateQuestion,
  publicQuestion,
  revealAnswer,
  revealHint,
} from "@/lib/learning/grading";
import { SEEDS, simulatedQuestions } from "./helpers";

describe("instantiateQuestion", () => {
  it("is deterministic per seed", () => {
    for (const q of simulatedQuestions) {
      expect(instantiateQuestion(q, "attempt-7")).toEqual(instantiateQuestion(q, "attempt-7"));
    }
  });

  it("gives different learners different numbers", () => {
    for (const q of simulatedQuestions) {
      const prompts = new Set(SEEDS.map((s) => instantiateQuestion(q, s).prompt));
      expect(prompts.size, q.id).toBeGreaterThan(1);
    }
  });

  it("mixes the question id into the draw, so one attempt seed gives each question its own numbers", () => {
    const params = { x: { min: 0, max: 1000, step: 1 } };
    expect(drawParams(params, "seed", "a/b")).not.toEqual(drawParams(params, "seed", "a/c"));
  });

  it("draws only values on the declared grid or from the choices", () => {
    expect(paramValues({ min: 0.8, max: 1.2, step: 0.05 })).toEqual([
      0.8, 0.85, 0.9, 0.95, 1, 1.05, 1.1, 1.15, 1.2,
    ]);
    for (const q of simulatedQuestions) {
      if (!("sim" in q) || !q.sim) continue;
      const sim = q.sim;
      for (const seed of SEEDS) {
        const { params } = instantiateQuestion(q, seed);
        for (const [name, def] of Object.entries(sim.params)) {
          expect(paramValues(def), `${q.id}.${name}`).toContain(params[name]);
        }
      }
    }
  });

  it("fills every placeholder", () => {
    for (const q of simulatedQuestions) {
      const inst = instantiateQuestion(q, "p");
      expect(inst.prompt).not.toMatch(/\{\{|\}\}/);
      expect(inst.explanation).not.toMatch(/\{\{|\}\}/);
      for (const v of Object.values(inst.params)) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe("publicQuestion never carries the key", () => {
  it.each(questions.map((q) => [q.id, q] as const))("%s", (_id, q) => {
    for (const seed of SEEDS.slice(0, 3)) {
      const inst = instantiateQuestion(q, seed);
      const pub = publicQuestion(inst);
      const json = JSON.stringify(pub);
      for (const word of [
        '"correct"',
        '"key"',
        '"rubric"',
        '"tolerance"',
        '"patterns"',
        '"correctOrder"',
        '"misconception"',
        '"explanation"',
        '"hints"',
        '"run"',
        '"modelAnswer"',
      ]) {
        expect(json).not.toContain(word);
      }
      expect(pub.hintCount).toBe(q.hints.length);
      if (inst.type === "numeric") expect(json).not.toContain(String(inst.key.value));
      if (inst.type === "ordering") {
        expect(pub.items?.map((i) => i.id)).not.toEqual(inst.correctOrder);
        expect([...(pub.items ?? [])].map((i) => i.id).sort()).toEqual(
          [...inst.correctOrder].sort(),
        );
      }
      if ("options" in inst)
        expect(pub.options?.map((o) => o.id)).toEqual(inst.options.map((o) => o.id));
    }
  });

  it("releases hints one at a time and the solution on request", () => {
    const q = getQuestion("how-lstm-handles-exploding-gradients/clip-component");
    if (!q) throw new Error("missing question");
    const inst = instantiateQuestion(q, "s");
    expect(revealHint(inst, 0)).toBe(inst.hints[0]);
    expect(revealHint(inst, 99)).toBeUndefined();
    expect(revealAnswer(inst).value).toBe(inst.type === "numeric" ? inst.key.value : NaN);
    const p = getQuestion("bptt-basics/predict-sweep");
    if (!p) throw new Error("missing question");
    const sol = revealAnswer(instantiateQuestion(p, "s"));
    expect(sol.run?.scenarioId).toBe("spectral-radius-sweep");
    expect(sol.observed).toMatch(/σ/);
  });
});
