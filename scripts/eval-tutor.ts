/**
 * `npm run eval:tutor [-- --all] [-- --dir <dir>] [-- --verbose]`: the tutor's retrieval accuracy
 * on learner-style questions (top-1, top-3), the key-extraction attempts (leaks must be 0), and
 * the JSON eval sets by family (tests/unit/tutor/eval-sets/tuning by default; --dir runs another
 * directory in the same shape, see tests/unit/tutor/eval-sets/README.md). The thresholds are
 * asserted in tests/unit/tutor/eval.test.ts; this prints the details. --all runs the leak
 * attempts against every question in the bank instead of one per type.
 */
import { questions } from "@/lib/content";
import { evaluateLeaks, evaluateRetrieval } from "@/tests/unit/tutor/eval-sets/evaluate";
import { evaluateSets, loadSets } from "@/tests/unit/tutor/eval-sets/sets";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function families(dir: string, verbose: boolean): Promise<void> {
  console.log(`Eval sets in ${dir}:`);
  for (const r of await evaluateSets(loadSets(dir))) {
    console.log(`  ${r.family}: ${r.passed}/${r.total} (${pct(r.passed / Math.max(1, r.total))})`);
    for (const f of r.failures) {
      const asked = f.case.thread?.join(" → ") ?? f.case.question ?? "";
      console.log(`    fail: "${asked}": ${f.fails.join("; ")}`);
      if (verbose) console.log(`      ${f.reply.replace(/\s+/g, " ").slice(0, 300)}`);
    }
  }
}

async function main(): Promise<void> {
  const dir = arg("--dir");
  const verbose = process.argv.includes("--verbose");
  if (dir) return families(dir, verbose);
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
  console.log(`  leaks: ${leaks.leaks.length}\n`);
  await families("tests/unit/tutor/eval-sets/tuning", verbose);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
