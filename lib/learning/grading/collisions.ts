/**
 * A typical wrong answer that the grader would accept as correct defeats its purpose: the
 * misconception passes. This finds, over every parameter combination a learner can draw, each
 * wrong value (exact, or rounded to 3 significant digits as a learner might write it) that falls
 * inside the key's tolerance. `npm run content -- validate` fails on any.
 */
import { allParams, type Params, type QuestionOf } from "@/lib/content";
import { numericKeyAt } from "../instantiate";
import { withinTolerance } from "./numeric";

export interface NumericCollision {
  params: Params;
  key: number;
  misconception: string;
  formula?: string;
  /** The colliding value as entered (exact or rounded). */
  entered: number;
}

export function numericCollisions(question: QuestionOf<"numeric">): NumericCollision[] {
  const combos = question.sim ? allParams(question.sim.params) : [{}];
  const out: NumericCollision[] = [];
  for (const params of combos) {
    const key = numericKeyAt(question, params);
    for (const wrong of key.wrongAnswers) {
      const entered = [wrong.value, Number(wrong.value.toPrecision(3))].find((v) =>
        withinTolerance(v, key.value, key.tolerance),
      );
      if (entered === undefined) continue;
      out.push({
        params,
        key: key.value,
        misconception: wrong.misconception,
        ...(wrong.formula !== undefined ? { formula: wrong.formula } : {}),
        entered,
      });
    }
  }
  return out;
}
