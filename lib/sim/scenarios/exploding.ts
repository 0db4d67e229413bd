/**
 * Lesson how-lstm-handles-exploding-gradients. Panel 1: a tanh RNN with W_hh = s·Q (Q
 * orthogonal) near its linear regime: the gradient grows like s^(T−k) going back. Clipping
 * (Pascanu et al. 2013, Alg. 1) rescales the whole parameter gradient by one factor, so the
 * curve shifts down but keeps its shape: it bounds the step, it does not rebalance near and far
 * contributions or bring back vanished ones. An LSTM with the same recurrent scale and a
 * forget-gate bias sits beside it. Panel 2–3: gradient descent on a linear one-unit recurrence
 * x_t = w x_{t−1}, loss ½(x_T − 1)², with and without clipping. Pascanu et al.'s cliff is the
 * one-unit x_t = w σ(x_{t−1}) + b; they derive the linear case's derivatives beside it. The start
 * w = 1.1, x_0 = 0.5 is our choice.
 */
import { fullTrace, seededLstm } from "./networks";
import { clipByNorm } from "../clip";
import { drawWeights } from "../init";
import { norm2 } from "../linalg";
import { rnnBackward, rnnForward } from "../models/rnn";
import type { RnnParams } from "../models/types";
import { createRng } from "../rng";
import { scalarRecurrence } from "../scalar";
import { defineScenario } from "./define";
import { fmt, gaussianInputs, intParam, numParam, range, SEED_PARAM, series } from "./util";

const H = 16;
const I = 4;
const UPDATES = 30;
const CLIFF_X0 = 0.5;
const CLIFF_W0 = 1.1;

export const exploding = defineScenario({
  id: "how-lstm-handles-exploding-gradients",
  title: "Exploding gradients: what clipping does, and the LSTM beside it",
  lessonId: "how-lstm-handles-exploding-gradients",
  summary:
    "An RNN whose recurrent matrix is scaled above 1 has gradients that grow going back in time. Clipping by norm caps each update; the LSTM's cell path damps growth through forget gates ≤ 1.",
  params: {
    steps: intParam(
      "Sequence length",
      "steps",
      "How many steps back the gradient travels.",
      5,
      200,
      40,
    ),
    recurrentScale: numParam(
      "Recurrent scale s",
      "",
      "W_hh = s·Q with Q orthogonal: its largest singular value.",
      0.5,
      3,
      0.05,
      1.3,
    ),
    inputScale: numParam(
      "Input size",
      "",
      "Standard deviation of the inputs; large inputs saturate tanh and stop the growth.",
      0,
      2,
      0.01,
      0.05,
    ),
    clipThreshold: numParam(
      "Clipping threshold θ",
      "",
      "If ‖g‖ ≥ θ, g ← θ g/‖g‖.",
      0.1,
      100,
      0.1,
      1,
    ),
    learningRate: numParam(
      "Learning rate",
      "",
      "Step size of gradient descent on the one-unit recurrence.",
      0.001,
      0.1,
      0.001,
      0.01,
    ),
    seed: SEED_PARAM,
  },
  cost: (v) => 2 * v.steps * 10 * H * (H + I) + UPDATES * v.steps * 20,
  run: (v) => {
    const T = v.steps;
    const inputs = gaussianInputs(T, I, v.seed + 1000, v.inputScale);
    const zeros = new Float64Array(H);
    const rw = drawWeights("orthogonal", 1, H, I, createRng(v.seed), v.recurrentScale);
    const rnn: RnnParams = {
      kind: "rnn",
      hiddenSize: H,
      inputSize: I,
      activation: "tanh",
      weightIH: rw.weightIH,
      weightHH: rw.weightHH,
      bias: rw.biasIH,
    };
    const fwd = rnnForward(rnn, inputs, T, zeros);
    const g = rnnBackward(rnn, fwd, inputs, new Float64Array(H).fill(1), { weightGrads: true });
    const flat = Float64Array.from([
      ...(g.weightIH ?? []),
      ...(g.weightHH ?? []),
      ...(g.bias ?? []),
    ]);
    const clip = clipByNorm(flat, v.clipThreshold);
    const ks = range(T + 1);
    const raw = ks.map((k) => norm2(g.dH, k * H, H));
    const clipped = raw.map((n) => n * clip.scale);
    // Forget-gate biases of 1 (Jozefowicz et al. 2015) at the same recurrent scale as the RNN.
    const lstm = fullTrace(
      seededLstm({
        seed: v.seed,
        hiddenSize: H,
        inputSize: I,
        init: "orthogonal",
        scale: v.recurrentScale,
        forgetBias: { set: 1 },
      }),
      T,
      inputs,
    );
    const plain = descend(T, v.learningRate, Infinity);
    const withClip = descend(T, v.learningRate, v.clipThreshold);
    const us = range(UPDATES + 1);
    return {
      scenarioId: "how-lstm-handles-exploding-gradients",
      mode: "full BPTT",
      caption:
        `‖g‖ = ${fmt(clip.norm)} for the RNN's weights; ${clip.wasClipped ? `clipping multiplies every step's contribution by ${fmt(clip.scale)}, the same factor, so the curve keeps its shape` : "below θ, so clipping leaves it unchanged"}. ` +
        `On the one-unit recurrence from w = ${CLIFF_W0}, plain descent ${plain.overflowAt !== undefined ? `overflows at update ${plain.overflowAt}` : `ends at loss ${fmt(plain.loss[UPDATES])}`}; clipped steps are at most lr·θ = ${fmt(v.learningRate * v.clipThreshold)}.`,
      panels: [
        {
          id: "through-time",
          title: "Gradient norm at step k (backward through time)",
          xLabel: "step k",
          xUnit: "steps",
          yLabel: "‖∂L/∂state_k‖",
          yUnit: "",
          yScale: "log",
          series: [
            series("rnn", "RNN (tanh): ‖∂L/∂h_k‖", ks, raw, { log: true }),
            series("rnn-clipped", "RNN after clipping the whole gradient", ks, clipped, {
              log: true,
              style: "dashed",
            }),
            series("lstm-c", "LSTM: ‖∂L/∂c_k‖", ks, lstm.cellGradNorms ?? [], { log: true }),
            series("lstm-h", "LSTM: ‖∂L/∂h_k‖", ks, lstm.hiddenGradNorms, {
              log: true,
              style: "dotted",
            }),
          ],
        },
        {
          id: "cliff-loss",
          title: `Gradient descent on x_t = w x_{t−1} from w = ${CLIFF_W0}: loss per update`,
          xLabel: "update",
          xUnit: "",
          yLabel: "loss ½(x_T − 1)²",
          yUnit: "",
          yScale: "log",
          series: [
            series("plain", "without clipping", us, plain.loss, { log: true }),
            series("clipped", `clipped at θ = ${v.clipThreshold}`, us, withClip.loss, {
              log: true,
            }),
          ],
        },
        {
          id: "cliff-grad",
          title: "Gradient norm per update",
          xLabel: "update",
          xUnit: "",
          yLabel: "|dL/dw|",
          yUnit: "",
          yScale: "log",
          series: [
            series("plain-g", "without clipping", us, plain.grad, { log: true }),
            series("clipped-g", "with clipping (before the cap)", us, withClip.grad, { log: true }),
            series("clipped-step", "clipped |Δw| / lr", us, withClip.step, {
              log: true,
              style: "dashed",
            }),
          ],
          referenceLines: [{ y: v.clipThreshold, label: "θ" }],
        },
      ],
    };
  },
});

/** Gradient descent on w for x_T(w) = w^T x_0 (linear one-unit RNN), target 1. */
function descend(T: number, lr: number, threshold: number) {
  let w = CLIFF_W0;
  const loss: number[] = [];
  const grad: number[] = [];
  const step: number[] = [];
  let overflowAt: number | undefined;
  for (let u = 0; u <= UPDATES; u++) {
    const d = scalarRecurrence(w, CLIFF_X0, T, "linear");
    const l = 0.5 * (d.x - 1) ** 2;
    const gw = (d.x - 1) * d.dxdw;
    loss.push(l);
    grad.push(Math.abs(gw));
    if (!Number.isFinite(l) || !Number.isFinite(gw)) {
      overflowAt ??= u;
      step.push(NaN);
      w = NaN;
      continue;
    }
    const scale = Math.abs(gw) >= threshold ? threshold / Math.abs(gw) : 1;
    step.push(Math.abs(gw) * scale);
    w -= lr * gw * scale;
  }
  return { loss, grad, step, overflowAt };
}
