/**
 * Exact weight gradients against tfjs autodiff (float32, CPU backend) on the same random
 * networks: full BPTT, windowed truncation and clipped. Tolerance: the largest entry-wise
 * difference relative to the largest gradient entry, 1e-5 (float32 carries about 7 digits and
 * a few steps of rounding accumulate).
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { clipGlobalNorm } from "@/lib/sim/train";
import { CASES, gradient, problem, type Case } from "./helpers";
import { tfjsGradient } from "./tfjs-reference";

beforeAll(async () => {
  await tf.setBackend("cpu");
  await tf.ready();
});

function scaledMaxDiff(a: Float64Array, b: Float64Array): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return diff / scale;
}

const TOL = 1e-5;

describe.each(CASES)("$name: exact gradient vs tfjs autodiff", (c: Case) => {
  it("full BPTT", () => {
    const p = problem(c);
    expect(scaledMaxDiff(gradient(p, c.T), tfjsGradient(p, c.T))).toBeLessThan(TOL);
  });

  it("windowed truncation (last 3 steps)", () => {
    const p = problem(c);
    const ours = gradient(p, c.T, { window: 3, truncate1997: false });
    expect(scaledMaxDiff(ours, tfjsGradient(p, c.T, 3))).toBeLessThan(TOL);
    expect(scaledMaxDiff(ours, tfjsGradient(p, c.T))).toBeGreaterThan(1e-2);
  });

  it("clipped to a third of its norm", () => {
    const p = problem(c);
    const ours = gradient(p, c.T);
    const ref = tfjsGradient(p, c.T);
    const n = Math.hypot(...ref);
    clipGlobalNorm(ours, n / 3);
    const refClipped = ref.map((v) => v / 3);
    expect(scaledMaxDiff(ours, refClipped)).toBeLessThan(TOL);
  });
});
