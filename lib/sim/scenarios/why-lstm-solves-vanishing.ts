/**
 * Lesson why-lstm-solves-vanishing-gradients: a tanh RNN's gradient decays geometrically going
 * back in time; an LSTM's cell-state gradient has the additive path dc_t/dc_{t-1} = diag(f_t)
 * plus terms through h_{t-1} and the gates (Gers et al. 2000). Two LSTM curves, both labelled:
 * the cell path alone (the product of forget gates applied to ∂L/∂c_T, which is what the 1997
 * truncation keeps) and the full gradient. They agree only once the forget gates are near 1
 * (b_f ≳ 3 here); below that the gate terms carry far more than the product of forget gates.
 */
import { lstmTraces, rnnTraceAndForward, seededLstm, seededTanhRnn } from "./networks";
import { lstmForwardPrefix } from "../models/lstm";
import { rnnForwardPrefix } from "../models/rnn";
import { lstmCellStepFactors, rnnStepFactors } from "../step-factors";
import { sigmoid } from "../activations";
import { defineScenario } from "./define";
import { BoundedMemo } from "./memo";
import {
  fmt,
  fmtSmall,
  gaussianInputs,
  intParam,
  numParam,
  range,
  SEED_PARAM,
  series,
} from "./util";

const I = 4;
/** The per-step panel covers the first steps only (each factor: a Jacobian and about 15 Lanczos steps). */
const FACTOR_STEPS = 50;

/** What the captions and panels read from the RNN: its gradient norms and per-step factors. */
interface RnnPart {
  hiddenGradNorms: (number | null)[];
  factors: number[];
}

/**
 * The RNN depends on the seed, the width and the length only: moving the forget-gate bias
 * (the slider this lesson is about) reuses it. A few entries cover going back and forth.
 */
export const rnnPartMemo = new BoundedMemo<RnnPart>(8);

/**
 * The per-step panel reads the first min(T, 50) steps, and the inputs' first steps do not
 * depend on T: moving the length beyond 50 reuses its factors (a hundred Lanczos runs).
 */
const rnnFactorMemo = new BoundedMemo<number[]>(8);
const lstmPanelMemo = new BoundedMemo<{ factors: number[]; meanF: number[] }>(8);

function rnnPart(seed: number, H: number, T: number, inputs: Float64Array): RnnPart {
  return rnnPartMemo.get(`${seed}:${H}:${T}`, () => {
    const params = seededTanhRnn({ seed, hiddenSize: H, inputSize: I });
    // The per-step panel reads the first steps of the trace's own forward pass.
    const { trace, forward } = rnnTraceAndForward(params, T, inputs);
    const nF = Math.min(T, FACTOR_STEPS);
    return {
      hiddenGradNorms: trace.hiddenGradNorms,
      factors: rnnFactorMemo.get(`${seed}:${H}:${nF}`, () =>
        rnnStepFactors(params, rnnForwardPrefix(forward, nF)),
      ),
    };
  });
}

export const whyLstmSolvesVanishing = defineScenario({
  id: "why-lstm-solves-vanishing-gradients",
  title: "RNN against LSTM: how far back does the gradient reach?",
  lessonId: "why-lstm-solves-vanishing-gradients",
  summary:
    "Gradient norm of the loss with respect to each earlier state, for a tanh RNN and an LSTM with the same kind of random weights; the forget-gate bias sets how much the LSTM's cell path keeps per step.",
  params: {
    steps: intParam(
      "Sequence length",
      "steps",
      "How many steps back the gradient has to travel.",
      5,
      500,
      100,
    ),
    forgetBias: numParam(
      "Forget-gate bias",
      "",
      "Added to the LSTM's forget-gate bias; larger keeps f nearer 1.",
      -3,
      8,
      0.5,
      1,
    ),
    hiddenSize: intParam("Hidden units", "units", "Width of both networks.", 1, 64, 16),
    seed: SEED_PARAM,
  },
  cost: (v) =>
    2 * v.steps * 10 * v.hiddenSize * (v.hiddenSize + I) +
    2 * Math.min(v.steps, FACTOR_STEPS) * 50 * v.hiddenSize ** 2,
  run: (v) => {
    const H = v.hiddenSize;
    const T = v.steps;
    const inputs = gaussianInputs(T, I, v.seed + 1000, 1);
    const net = { seed: v.seed, hiddenSize: H, inputSize: I };
    const rnn = rnnPart(v.seed, H, T, inputs);
    const lstmParams = seededLstm({ ...net, forgetBias: { add: v.forgetBias } });
    // One forward pass, two gradients: full BPTT and only the cell path,
    // ∂L/∂c_k = (∏_{t>k} f_t) ⊙ ∂L/∂c_T.
    const { full: lstm, cellPath: cellOnly, forward } = lstmTraces(lstmParams, T, inputs);
    const ks = range(T + 1);
    const nF = Math.min(T, FACTOR_STEPS);
    const ts = ks.slice(1, nF + 1);
    const rnnFactors = rnn.factors;
    const { factors: lstmFactors, meanF } = lstmPanelMemo.get(
      `${v.seed}:${H}:${v.forgetBias}:${nF}`,
      () => {
        const lstmFwd = lstmForwardPrefix(forward, nF);
        return {
          factors: lstmCellStepFactors(lstmParams, lstmFwd),
          meanF: ts.map((t) => {
            let sum = 0;
            for (let u = 0; u < H; u++) sum += lstmFwd.gates[(t - 1) * 4 * H + H + u]!;
            return sum / H;
          }),
        };
      },
    );
    const cell = lstm.cellGradNorms ?? [];
    const path = cellOnly.cellGradNorms ?? [];
    const fBar = sigmoid(v.forgetBias);
    const cT = cell[T] ?? 1;
    const ref = ks.map((k) => (cT ?? 1) * fBar ** (T - k));
    const ratio = (a: (number | null)[]) => {
      const first = a[0];
      const last = a[T];
      return typeof first === "number" && typeof last === "number" && last !== 0
        ? first / last
        : null;
    };
    const full = ratio(cell);
    const only = ratio(path);
    const gap = full !== null && only !== null && only > 0 ? full / only : null;
    return {
      scenarioId: "why-lstm-solves-vanishing-gradients",
      mode: "full BPTT",
      caption:
        `Over ${T} steps the RNN keeps ${fmt(ratio(rnn.hiddenGradNorms))} of its gradient; ` +
        `the LSTM's cell path keeps ${fmtSmall(only)} (the product of its forget gates; forget bias ${v.forgetBias}, σ(b_f) = ${fmt(fBar)}) ` +
        `and its full cell gradient ${fmtSmall(full)}, ${gapWords(gap)}. ` +
        `Per step (first ${nF}): the RNN's factor ‖diag(tanh′) W‖ has median ${fmt(median(rnnFactors))}, the LSTM's ‖∂c_t/∂c_{t−1}‖ ${fmt(median(lstmFactors))} (mean forget gate ${fmt(median(meanF))}).`,
      panels: [
        {
          id: "grad-norms",
          title: "Gradient norm with respect to the state at step k",
          xLabel: "step k",
          xUnit: "steps",
          yLabel: "‖∂L/∂state_k‖",
          yUnit: "",
          yScale: "log",
          series: [
            series("rnn-h", "RNN (tanh): ‖∂L/∂h_k‖", ks, rnn.hiddenGradNorms, { log: true }),
            series("lstm-c", "LSTM: full ‖∂L/∂c_k‖ (every path)", ks, cell, { log: true }),
            series("lstm-path", "LSTM: cell path only, ‖(∏f_t) ⊙ ∂L/∂c_T‖", ks, path, {
              log: true,
            }),
            series("lstm-h", "LSTM: ‖∂L/∂h_k‖", ks, lstm.hiddenGradNorms, {
              log: true,
              style: "dotted",
            }),
            series("ref-f", `σ(b_f)^(T−k) reference (gates at their bias)`, ks, ref, {
              log: true,
              style: "dashed",
            }),
          ],
        },
        {
          id: "step-factors",
          title: "One step back: the factor each step multiplies by",
          xLabel: "step t",
          xUnit: "steps",
          yLabel: "‖per-step Jacobian‖₂",
          yUnit: "",
          yScale: "log",
          series: [
            series("rnn-factor", "RNN: ‖diag(tanh′(a_t)) W‖", ts, rnnFactors, { log: true }),
            series(
              "lstm-factor",
              "LSTM: ‖∂c_t/∂c_{t−1}‖ (diag(f_t) + gate terms)",
              ts,
              lstmFactors,
              {
                log: true,
              },
            ),
            series(
              "rnn-realised",
              "RNN: realised ‖∂L/∂h_{t−1}‖ / ‖∂L/∂h_t‖",
              ts,
              realised(rnn.hiddenGradNorms, ts),
              {
                log: true,
                style: "dashed",
              },
            ),
            series(
              "lstm-realised",
              "LSTM: realised ‖∂L/∂c_{t−1}‖ / ‖∂L/∂c_t‖",
              ts,
              realised(cell, ts),
              {
                log: true,
                style: "dashed",
              },
            ),
            series("mean-f", "LSTM: mean forget gate f_t", ts, meanF, {
              log: true,
              style: "dotted",
            }),
          ],
          referenceLines: [{ y: 1, label: "1" }],
        },
      ],
    };
  },
});

/** How the full gradient compares with the cell path: "x times" or "within 2x" (either way). */
export function gapWords(gap: number | null): string {
  if (gap === null) return "which cannot be compared (a value is 0 or overflowed)";
  if (gap >= 0.5 && gap <= 2) return "within 2x of the cell path: the forget gates dominate";
  return gap > 1
    ? `${fmt(gap)} times the cell path: the terms through h and the gates carry the rest`
    : `${fmt(1 / gap)} times less than the cell path: the gate terms partly cancel it`;
}

function median(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

/** The factor the gradient actually shrank by going from step t back to t − 1. */
function realised(norms: readonly (number | null)[], ts: readonly number[]): (number | null)[] {
  return ts.map((t) => {
    const before = norms[t - 1];
    const after = norms[t];
    return typeof before === "number" && typeof after === "number" && after > 0
      ? before / after
      : null;
  });
}
