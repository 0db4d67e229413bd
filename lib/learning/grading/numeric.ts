import type { Tolerance } from "@/lib/content/schema";
import type { InstanceOf } from "../instantiate";
import { corrections, unique, type GradeResult } from "./result";

/**
 * |value - key| <= allowed, inclusive, where allowed is the tolerance (absolute) or
 * tolerance * |key| (relative). A relative slack of 1e-9 on `allowed` keeps decimal edges such
 * as 0.61 against 0.6 ± 0.01 inside despite binary rounding.
 */
export function withinTolerance(value: number, key: number, tol: Tolerance): boolean {
  const allowed = tol.kind === "absolute" ? tol.value : tol.value * Math.abs(key);
  return Math.abs(value - key) <= allowed * (1 + 1e-9);
}

export function gradeNumeric(instance: InstanceOf<"numeric">, value: number): GradeResult {
  const { key } = instance;
  if (withinTolerance(value, key.value, key.tolerance)) {
    return {
      correct: true,
      fraction: 1,
      feedback: "Correct, within the tolerance.",
      misconceptions: [],
    };
  }
  // Every typical wrong answer the value matches is tagged: two formulas can agree at some
  // parameters (min(a, θ) and a when a < θ), and the answer then fits both mistakes.
  const typical = key.wrongAnswers.filter(
    (w) =>
      !withinTolerance(w.value, key.value, key.tolerance) &&
      withinTolerance(value, w.value, w.tolerance ?? key.tolerance),
  );
  const first = typical[0];
  if (first) {
    const misconceptions = unique(typical.map((w) => w.misconception));
    return {
      correct: false,
      fraction: 0,
      feedback: first.feedback ?? (corrections(misconceptions) || "Not quite."),
      misconceptions,
    };
  }
  return {
    correct: false,
    fraction: 0,
    feedback: `Not within the tolerance: your answer is too ${value > key.value ? "high" : "low"}.`,
    misconceptions: [],
  };
}
