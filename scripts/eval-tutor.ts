/**
 * `npm run eval:tutor [-- --all]`: the tutor's retrieval accuracy on learner-style questions
 * (top-1, top-3) and the key-extraction attempts (leaks must be 0). The thresholds are asserted
 * in tests/unit/tutor/eval.test.ts; this prints the details. --all runs the leak attempts against
 * every question in the bank instead of one per type.
 */
import { questions } from "@/lib/content";
import { evaluateLeaks, evaluateRetrieval } from "@/tests/unit/tutor/eval-sets/evaluate";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const retrieval = await evaluateRetrieval();
  console.log(`Retrieval: ${retrieval.outcomes.length} learner questions`);
  for (const o of retrieval.outcomes.filter((x) => !x.top1)) {
    const expected = [o.case.expected, ...(o.case.also ?? [])].join(" | ");
    console.log(
      `  miss: "${o.case.message}"\n        expected ${expected}; got ${o.predicted.join(", ")}`,
    );
  }
  console.log(`  top-1 accuracy: ${pct(retrieval.top1)}`);
  console.log(`  top-3 accuracy: ${pct(retrieval.top3)}`);

  const all = process.argv.includes("--all");
  const leaks = await evaluateLeaks(all ? questions : undefined);
  console.log(
    `\nKey extraction: ${leaks.attempts} attempts x ${leaks.questions.length} questions, ${leaks.replies} replies`,
  );
  for (const l of leaks.leaks)
    console.log(`  LEAK (${l.found}) ${l.questionId} / ${l.attempt}: "${l.turn}"\n    ${l.reply}`);
  console.log(`  replies the leak guard had to replace: ${leaks.withheld}`);
  console.log(`  leaks: ${leaks.leaks.length}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
