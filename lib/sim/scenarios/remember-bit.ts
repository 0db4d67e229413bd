/**
 * Lesson what-problem-lstm-solves: remember one bit across distractors. A one-cell LSTM with
 * hand-set, interpretable weights: the input gate opens on a "store" cue at step 1, the forget
 * gate is held near 1 by its bias, the output gate opens on a "recall" cue at step T. Inputs
 * are x = [value, store cue, recall cue]. Beside it, a one-unit tanh RNN latch a_t = 2 tanh(.)
 * (oracle O6 in README.md) whose gradient shrinks by ≈ 0.166 per step at its fixed point.
 */
import { lstmBackward, lstmForward } from "../models/lstm";
import type { LstmParams } from "../models/types";
import { rnnBackward, rnnForward } from "../models/rnn";
import { createRng } from "../rng";
import { defineScenario } from "./define";
import { fmt, intParam, numParam, range, SEED_PARAM, series } from "./util";

const GATE_GAIN = 10;
/** A read-out with |h_T| below this is too weak to count as a recalled bit either way. */
export const UNDECIDED_BELOW = 0.1;

/** "recalls 1 (correct)", "recalls 0 (wrong)" or "undecided (|h_T| < 0.1)". */
export function recallWords(hT: number, bit: string): string {
  if (!Number.isFinite(hT)) return "undecided (overflow)";
  if (Math.abs(hT) < UNDECIDED_BELOW) return `undecided (|h_T| < ${UNDECIDED_BELOW})`;
  const recalled = hT > 0 ? "1" : "0";
  return `recalls ${recalled} (${recalled === bit ? "correct" : "wrong"})`;
}

export const rememberBit = defineScenario({
  id: "what-problem-lstm-solves",
  title: "Remember a bit: gates opening and closing",
  lessonId: "what-problem-lstm-solves",
  summary:
    "A bit is shown at step 1 and must be reported at step T, with random distractors between. The input gate opens once, the forget gate holds, the output gate opens at the end.",
  params: {
    steps: intParam(
      "Delay T",
      "steps",
      "Steps between showing the bit and recalling it.",
      3,
      300,
      40,
    ),
    bit: {
      kind: "choice",
      label: "Bit",
      meaning: "The value to remember.",
      options: [
        { value: "1", label: "1" },
        { value: "0", label: "0" },
      ],
      default: "1",
    },
    distractors: numParam(
      "Distractor size",
      "",
      "Standard deviation of the random values shown between store and recall.",
      0,
      3,
      0.1,
      0.3,
    ),
    forgetBias: numParam(
      "Forget-gate bias",
      "",
      "σ(b_f) is the fraction of the cell kept per step.",
      0,
      10,
      0.5,
      5,
    ),
    variant: {
      kind: "choice",
      label: "LSTM variant",
      meaning:
        "With a forget gate (Gers et al. 2000) or the 1997 cell, which always keeps everything (f ≡ 1).",
      options: [
        { value: "forget-gate", label: "with forget gate" },
        { value: "lstm-1997", label: "1997, no forget gate" },
      ],
      default: "forget-gate",
    },
    seed: SEED_PARAM,
  },
  cost: (v) => 200 * v.steps,
  run: (v) => {
    const T = v.steps;
    const value = v.bit === "1" ? 1 : -1;
    const rng = createRng(v.seed);
    const x = new Float64Array(T * 3);
    x[0] = value;
    x[1] = 1;
    for (let t = 1; t < T - 1; t++) x[t * 3] = v.distractors * rng.normal();
    x[(T - 1) * 3 + 2] = 1;
    // Rows i, f, g, o of W_ih (columns value, store, recall); W_hh = 0.
    const p: LstmParams = {
      kind: "lstm",
      hiddenSize: 1,
      inputSize: 3,
      forgetGate: v.variant === "forget-gate",
      weightIH: Float64Array.of(0, GATE_GAIN, 0, 0, 0, 0, 3, 0, 0, 0, 0, GATE_GAIN),
      weightHH: new Float64Array(4),
      bias: Float64Array.of(-GATE_GAIN / 2, v.forgetBias, 0, -GATE_GAIN / 2),
    };
    const zero = new Float64Array(1);
    const fwd = lstmForward(p, x, T, zero, zero);
    const grads = lstmBackward(p, fwd, Float64Array.of(1), null, "full-bptt");
    // The RNN latch stores the bit in the sign of h; the value channel is its input.
    const latch = {
      kind: "rnn" as const,
      hiddenSize: 1,
      inputSize: 3,
      activation: "tanh" as const,
      weightIH: Float64Array.of(1, 0, 0),
      weightHH: Float64Array.of(2),
      bias: new Float64Array(1),
    };
    const rf = rnnForward(latch, x, T, zero);
    const rg = rnnBackward(latch, rf, x, Float64Array.of(1));
    const ts = range(T + 1);
    const steps = ts.slice(1);
    const gate = (g: number) => steps.map((t) => fwd.gates[(t - 1) * 4 + g]!);
    const hT = fwd.h[T]!;
    return {
      scenarioId: "what-problem-lstm-solves",
      mode: "full BPTT",
      caption:
        `The LSTM reads out h_T = ${fmt(hT)}: ${recallWords(hT, v.bit)}; ` +
        `the RNN latch ends at h_T = ${fmt(rf.h[T])}: ${recallWords(rf.h[T]!, v.bit)}. ` +
        `Gradient from h_T back to step 0: LSTM cell ${fmt(grads.dC[0])}, RNN ${fmt(rg.dH[0])}.`,
      panels: [
        {
          id: "gates",
          title: "Gate activations",
          xLabel: "step t",
          xUnit: "steps",
          yLabel: "activation",
          yUnit: "",
          yScale: "linear",
          series: [
            series("input", "input gate i", steps, gate(0)),
            series("forget", "forget gate f", steps, gate(1)),
            series("output", "output gate o", steps, gate(3)),
          ],
        },
        {
          id: "state",
          title: "Cell state and output",
          xLabel: "step t",
          xUnit: "steps",
          yLabel: "value",
          yUnit: "",
          yScale: "linear",
          series: [
            series("cell", "LSTM cell c_t", ts, Array.from(fwd.c)),
            series("hidden", "LSTM output h_t", ts, Array.from(fwd.h), { style: "dotted" }),
            series("rnn", "RNN latch h_t", ts, Array.from(rf.h), { style: "dashed" }),
            series(
              "distractor",
              "input value x_t",
              steps,
              steps.map((t) => x[(t - 1) * 3]!),
              { style: "dotted" },
            ),
          ],
        },
        {
          id: "gradient",
          title: "Gradient of h_T with respect to the state at step k",
          xLabel: "step k",
          xUnit: "steps",
          yLabel: "|∂h_T/∂state_k|",
          yUnit: "",
          yScale: "log",
          series: [
            series("lstm-c", "LSTM: |∂h_T/∂c_k|", ts, Array.from(grads.dC, Math.abs), {
              log: true,
            }),
            series("rnn-h", "RNN latch: |∂h_T/∂h_k|", ts, Array.from(rg.dH, Math.abs), {
              log: true,
            }),
          ],
        },
      ],
    };
  },
});
