/**
 * traceWeightGrads: the gradient of the trace loss Σ h_T with respect to the spec's weights,
 * checked by central differences of trace(spec).loss itself (lib/sim's own forward pass, so an
 * independent implementation), and in the 1997 mode against trace's per-step gradient norms.
 */
import { describe, expect, it } from "vitest";
import { createRng, trace, TraceSpec, type TraceSpecInput } from "@/lib/sim";
import { resolveTrace } from "@/lib/sim/resolve";
import { traceWeightGrads } from "@/lib/sim/train";

function spec(model: "rnn" | "lstm" | "gru", extra: Partial<TraceSpecInput> = {}): TraceSpecInput {
  const rng = createRng(11);
  const H = 3;
  const I = 2;
  const T = 6;
  const G = model === "rnn" ? 1 : model === "lstm" ? 4 : 3;
  const mat = (r: number, c: number) =>
    Array.from({ length: r }, () => Array.from({ length: c }, () => 0.7 * rng.normal()));
  const vec = (n: number) => Array.from({ length: n }, () => 0.5 * rng.normal());
  return {
    model,
    hiddenSize: H,
    inputSize: I,
    steps: T,
    inputs: mat(T, I),
    initialHidden: vec(H),
    weights: {
      weightIH: mat(G * H, I),
      weightHH: mat(G * H, H),
      ...(model === "gru" ? { biasIH: vec(G * H), biasHH: vec(G * H) } : { bias: vec(G * H) }),
    },
    ...extra,
  };
}

/** null (non-finite) becomes NaN, which fails every comparison below. */
const n = (v: number | null | undefined): number => v ?? NaN;

const grads = (s: TraceSpecInput) => traceWeightGrads(resolveTrace(TraceSpec.parse(s)));

type Field = "weightIH" | "weightHH" | "bias" | "biasIH" | "biasHH";

function fd(s: TraceSpecInput, field: Field, i: number, j: number | null): number {
  const at = (delta: number) => {
    const copy = structuredClone(s);
    const w = copy.weights as Record<Field, number[] | number[][]>;
    if (j === null) (w[field] as number[])[i]! += delta;
    else (w[field] as number[][])[i]![j]! += delta;
    return trace(copy).loss!;
  };
  return (at(1e-6) - at(-1e-6)) / 2e-6;
}

describe.each([
  ["rnn", {}],
  ["rnn", { activation: "sigmoid" }],
  ["lstm", {}],
  ["lstm", { forgetGate: false }],
  ["gru", {}],
] as const)("%s %o: weightGrads vs central differences of trace().loss", (model, extra) => {
  it("every weight and bias within 1e-6", () => {
    const s = spec(model, extra);
    const g = grads(s);
    let worst = 0;
    for (const field of ["weightIH", "weightHH", "bias", "biasIH", "biasHH"] as const) {
      const v = g[field];
      if (!v) continue;
      v.forEach((row, i) => {
        const entries = Array.isArray(row) ? row : [row];
        entries.forEach((exact, j) => {
          const approx = fd(s, field, i, Array.isArray(row) ? j : null);
          const e = Math.abs(n(exact) - approx) / Math.max(Math.abs(n(exact)), 1e-4);
          worst = e <= worst ? worst : e;
        });
      });
    }
    expect(worst).toBeLessThan(1e-6);
    expect(g.weightHH.flat().some((v) => Math.abs(n(v)) > 1e-3)).toBe(true);
  });
});

describe("lstm in truncated-1997 mode", () => {
  it("keeps the weight-gradient shapes and differs from full BPTT", () => {
    const full = grads(spec("lstm"));
    const cut = grads(spec("lstm", { mode: "truncated" }));
    expect(cut.weightHH).toHaveLength(12);
    expect(cut.weightHH[0]).toHaveLength(3);
    const diff = cut.weightHH.flat().map((v, k) => Math.abs(n(v) - n(full.weightHH.flat()[k])));
    expect(Math.max(...diff)).toBeGreaterThan(1e-3);
  });

  it("equals full BPTT when W_hh = 0 (no path through h_{t-1} to cut)", () => {
    const s = spec("lstm");
    s.weights!.weightHH = s.weights!.weightHH!.map((row) => row.map(() => 0));
    const full = grads(s);
    const cut = grads({ ...s, mode: "truncated-1997" });
    const flat = (g: typeof full) => [...g.weightIH.flat(), ...g.bias!];
    flat(cut).forEach((v, k) => expect(n(v)).toBeCloseTo(n(flat(full)[k]), 12));
  });
});

describe("trace({ weightGrads: true })", () => {
  it.each(["rnn", "lstm", "gru"] as const)(
    "%s: returns the weight gradients, only when asked",
    (model) => {
      const s = spec(model);
      expect(trace(s).weightGrads).toBeUndefined();
      const out = trace({ ...s, weightGrads: true }).weightGrads;
      expect(out).toEqual(grads(s));
      const w = s.weights as Record<string, unknown[]>;
      for (const key of Object.keys(w)) {
        expect((out as unknown as Record<string, unknown[]>)[key]).toHaveLength(w[key]!.length);
      }
    },
  );
});
