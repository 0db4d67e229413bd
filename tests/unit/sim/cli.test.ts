/** The trace contract: stdout is only the result JSON; errors go to stderr with a non-zero exit. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trace } from "@/lib/sim";

const dir = mkdtempSync(join(tmpdir(), "sim-cli-"));

function run(args: string[]) {
  const r = spawnSync("npx", ["tsx", "scripts/sim.ts", ...args], {
    cwd: process.cwd(),
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function specFile(name: string, spec: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof spec === "string" ? spec : JSON.stringify(spec));
  return path;
}

describe("sim CLI", () => {
  it("trace prints pure JSON equal to the library's result", () => {
    const spec = {
      model: "lstm",
      hiddenSize: 6,
      inputSize: 2,
      steps: 20,
      seed: 3,
      forgetBias: 1,
      mode: "truncated",
    };
    const r = run(["trace", "--spec", specFile("ok.json", spec)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const parsed = JSON.parse(r.stdout) as unknown;
    expect(parsed).toEqual(trace(spec));
    expect(parsed).toMatchObject({ mode: "truncated-1997", overflowStep: null });
  });

  it("bad specs: message on stderr naming the field, nothing on stdout, exit 2", () => {
    const r = run([
      "trace",
      "--spec",
      specFile("bad.json", {
        model: "rnn",
        hiddenSize: 8,
        inputSize: 1,
        steps: 0,
        weights: { weightHH: [[1]] },
      }),
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("steps: must be an integer in [1, 5000], got 0");
    expect(r.stderr).toContain("weights.weightHH: expected 8 x 8, got 1 x 1");
    const notJson = run(["trace", "--spec", specFile("bad2.json", "{ nope")]);
    expect(notJson.code).toBe(2);
    expect(notJson.stdout).toBe("");
    expect(notJson.stderr).toContain("spec: not valid JSON");
    const missing = run(["trace", "--spec", join(dir, "missing.json")]);
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toContain("cannot read");
  });
});
