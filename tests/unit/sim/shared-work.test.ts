/**
 * Work the RNN-against-LSTM lab shares instead of repeating: one forward pass differentiated in
 * both gradient modes, the step panels read as a prefix of the long pass, and the per-step
 * norms' products on either kernel engine. Each must give exactly (Object.is on every entry)
 * what the separate computation gives, not merely something close.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createRng } from "@/lib/sim";
import { drawWeights } from "@/lib/sim/init";
import { matVec, setKernelEngine, transpose } from "@/lib/sim/models/kernel";
import { lstmForward, lstmForwardPrefix } from "@/lib/sim/models/lstm";
import { rnnForward, rnnForwardPrefix } from "@/lib/sim/models/rnn";
import {
  fullTrace,
  lstmTraces,
  rnnTraceAndForward,
  seededLstm,
  seededTanhRnn,
} from "@/lib/sim/scenarios/networks";
import { gaussianInputs } from "@/lib/sim/scenarios/util";
import { topSingularValue } from "@/lib/sim/step-factors";
import { traceResolved } from "@/lib/sim/trace";
import { packMatrices } from "@/lib/sim/wasm/matvec";

afterEach(() => setKernelEngine("auto"));

const H = 24;
const I = 4;
const T = 60;
const inputs = gaussianInputs(T, I, 1003, 1);
const zeros = new Float64Array(H);

describe("one forward pass, two gradient modes", () => {
  it.each(["wasm", "ts"] as const)(
    "lstmTraces equals a full and a truncated trace run apart (%s kernel)",
    (engine) => {
      setKernelEngine(engine);
      const p = seededLstm({ seed: 3, hiddenSize: H, inputSize: I, forgetBias: { add: 0.5 } });
      const { full, cellPath, forward } = lstmTraces(p, T, inputs);
      expect(full).toEqual(fullTrace(p, T, inputs));
      const truncated = traceResolved({
        params: p,
        steps: T,
        inputs,
        h0: zeros,
        c0: zeros,
        mode: "truncated-1997",
        jacobian: false,
      });
      expect(cellPath).toEqual(truncated);
      // The two modes really differ, so a shared backward pass would have shown above.
      expect(cellPath.cellGradNorms).not.toEqual(full.cellGradNorms);
      expect(forward.h).toEqual(lstmForward(p, inputs, T, zeros, zeros).h);
    },
  );

  it("rnnTraceAndForward equals fullTrace and rnnForward", () => {
    const p = seededTanhRnn({ seed: 4, hiddenSize: H, inputSize: I });
    const { trace, forward } = rnnTraceAndForward(p, T, inputs);
    expect(trace).toEqual(fullTrace(p, T, inputs));
    expect(forward).toEqual(rnnForward(p, inputs, T, zeros));
  });
});

describe("forward prefixes", () => {
  it("are what a shorter run computes, entry for entry", () => {
    const lstm = seededLstm({ seed: 5, hiddenSize: H, inputSize: I, forgetBias: { add: 1 } });
    const long = lstmForward(lstm, inputs, T, zeros, zeros);
    for (const steps of [0, 1, 17, T]) {
      const prefix = lstmForwardPrefix(long, steps);
      const short = lstmForward(lstm, inputs, steps, zeros, zeros);
      expect(prefix.steps).toBe(steps);
      for (const key of ["h", "c", "gates", "tanhC"] as const)
        expect(Array.from(prefix[key])).toEqual(Array.from(short[key]));
    }
    const rnn = seededTanhRnn({ seed: 5, hiddenSize: H, inputSize: I });
    const rnnPrefix = rnnForwardPrefix(rnnForward(rnn, inputs, T, zeros), 9);
    expect(Array.from(rnnPrefix.h)).toEqual(Array.from(rnnForward(rnn, inputs, 9, zeros).h));
  });

  it("name a length outside the pass", () => {
    const long = lstmForward(
      seededLstm({ seed: 1, hiddenSize: 2, inputSize: I, forgetBias: { add: 0 } }),
      inputs,
      5,
      new Float64Array(2),
      new Float64Array(2),
    );
    expect(() => lstmForwardPrefix(long, 6)).toThrow(/steps must be in \[0, 5\], got 6/);
  });
});

describe("the per-step norms' products", () => {
  it("a reloaded packed matrix multiplies as matVec does, transposed or not", () => {
    const rng = createRng(21);
    const [rows, cols] = [13, 70];
    const packed = packMatrices([
      { m: new Float64Array(rows * cols), rows, cols },
      { m: new Float64Array(rows * cols), rows: cols, cols: rows },
    ])!;
    const v = Float64Array.from({ length: cols }, () => rng.normal());
    const u = Float64Array.from({ length: rows }, () => rng.normal());
    for (let round = 0; round < 2; round++) {
      const m = Float64Array.from({ length: rows * cols }, () => rng.normal());
      packed[0]!.load(m);
      packed[1]!.load(m, true);
      const got = new Float64Array(rows);
      const want = new Float64Array(rows);
      packed[0]!.apply(v, 0, null, got, 0);
      matVec(m, rows, cols, v, 0, null, want, 0);
      expect(Array.from(got)).toEqual(Array.from(want));
      const gotT = new Float64Array(cols);
      const wantT = new Float64Array(cols);
      packed[1]!.apply(u, 0, null, gotT, 0);
      matVec(transpose(m, rows, cols), cols, rows, u, 0, null, wantT, 0);
      expect(Array.from(gotT)).toEqual(Array.from(wantT));
    }
  });

  it("topSingularValue gives the same bits on both engines, warm starts included", () => {
    const n = 64;
    const w = drawWeights("pytorch-uniform", 1, n, 1, createRng(8), 1).weightHH;
    const run = (engine: "wasm" | "ts") => {
      setKernelEngine(engine);
      const direction = new Float64Array(n).fill(1);
      const sigmas = [0.6, 0.9, 1.2, 1.5].map((scale) =>
        topSingularValue(
          w.map((x, i) => x * scale * (1 + 0.2 * Math.cos(i))),
          n,
          undefined,
          direction,
        ),
      );
      return [...sigmas, ...direction];
    };
    expect(run("wasm")).toEqual(run("ts"));
  });
});
