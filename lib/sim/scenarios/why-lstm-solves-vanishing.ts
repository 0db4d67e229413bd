/**
 * Lesson why-lstm-solves-vanishing-gradients: a tanh RNN's gradient decays geometrically going
 * back in time; an LSTM's cell-state gradient decays only by the forget gate's activations,
 * dc_t/dc_{t-1} = diag(f_t) + gate terms (Gers et al. 2000), and a forget-gate bias pushes f
 * toward 1 (Jozefowicz et al. 2015).
 */
import { fullTrace, seededLstm, seededTanhRnn } from "./networks";
import { sigmoid } from "../activations";
import { defineScenario } from "./define";
import { fmt, gaussianInputs, intParam, numParam, range, SEED_PARAM, series } from "./util";

const I = 4;

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
  cost: (v) => 2 * v.steps * 10 * v.hiddenSize * (v.hiddenSize + I),
  run: (v) => {
    const H = v.hiddenSize;
    const T = v.steps;
    const inputs = gaussianInputs(T, I, v.seed + 1000, 1);
    const net = { seed: v.seed, hiddenSize: H, inputSize: I };
    const rnn = fullTrace(seededTanhRnn(net), T, inputs);
    const lstm = fullTrace(seededLstm({ ...net, forgetBias: { add: v.forgetBias } }), T, inputs);
    const ks = range(T + 1);
    const cell = lstm.cellGradNorms ?? [];
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
    return {
      scenarioId: "why-lstm-solves-vanishing-gradients",
      mode: "full BPTT",
      caption:
        `Over ${T} steps the RNN keeps ${fmt(ratio(rnn.hiddenGradNorms))} of its gradient; ` +
        `the LSTM's cell path keeps ${fmt(ratio(cell))} (forget bias ${v.forgetBias}: σ(b_f) = ${fmt(fBar)} per step before input effects).`,
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
            series("lstm-c", "LSTM: ‖∂L/∂c_k‖ (cell path)", ks, cell, { log: true }),
            series("lstm-h", "LSTM: ‖∂L/∂h_k‖", ks, lstm.hiddenGradNorms, {
              log: true,
              style: "dotted",
            }),
            series("ref-f", `σ(b_f)^(T−k) reference`, ks, ref, { log: true, style: "dashed" }),
          ],
        },
      ],
    };
  },
});
