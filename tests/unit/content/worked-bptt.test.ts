/** The worked BPTT example's numbers against lib/sim's backward pass and finite differences. */
import { describe, expect, it } from "vitest";
import { getLesson } from "@/lib/content";
import { WORKED, workedBptt } from "@/lib/content/lessons/worked-bptt";
import { rnnBackward, rnnForward } from "@/lib/sim";

const close = (a: number, b: number, tol = 1e-12) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe("worked three-step BPTT example", () => {
  const r = workedBptt();

  it("matches rnnBackward's state and weight gradients", () => {
    const p = {
      kind: "rnn" as const,
      hiddenSize: 1,
      inputSize: 1,
      activation: "tanh" as const,
      weightIH: Float64Array.of(WORKED.u),
      weightHH: Float64Array.of(WORKED.w),
      bias: Float64Array.of(0),
    };
    const x = Float64Array.from(WORKED.inputs);
    const fwd = rnnForward(p, x, 3, Float64Array.of(0));
    for (let t = 0; t <= 3; t++) close(fwd.h[t]!, r.h[t]!);
    const g = rnnBackward(p, fwd, x, Float64Array.of(r.h[3]! - WORKED.target), {
      weightGrads: true,
    });
    for (let t = 0; t <= 3; t++) close(g.dH[t]!, r.dh[t]!);
    close(g.weightHH![0]!, r.dw);
    close(g.weightIH![0]!, r.du);
  });

  it("matches central differences of the loss", () => {
    const eps = 1e-6;
    const fdW = (workedBptt(WORKED.w + eps).loss - workedBptt(WORKED.w - eps).loss) / (2 * eps);
    const fdU =
      (workedBptt(WORKED.w, WORKED.u + eps).loss - workedBptt(WORKED.w, WORKED.u - eps).loss) /
      (2 * eps);
    close(fdW, r.dw, 1e-8);
    close(fdU, r.du, 1e-8);
  });

  it("is what the bptt-basics lesson prints", () => {
    const body = getLesson("bptt-basics")?.deepDives?.find((d) => d.id === "worked-example")?.body;
    expect(body).toContain(`\\partial L/\\partial w = ${Number(r.dw.toPrecision(4))}`);
    expect(body).toContain(
      `L = \\tfrac12 (${Number(r.h[3]!.toPrecision(4))} - ${WORKED.target})^2`,
    );
    expect(body).toContain("1 \\cdot (-1)");
  });
});
