/**
 * `npm run bench:tutor [-- --passes N]`: latency of the built-in tutor over the eval set (every
 * learner question, plus each key-extraction attempt on an open question), several passes. The
 * index is built once when lib/tutor loads; that cost is printed separately. Target: p95 < 20 ms.
 * The JSON tuning sets (tests/unit/tutor/eval-sets/tuning) are included: follow-ups, calculations,
 * misconceptions, quiz turns and plot questions, each case's last turn with the state before it.
 * Replies that run a scenario are reported on their own line: their time is the run (bench:sim).
 */
import { performance } from "node:perf_hooks";

const TARGET_P95_MS = 20;

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

async function main(): Promise<void> {
  const passArg = process.argv.indexOf("--passes");
  const passes = passArg >= 0 ? Number(process.argv[passArg + 1]) : 5;
  const loadStart = performance.now();
  const { respond } = await import("@/lib/tutor");
  const { questions } = await import("@/lib/content");
  const { retrievalCases } = await import("@/tests/unit/tutor/eval-sets/retrieval");
  const { leakAttempts } = await import("@/tests/unit/tutor/eval-sets/leaks");
  const { loadSets, runCase } = await import("@/tests/unit/tutor/eval-sets/sets");
  const loadMs = performance.now() - loadStart;
  const cases = loadSets("tests/unit/tutor/eval-sets/tuning").flatMap((s) => s.cases);

  const open = questions.map((q) => q.id);
  const requests = [
    ...retrievalCases.map((c) => ({ message: c.message })),
    ...leakAttempts.map((a, i) => ({
      message: a.turns[0] ?? "hint",
      questionId: open[i % open.length] ?? "",
    })),
  ];
  await respond({ message: "warm up" });
  const times: number[] = [];
  const runs: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const request of requests) {
      const start = performance.now();
      await respond(request, { attemptSeed: "bench" });
      times.push(performance.now() - start);
    }
    // A thread's sample is all its turns together: conservative for the last turn's latency.
    // Replies that run a scenario are timed apart: their cost is the run (see bench:sim).
    for (const c of cases) {
      const start = performance.now();
      const reply = await runCase(c);
      (reply.plot ? runs : times).push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const fmt = (x: number) => `${x.toFixed(2)} ms`;
  console.log(
    `tutor bench: ${requests.length} requests + ${cases.length} eval-set cases x ${passes} passes = ${times.length + runs.length} samples`,
  );
  console.log(`  module load (content + index, once): ${fmt(loadMs)}`);
  console.log(
    `  p50 ${fmt(percentile(times, 50))}   p95 ${fmt(percentile(times, 95))}   p99 ${fmt(percentile(times, 99))}   max ${fmt(times.at(-1) ?? NaN)}`,
  );
  runs.sort((a, b) => a - b);
  console.log(
    `  with a scenario run (${runs.length} samples, not in the target): p50 ${fmt(percentile(runs, 50))}   p95 ${fmt(percentile(runs, 95))}`,
  );
  const ok = percentile(times, 95) < TARGET_P95_MS;
  console.log(`  p95 target < ${TARGET_P95_MS} ms: ${ok ? "met" : "MISSED"}`);
  if (!ok) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
