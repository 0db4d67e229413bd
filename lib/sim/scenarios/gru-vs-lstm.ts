/**
 * Teacher's scenario gru-vs-lstm: the GRU's additive path h' = (1 − z) n + z h keeps gradient
 * where z is near 1, as the LSTM's cell path does where f is near 1 (Cho et al. 2014; Jozefowicz
 * et al. 2015 found a forget-gate bias of 1 closes most of the gap between them).
 */
import { drawWeights } from "../init";
import { createRng } from "../rng";
import { traceResolved } from "../trace";
import { defineScenario } from "./define";
import { fmt, gaussianInputs, intParam, numParam, range, SEED_PARAM, series } from "./util";

const I = 4;

export const gruVsLstm = defineScenario({
  id: "gru-vs-lstm",
  title: "GRU against LSTM (and a plain RNN)",
  lessonId: "why-lstm-solves-vanishing-gradients",
  summary:
    "Gradient norm through time for a GRU, an LSTM and a tanh RNN with PyTorch's default initialisation.",
  params: {
    steps: intParam(
      "Sequence length",
      "steps",
      "How many steps back the gradient travels.",
      5,
      500,
      100,
    ),
    hiddenSize: intParam("Hidden units", "units", "Width of all three networks.", 1, 64, 16),
    forgetBias: numParam(
      "LSTM forget-gate bias",
      "",
      "Added to the LSTM's forget-gate bias.",
      -3,
      8,
      0.5,
      1,
    ),
    updateBias: numParam(
      "GRU update-gate bias",
      "",
      "Added to the GRU's z-gate bias; larger keeps more of h.",
      -3,
      8,
      0.5,
      0,
    ),
    seed: SEED_PARAM,
  },
  cost: (v) => 2 * v.steps * 8 * v.hiddenSize * (v.hiddenSize + I) * 2,
  run: (v) => {
    const H = v.hiddenSize;
    const T = v.steps;
    const inputs = gaussianInputs(T, I, v.seed + 1000, 1);
    const zeros = new Float64Array(H);
    const common = {
      steps: T,
      inputs,
      h0: zeros,
      c0: zeros,
      mode: "full-bptt" as const,
      jacobian: false,
    };
    const gw = drawWeights("pytorch-uniform", 3, H, I, createRng(v.seed), 1, true);
    for (let u = 0; u < H; u++) gw.biasIH[H + u] = gw.biasIH[H + u]! + v.updateBias;
    const gru = traceResolved({
      ...common,
      params: {
        kind: "gru",
        hiddenSize: H,
        inputSize: I,
        weightIH: gw.weightIH,
        weightHH: gw.weightHH,
        biasIH: gw.biasIH,
        biasHH: gw.biasHH,
      },
    });
    const lw = drawWeights("pytorch-uniform", 4, H, I, createRng(v.seed));
    for (let u = 0; u < H; u++) lw.biasIH[H + u] = lw.biasIH[H + u]! + v.forgetBias;
    const lstm = traceResolved({
      ...common,
      params: {
        kind: "lstm",
        hiddenSize: H,
        inputSize: I,
        weightIH: lw.weightIH,
        weightHH: lw.weightHH,
        bias: lw.biasIH,
        forgetGate: true,
      },
    });
    const rw = drawWeights("pytorch-uniform", 1, H, I, createRng(v.seed));
    const rnn = traceResolved({
      ...common,
      params: {
        kind: "rnn",
        hiddenSize: H,
        inputSize: I,
        activation: "tanh",
        weightIH: rw.weightIH,
        weightHH: rw.weightHH,
        bias: rw.biasIH,
      },
    });
    const ks = range(T + 1);
    return {
      scenarioId: "gru-vs-lstm",
      mode: "full BPTT",
      caption: `‖∂L/∂state_0‖ after ${T} steps: GRU ${fmt(gru.hiddenGradNorms[0])}, LSTM cell ${fmt(lstm.cellGradNorms?.[0])}, RNN ${fmt(rnn.hiddenGradNorms[0])}.`,
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
            series("gru", "GRU: ‖∂L/∂h_k‖", ks, gru.hiddenGradNorms, { log: true }),
            series("lstm-c", "LSTM: ‖∂L/∂c_k‖", ks, lstm.cellGradNorms ?? [], { log: true }),
            series("lstm-h", "LSTM: ‖∂L/∂h_k‖", ks, lstm.hiddenGradNorms, {
              log: true,
              style: "dotted",
            }),
            series("rnn", "RNN (tanh): ‖∂L/∂h_k‖", ks, rnn.hiddenGradNorms, {
              log: true,
              style: "dashed",
            }),
          ],
        },
      ],
    };
  },
});
