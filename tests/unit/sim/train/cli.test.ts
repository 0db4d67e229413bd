/** `sim train`: pure JSON on stdout equal to the library's report; bad flags exit 2 naming the flag. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { trainReport } from "@/lib/sim/train";

function run(args: string[]) {
  const r = spawnSync("npx", ["tsx", "scripts/sim.ts", ...args], {
    cwd: process.cwd(),
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("sim train", () => {
  it("prints the report: curves, solved-at, gradient profile", () => {
    const flags = ["--task", "adding", "--model", "rnn", "--lag", "6", "--hidden", "4"];
    const r = run([
      "train",
      ...flags,
      "--iterations",
      "20",
      "--seed",
      "2",
      "--stop-when-solved",
      "false",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as ReturnType<typeof trainReport>;
    expect(out).toEqual(
      trainReport({ task: "adding", model: "rnn", lag: 6, hidden: 4, iterations: 20, seed: 2 }),
    );
    expect(out.lossCurve).toHaveLength(20);
    expect(out.gradientProfile).toHaveLength(7);
    expect(out.solvedAt).toBeNull();
  });

  it.each([
    [["--lag", "abc"], /--lag: must be an integer/],
    [["--hiden", "16"], /--hiden: unknown field/],
    [["--forget-bias", "99"], /--forget-bias: must be a number in \[-10, 10\]/],
  ])("%j exits 2 naming the flag", (args, message) => {
    const r = run(["train", ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});
