import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scenarios } from "@/lib/sim";
import { plotCommand } from "@/scripts/sim-plot";
import { assertWellFormedXml, tagsWith } from "./svg-helpers";

const dir = mkdtempSync(join(tmpdir(), "sim-plot-"));
const ID = "why-lstm-solves-vanishing-gradients";

/** The real entry point, as `npm run sim -- plot ...` runs it. */
function sim(args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/sim.ts", "plot", ...args], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("sim plot (CLI process)", () => {
  it("writes a valid standalone SVG with every panel and the parameters", () => {
    const out = join(dir, "nested", "plot.svg");
    const run = sim([
      "--scenario",
      ID,
      "--param",
      "forgetBias=2",
      "--param",
      "steps=40",
      "--out",
      out,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}`);
    const svg = readFileSync(out, "utf8");
    expect(() => assertWellFormedXml(svg)).not.toThrow();
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const panels = scenarios[ID]!.run({ forgetBias: 2, steps: 40 }).panels.length;
    expect(tagsWith(svg, "svg", "data-panel-id=")).toHaveLength(panels);
    expect(svg).toContain("Forget-gate bias = 2");
    expect(svg).toContain("Sequence length = 40 steps");
    expect(svg).not.toContain("var(");
  });

  it.each([
    [
      ["--scenario", "nope", "--out", "x.svg"],
      /unknown scenario "nope"\. Known scenarios: .*why-lstm/,
    ],
    [
      ["--scenario", ID, "--param", "forgetBias=999", "--out", "x.svg"],
      /forgetBias=999: .*\(forgetBias\) must be a number between -3 and 8/,
    ],
    [["--scenario", ID], /--out FILE\.svg is required/],
  ])("fails with exit 1 and a clear message: %j", (args, message) => {
    const run = sim(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });
});

describe("plotCommand (in process)", () => {
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  afterEach(() => stderr.mockClear());
  const written = () => stderr.mock.calls.map((c) => String(c[0])).join("");

  it.each([
    [
      ["--scenario", ID, "--param", "forgetBias", "--out", "a.svg"],
      "--param must look like name=value",
    ],
    [
      ["--scenario", ID, "--param", "color=red", "--out", "a.svg"],
      "color is not a parameter of this simulation",
    ],
    [["--scenario", ID, "--out", "a.png"], "--out must name a .svg file"],
    [["--scenario", ID, "--theme", "sepia", "--out", "a.svg"], "--theme must be light or dark"],
    [["--scenario", ID, "--bogus", "1"], 'unexpected argument "--bogus"'],
    [
      ["--scenario", ID, "--param", "steps=2.5", "--out", "a.svg"],
      "(steps) must be a whole number between 5 and 500",
    ],
  ])("rejects %j", async (args, message) => {
    expect(await plotCommand(args)).toBe(1);
    expect(written()).toContain(message);
  });

  it("accepts --flag=value, a leading 'plot' and a dark theme", async () => {
    const out = join(dir, "dark.svg");
    expect(await plotCommand(["plot", `--scenario=${ID}`, "--theme=dark", `--out=${out}`])).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("fill:#0f1115");
  });
});
