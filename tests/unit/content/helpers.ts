import { questions } from "@/lib/content";
import type { Question } from "@/lib/content";

export const SEEDS = ["attempt-1", "attempt-2", "learner-42/q", "x", "zz-top", "2026-01-01"];

export const simulated = (q: Question): boolean => "sim" in q && q.sim !== undefined;
export const simulatedQuestions = questions.filter(simulated);

/** The ways a number might be written in a hint that would give it away. */
export function renderings(v: number): string[] {
  const out = new Set<string>([
    String(v),
    v.toPrecision(3),
    v.toPrecision(4),
    v.toExponential(2),
    v.toExponential(3),
  ]);
  return [...out].map((s) => s.replace(/\.?0+(e|$)/, "$1")).filter((s) => s.length >= 3);
}
