/**
 * Lesson how-to-fix-vanishing-gradients. Panel 1: recurrent chains with sigmoid, tanh and ReLU
 * and the same recurrent matrix: sigmoid's derivative is at most 1/4 (Pascanu et al. 2013's γ),
 * so its gradient shrinks at least 4x per step at unit scale; ReLU with an identity recurrent
 * matrix (IRNN, Le et al. 2015) passes gradient unchanged wherever a unit is active.
 * Panel 2: deep feed-forward stacks with and without residual connections; the residual
 * Jacobian is I + J_F (He et al. 2016), so the gradient does not have to pass through a product
 * of small factors. The stacks have their own branch scale a (W_l = a·Q_l): an identity path
 * stops vanishing but not growth, since ‖I + J_F‖ can exceed 1 in every layer; with a small
 * branch (a ≈ 0.1, what branch scaling or normalisation achieves) the residual stack keeps its
 * gradient near 1 while the plain stack's shrinks like a^L.
 */
import type { ActivationName } from "../activations";
import { drawWeights } from "../init";
import { randomOrthogonal } from "../linalg";
import { ffBackward, ffForward, type FeedForwardStack } from "../models/feedforward";
import { createRng } from "../rng";
import { stepNorms, traceResolved } from "../trace";
import { defineScenario } from "./define";
import { fmt, gaussianInputs, intParam, numParam, range, SEED_PARAM, series } from "./util";

const H = 16;
const I = 4;
const ACTS: ActivationName[] = ["sigmoid", "tanh", "relu"];

export const fixVanishing = defineScenario({
  id: "how-to-fix-vanishing-gradients",
  title: "Activations, identity initialisation and residual paths",
  lessonId: "how-to-fix-vanishing-gradients",
  summary:
    "Gradient norm going back through a recurrent chain for three activations, and through deep stacks with and without residual connections.",
  params: {
    depth: intParam(
      "Steps / layers",
      "",
      "Length of the chain and depth of the stacks.",
      2,
      200,
      50,
    ),
    weightScale: numParam(
      "Weight scale",
      "",
      "Multiplies the recurrent matrix of the three chains.",
      0.1,
      3,
      0.05,
      1,
    ),
    branchScale: numParam(
      "Stack branch scale",
      "",
      "Multiplies each layer's matrix in both stacks (a in x + act(a·Q x)).",
      0.05,
      3,
      0.05,
      0.1,
    ),
    recurrentInit: {
      kind: "choice",
      label: "Recurrent matrix",
      meaning: "Identity (IRNN, Le et al. 2015) or a random orthogonal matrix.",
      options: [
        { value: "identity", label: "identity (IRNN)" },
        { value: "orthogonal", label: "random orthogonal" },
      ],
      default: "identity",
    },
    stackActivation: {
      kind: "choice",
      label: "Stack activation",
      meaning: "Activation of each layer of the feed-forward stacks.",
      options: ACTS.map((a) => ({ value: a, label: a })),
      default: "tanh",
    },
    seed: SEED_PARAM,
  },
  cost: (v) => 3 * 2 * v.depth * 3 * H * (H + I) + 2 * 3 * v.depth * H * H,
  run: (v) => {
    const T = v.depth;
    const inputs = gaussianInputs(T, I, v.seed + 1000, 0.5);
    const zeros = new Float64Array(H);
    const init = v.recurrentInit === "identity" ? "scaled-identity" : "orthogonal";
    const ks = range(T + 1);
    const chains = ACTS.map((activation) => {
      const w = drawWeights(init, 1, H, I, createRng(v.seed), v.weightScale);
      const r = traceResolved({
        params: {
          kind: "rnn",
          hiddenSize: H,
          inputSize: I,
          activation,
          weightIH: w.weightIH,
          weightHH: w.weightHH,
          bias: w.biasIH,
        },
        steps: T,
        inputs,
        h0: zeros,
        c0: zeros,
        mode: "full-bptt",
        jacobian: false,
      });
      return {
        activation,
        kept: keptFraction(r.hiddenGradNorms, T),
        series: series(`rnn-${activation}`, `${activation} RNN: ‖∂L/∂h_k‖`, ks, r.hiddenGradNorms, {
          log: true,
        }),
      };
    });
    const rng = createRng(v.seed + 7);
    const weights = new Float64Array(T * H * H);
    for (let l = 0; l < T; l++) {
      const q = randomOrthogonal(H, rng);
      for (let i = 0; i < H * H; i++) weights[l * H * H + i] = v.branchScale * q[i]!;
    }
    const x0 = gaussianInputs(1, H, v.seed + 2000, 1);
    const stack = (residual: boolean): FeedForwardStack => ({
      width: H,
      layers: T,
      activation: v.stackActivation as ActivationName,
      residual,
      weights,
      biases: new Float64Array(T * H),
    });
    const grads = [false, true].map((residual) => {
      const s = stack(residual);
      const x = ffForward(s, x0);
      return stepNorms(ffBackward(s, x, new Float64Array(H).fill(1)), H, T);
    });
    const [plain, res] = grads as [number[], number[]];
    const chainWords = chains
      .map((c) => `${c.activation} keeps ${keptWords(c.kept, c.activation === "relu")}`)
      .join(", ");
    const relu = v.stackActivation === "relu";
    return {
      scenarioId: "how-to-fix-vanishing-gradients",
      mode: "full BPTT",
      caption:
        `After ${T} steps: ${chainWords} of ‖∂L/∂h_T‖ = 4. ` +
        `Through ${T} layers with branch scale ${v.branchScale} the plain stack keeps ${keptWords(keptFraction(plain, T), relu)} of the gradient, the residual stack ${keptWords(keptFraction(res, T), relu)}.`,
      panels: [
        {
          id: "chains",
          title: "Recurrent chain: gradient norm at step k",
          xLabel: "step k",
          xUnit: "steps",
          yLabel: "‖∂L/∂h_k‖",
          yUnit: "",
          yScale: "log",
          series: chains.map((c) => c.series),
          referenceLines: [{ y: 4, label: "‖∂L/∂h_T‖ = √16" }],
        },
        {
          id: "stacks",
          title: "Deep stack: gradient norm at layer l",
          xLabel: "layer l",
          xUnit: "",
          yLabel: "‖∂L/∂x_l‖",
          yUnit: "",
          yScale: "log",
          series: [
            series("plain", "plain: x_{l+1} = act(W x_l)", ks, plain, { log: true }),
            series("residual", "residual: x_{l+1} = x_l + act(W x_l)", ks, res, { log: true }),
          ],
        },
      ],
    };
  },
});

/** ‖g_0‖ / ‖g_T‖: the fraction of the top gradient that reaches the bottom; null on overflow. */
export function keptFraction(norms: readonly (number | null)[], T: number): number | null {
  const first = norms[0];
  const last = norms[T];
  if (typeof first !== "number" || typeof last !== "number" || last === 0) return null;
  const r = first / last;
  return Number.isFinite(r) ? r : null;
}

/** Caption words for a kept fraction: an exact 0 from ReLU means every path went through an inactive unit. */
export function keptWords(kept: number | null, relu: boolean): string {
  if (kept === 0) return relu ? "0 (no unit active)" : "0 (underflow)";
  return fmt(kept);
}
