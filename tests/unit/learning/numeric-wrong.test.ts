import { describe, expect, it } from "vitest";
import { allParams, questions, type QuestionOf } from "@/lib/content";
import {
  gradeResponse,
  instantiateQuestion,
  numericCollisions,
  numericKeyAt,
  type QuestionInstance,
} from "@/lib/learning/grading";

const numeric = questions.filter((q): q is QuestionOf<"numeric"> => q.type === "numeric");

/** The instance a learner who drew `params` gets (instances differ only in params and key). */
function instanceAt(q: QuestionOf<"numeric">, params: Record<string, number>): QuestionInstance {
  const base = instantiateQuestion(q, "property");
  if (base.type !== "numeric") throw new Error("not numeric");
  return { ...base, params, key: numericKeyAt(q, params) };
}

const grade = (inst: QuestionInstance, value: number) =>
  gradeResponse(inst, { type: "numeric", value });

describe("numeric questions against their typical wrong answers", () => {
  it.each(numeric.map((q) => [q.id, q] as const))(
    "%s: no wrong formula passes, each is tagged, at every drawable parameter combination",
    (_id, q) => {
      const combos = q.sim ? allParams(q.sim.params) : [{}];
      let checked = 0;
      for (const params of combos) {
        const inst = instanceAt(q, params);
        if (inst.type !== "numeric") throw new Error("not numeric");
        expect(grade(inst, inst.key.value).correct).toBe(true);
        expect(inst.key.wrongAnswers.length, q.id).toBeGreaterThan(0);
        for (const wrong of inst.key.wrongAnswers) {
          const where = `${q.id} ${JSON.stringify(params)} ${wrong.misconception}`;
          // Exactly, and rounded to 3 significant digits as a learner might type it.
          for (const entered of [wrong.value, Number(wrong.value.toPrecision(3))])
            expect(grade(inst, entered).correct, `${where} = ${entered}`).toBe(false);
          const result = grade(inst, wrong.value);
          expect(result.misconceptions, where).toContain(wrong.misconception);
          expect(result.fraction).toBe(0);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(combos.length);
    },
  );

  it("every formula is named, so instructors can read what a wrong answer was", () => {
    for (const q of numeric) {
      const params = q.sim ? (allParams(q.sim.params)[0] ?? {}) : {};
      for (const w of numericKeyAt(q, params).wrongAnswers)
        expect(w.formula, `${q.id} ${w.misconception}`).toBeTruthy();
    }
  });

  it("numericCollisions finds a sum inside the key's tolerance (w·T = 7.5 against 1.5^5)", () => {
    const q = numeric.find((x) => x.id.endsWith("/tanh-chain"));
    if (!q) throw new Error("no tanh-chain");
    expect(numericCollisions(q)).toEqual([]);
    const loose = { ...q, tolerance: { kind: "relative" as const, value: 0.02 } };
    expect(numericCollisions(loose)).toEqual([
      {
        params: { T: 5, w: 1.5 },
        key: 7.59375,
        misconception: "gradients-add-over-time",
        formula: "w·T",
        entered: 7.5,
      },
    ]);
  });

  it("tags every mistake a value fits when two formulas agree", () => {
    const q = numeric.find((x) => x.id.endsWith("/clip-component"));
    if (!q?.sim) throw new Error("no clip-component");
    const params = allParams(q.sim.params).find((p) => (p.a ?? 0) < (p.c ?? 0));
    if (!params) throw new Error("no combination with a < θ");
    const inst = instanceAt(q, params);
    expect(grade(inst, params.a ?? NaN).misconceptions).toEqual([
      "clipping-is-elementwise",
      "clipping-not-applied",
    ]);
  });
});
