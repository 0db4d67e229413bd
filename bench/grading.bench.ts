/**
 * `npm run bench:grading`: how long the short-text rubric grader takes per answer, over every
 * labelled answer of the grader's eval sets (tests/unit/learning/eval-sets), several passes after
 * one warm-up. Target: well under 1 ms per answer (the submit's whole budget is a few ms).
 */
import { performance } from "node:perf_hooks";
import { loadAnswers, score } from "@/tests/unit/learning/eval-sets/evaluate";

const PASSES = 5;
const TARGET_MS = 1;

function main(): void {
  const all = [...loadAnswers("tuning"), ...loadAnswers("heldOut")];
  score(all);
  const perAnswer: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const start = performance.now();
    score(all);
    perAnswer.push((performance.now() - start) / all.length);
  }
  perAnswer.sort((a, b) => a - b);
  const median = perAnswer[Math.floor(PASSES / 2)] ?? NaN;
  console.log(`short-text grading: ${all.length} answers x ${PASSES} passes`);
  console.log(
    `  per answer: median ${median.toFixed(3)} ms, best ${perAnswer[0]?.toFixed(3)} ms (target < ${TARGET_MS} ms: ${median < TARGET_MS ? "met" : "NOT met"})`,
  );
}

main();
