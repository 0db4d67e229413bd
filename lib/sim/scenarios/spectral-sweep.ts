/**
 * Teacher's scenario spectral-radius-sweep: ||dh_T/dh_0||_2 against the largest singular value
 * σ of W_hh, with Pascanu et al. 2013's bound ||dh_T/dh_0|| <= (γσ)^T (γ = 1 tanh, 1/4 sigmoid)
 * drawn dashed: below σ = 1/γ the gradient must vanish. For a non-normal W the spectral radius ρ
 * can be well below σ, and finite-T growth happens even with ρ < 1 (oracle O2 in README.md), so the same runs
 * are also plotted against ρ. A second panel shows why ρ < 1 guarantees decay only for a linear
 * network: W = [[1, 1.5], [−1, −1]] has ρ ≈ 0.71, so ‖W^t‖ → 0, but with ReLU derivatives that
 * switch, the factors diag(d_t)·W with d_t alternating (1, 0) and (0, 1) multiply by 1.5 every
 * two steps.
 */
import { ACTIVATIONS, ACTIVATION_NAMES, type ActivationName } from "../activations";
import { randomOrthogonal, spectralNorm, spectralRadius } from "../linalg";
import { rnnBackward, rnnForward } from "../models/rnn";
import type { RnnParams } from "../models/types";
import { createRng } from "../rng";
import { defineScenario } from "./define";
import { fmt, gaussianInputs, intParam, numParam, SEED_PARAM, series } from "./util";

const POINTS = 40;
/** The switching example: row-major 2 x 2, spectral radius 1/√2. */
export const SWITCHING_W = Float64Array.of(1, 1.5, -1, -1);
const I = 2;

export const spectralSweep = defineScenario({
  id: "spectral-radius-sweep",
  title: "Gradient after T steps against the size of W",
  lessonId: "how-to-fix-vanishing-gradients",
  summary:
    "Sweeps the largest singular value of the recurrent matrix and plots ||∂h_T/∂h_0||, with the bound (γσ)^T that forces vanishing below σ = 1/γ.",
  params: {
    steps: intParam("Steps T", "steps", "Length of the Jacobian product.", 1, 200, 30),
    activation: {
      kind: "choice",
      label: "Activation",
      meaning: "Sets γ, the largest derivative: 1 for tanh, ReLU and linear, 1/4 for sigmoid.",
      options: ACTIVATION_NAMES.map((a) => ({ value: a, label: a })),
      default: "tanh",
    },
    matrix: {
      kind: "choice",
      label: "Matrix",
      meaning: "Orthogonal (ρ = σ) or Gaussian (non-normal: ρ < σ).",
      options: [
        { value: "orthogonal", label: "orthogonal × σ" },
        { value: "gaussian", label: "Gaussian, scaled to σ" },
      ],
      default: "orthogonal",
    },
    hiddenSize: intParam("Hidden units", "units", "Size of W.", 2, 32, 8),
    inputScale: numParam(
      "Input size",
      "",
      "Standard deviation of the inputs (moves the units off 0).",
      0,
      2,
      0.05,
      0.5,
    ),
    seed: SEED_PARAM,
  },
  cost: (v) =>
    POINTS * (v.hiddenSize + 1) * 2 * v.steps * v.hiddenSize * (v.hiddenSize + I) +
    POINTS * 10 * v.hiddenSize ** 3,
  run: (v) => {
    const H = v.hiddenSize;
    const T = v.steps;
    const act = v.activation as ActivationName;
    const gamma = ACTIVATIONS[act].gamma;
    const rng = createRng(v.seed);
    let base: Float64Array;
    if (v.matrix === "orthogonal") base = randomOrthogonal(H, rng);
    else {
      base = Float64Array.from({ length: H * H }, () => rng.normal());
      const s = spectralNorm(base, H, H);
      for (let i = 0; i < H * H; i++) base[i] = base[i]! / s;
    }
    const rhoBase = spectralRadius(base, H);
    const weightIH = Float64Array.from({ length: H * I }, () => rng.normal() / Math.sqrt(I));
    const inputs = gaussianInputs(T, I, v.seed + 1000, v.inputScale);
    const h0 = new Float64Array(H);
    const sigmas = Array.from(
      { length: POINTS },
      (_, i) => (0.05 + (2.5 - 0.05) * (i / (POINTS - 1))) / gamma,
    );
    const norms = sigmas.map((sigma) => {
      const p: RnnParams = {
        kind: "rnn",
        hiddenSize: H,
        inputSize: I,
        activation: act,
        weightIH,
        weightHH: base.map((x) => sigma * x),
        bias: new Float64Array(H),
      };
      const fwd = rnnForward(p, inputs, T, h0);
      const jac = new Float64Array(H * H);
      const seed = new Float64Array(H);
      const dH = new Float64Array((T + 1) * H);
      for (let j = 0; j < H; j++) {
        seed.fill(0);
        seed[j] = 1;
        rnnBackward(p, fwd, inputs, seed, { dH });
        jac.set(dH.subarray(0, H), j * H);
      }
      return spectralNorm(jac, H, H);
    });
    const bound = sigmas.map((s) => (gamma * s) ** T);
    const crossing = sigmas.find((_, i) => (norms[i] ?? 0) >= 1);
    const panelSeries = [
      series("measured", "‖∂h_T/∂h_0‖ against σ_max(W)", sigmas, norms, { log: true }),
      series("bound", "Pascanu bound (γσ)^T", sigmas, bound, { log: true, style: "dashed" }),
    ];
    if (v.matrix === "gaussian") {
      panelSeries.push(
        series(
          "vs-rho",
          "same runs against spectral radius ρ(W)",
          sigmas.map((s) => s * rhoBase),
          norms,
          { log: true, style: "dotted" },
        ),
      );
    }
    const switching = switchingProducts(T);
    return {
      scenarioId: "spectral-radius-sweep",
      mode: "full BPTT",
      caption:
        `${act}: γ = ${fmt(gamma)}, so the bound crosses 1 at σ = 1/γ = ${fmt(1 / gamma)}; ${crossing === undefined ? `the measured gradient stays below 1 for every σ up to ${fmt(sigmas[POINTS - 1])}` : `the measured gradient first reaches 1 at σ ≈ ${fmt(crossing)}`}.` +
        (v.matrix === "gaussian" ? ` This W has ρ = ${fmt(rhoBase)} σ.` : "") +
        ` Second panel: ρ(W) = ${fmt(switching.rho)}, so ‖W^${T}‖ = ${fmt(switching.linear[T])}, but with switching ReLU derivatives ‖∏ diag(d_t) W‖ = ${fmt(switching.switched[T])}.`,
      panels: [
        {
          id: "sweep",
          title: `Jacobian norm after ${T} steps`,
          xLabel: "largest singular value σ of W",
          xUnit: "",
          yLabel: "‖∂h_T/∂h_0‖₂",
          yUnit: "",
          yScale: "log",
          series: panelSeries,
          referenceLines: [
            { y: 1, label: `‖J‖ = 1 (bound crosses at σ = 1/γ = ${fmt(1 / gamma)})` },
          ],
        },
        {
          id: "switching",
          title: "ρ(W) < 1 is not enough once derivatives switch",
          xLabel: "step t",
          xUnit: "steps",
          yLabel: "‖product of t factors‖₂",
          yUnit: "",
          yScale: "log",
          series: [
            series(
              "linear",
              "linear: ‖W^t‖, W = [[1, 1.5], [−1, −1]]",
              switching.ts,
              switching.linear,
              {
                log: true,
              },
            ),
            series(
              "switched",
              "ReLU, d_t alternating (1,0), (0,1): ‖∏ diag(d_t) W‖",
              switching.ts,
              switching.switched,
              { log: true },
            ),
          ],
          referenceLines: [{ y: 1, label: "1" }],
        },
      ],
    };
  },
});

/** ‖W^t‖ and ‖diag(d_t)W ⋯ diag(d_1)W‖ for t = 0..T, d_t = (1, 0) at odd t, (0, 1) at even t. */
function switchingProducts(T: number) {
  const ts = Array.from({ length: T + 1 }, (_, t) => t);
  const linear: number[] = [];
  const switched: number[] = [];
  let lin: Float64Array = Float64Array.of(1, 0, 0, 1);
  let sw: Float64Array = Float64Array.of(1, 0, 0, 1);
  for (const t of ts) {
    if (t > 0) {
      lin = mul2(SWITCHING_W, lin);
      const masked = Float64Array.from(SWITCHING_W);
      const off = t % 2 === 1 ? 2 : 0; // zero the inactive unit's row
      masked[off] = 0;
      masked[off + 1] = 0;
      sw = mul2(masked, sw);
    }
    linear.push(spectralNorm(lin, 2, 2));
    switched.push(spectralNorm(sw, 2, 2));
  }
  return { ts, linear, switched, rho: spectralRadius(SWITCHING_W, 2) };
}

function mul2(a: Float64Array, b: Float64Array): Float64Array {
  return Float64Array.of(
    a[0]! * b[0]! + a[1]! * b[2]!,
    a[0]! * b[1]! + a[1]! * b[3]!,
    a[2]! * b[0]! + a[3]! * b[2]!,
    a[2]! * b[1]! + a[3]! * b[3]!,
  );
}
