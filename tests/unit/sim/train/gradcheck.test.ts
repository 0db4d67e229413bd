/**
 * Exact weight gradients against central differences in float64: every weight and bias of the
 * rnn (tanh), the IRNN (ReLU), the lstm with and without a forget gate and the gru, on random
 * networks and batches, for full BPTT, windowed truncation and with gradient-norm clipping.
 * Error measure: max over entries of |exact - fd| / max(|exact|, |fd|, 1e-4).
 */
import { describe, expect, it } from "vitest";
import { clipGlobalNorm, evaluate, forward, type BackwardOptions } from "@/lib/sim/train";
import {
  CASES,
  gradient,
  maxRelError,
  problem,
  suffixProblem,
  type Case,
  type Problem,
} from "./helpers";

const STEP = 1e-5;

function fdGradient(p: Problem, T: number): Float64Array {
  const th = p.model.theta;
  const out = new Float64Array(th.length);
  const loss = () => {
    forward(p.model, p.ws, T);
    return evaluate(p.model, p.ws, p.tg).loss;
  };
  for (let i = 0; i < th.length; i++) {
    const v = th[i]!;
    th[i] = v + STEP;
    const up = loss();
    th[i] = v - STEP;
    const down = loss();
    th[i] = v;
    out[i] = (up - down) / (2 * STEP);
  }
  return out;
}

const FULL: BackwardOptions = { window: 0, truncate1997: false };

describe.each(CASES)("$name: exact gradient vs central differences", (c: Case) => {
  it("full BPTT: every parameter within 1e-6", () => {
    const p = problem(c);
    const exact = gradient(p, c.T, FULL);
    const fd = fdGradient(p, c.T);
    expect(maxRelError(exact, fd)).toBeLessThan(1e-6);
    // not vacuous: the recurrent weights do receive gradient
    expect(Math.max(...Array.from(exact.subarray(0, p.model.layout.b), Math.abs))).toBeGreaterThan(
      1e-3,
    );
  });

  it("windowed truncation equals the exact gradient of the last `window` steps", () => {
    const window = 3;
    const exact = gradient(problem(c), c.T, { window, truncate1997: false });
    const s = suffixProblem(c, window);
    expect(maxRelError(exact, fdGradient(s, window))).toBeLessThan(1e-6);
    // and it differs from the full gradient (the cut is real)
    expect(maxRelError(exact, gradient(problem(c), c.T, FULL))).toBeGreaterThan(1e-3);
  });

  it("clipping rescales the exact gradient to the threshold, direction kept", () => {
    const p = problem(c);
    const g = gradient(p, c.T, FULL);
    const fd = fdGradient(p, c.T);
    const n = Math.hypot(...fd);
    const threshold = n / 3;
    const before = clipGlobalNorm(g, threshold);
    expect(Math.abs(before - n) / n).toBeLessThan(1e-6);
    for (let i = 0; i < fd.length; i++) fd[i] = (fd[i]! * threshold) / n;
    expect(maxRelError(g, fd)).toBeLessThan(1e-6);
    expect(Math.hypot(...g)).toBeCloseTo(threshold, 10);
    // below the threshold nothing changes
    const h = gradient(p, c.T, FULL);
    const copy = Float64Array.from(h);
    clipGlobalNorm(h, 2 * n);
    expect(Array.from(h)).toEqual(Array.from(copy));
  });
});
