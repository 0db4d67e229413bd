import { sig, simulate } from "../params";
import type { QuestionInput } from "../schema";
import { cliffGradient, clipped, runScenario, scalarChainGain, seriesValue } from "../sim-keys";

const L = "how-lstm-handles-exploding-gradients";

/** Gradients for threshold-change: norms 5, 13 and 25 (no key appears among the prompt's numbers). */
const CLIP_PAIRS: readonly (readonly [number, number])[] = [
  [3, 4],
  [5, 12],
  [7, 24],
];

export const questions: QuestionInput[] = [
  {
    id: `${L}/tanh-chain`,
    title: "Gradient through a tanh chain",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`One $\tanh$ unit runs $h_t = \tanh(w\,h_{t-1})$ from $h_0 = 0$ with $w = {{w}}$ and no input. What is $|\partial h_T/\partial h_0|$ after $T = {{T}}$ steps?`,
    concepts: ["exploding-gradient", "spectral-norm"],
    difficulty: 1,
    hints: [
      String.raw`Starting from 0 with no input, which value does $h_t$ keep? What is $\tanh'$ there?`,
      String.raw`Each step back multiplies the gradient by $\tanh'(a_t)\,w$. Combine $T$ identical factors.`,
    ],
    explanation: String.raw`$h_t$ stays at 0, where $\tanh'(0) = 1$, so every step multiplies the gradient by $w$ and $|\partial h_T/\partial h_0| = w^T$ = {{answer}}. $\tanh$ bounds the activations, not the gradient: a factor above 1 compounds.`,
    // 1 %, not 2 %: at w = 1.5, T = 5 the sum w·T = 7.5 lies 1.2 % from the key 1.5^5 = 7.59375.
    tolerance: { kind: "relative", value: 0.01 },
    sim: simulate({
      params: { w: { choices: [1.2, 1.3, 1.4, 1.5, 1.6] }, T: { min: 4, max: 12, step: 1 } },
      describe:
        "trace(): tanh RNN, hidden size 1, weightHH [[w]], weightIH [[0]], bias [0], h_0 = 0, exact Jacobian; key = jacobianNorms[0] (= w^T, SCIENCE O5).",
      compute: ({ w, T }) => {
        const value = scalarChainGain("tanh", w, 0, 0, T);
        return {
          value,
          wrongAnswers: [
            { value: 1, formula: "1", misconception: "bounded-activation-bounds-gradient" },
            { value: w * T, formula: "w·T", misconception: "gradients-add-over-time" },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
  {
    id: `${L}/clip-component`,
    title: "One component after norm clipping",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`A gradient $g = ({{a}}, {{b}})$ is clipped by norm with threshold $\theta = {{c}}$ (Pascanu et al. 2013, Algorithm 1). What is the first component of the clipped gradient?`,
    concepts: ["gradient-clipping"],
    difficulty: 1,
    hints: [
      String.raw`Compute $\|g\|$ and compare it with $\theta$. Does the rule apply?`,
      String.raw`The rule multiplies the whole vector by one factor, $\theta/\|g\|$. Apply that factor to the first component.`,
    ],
    explanation: String.raw`$\|g\| = \sqrt{ {{a}}^2 + {{b}}^2 }$ = {{norm}}, which is at least $\theta$, so $g \leftarrow \theta\,g/\|g\|$ and the first component becomes {{answer}}. Every component is scaled by the same factor, so the direction is kept. Capping each component at $\theta$ separately would be value clipping, a different rule.`,
    tolerance: { kind: "absolute", value: 0.01 },
    sim: simulate({
      params: {
        a: { min: 3, max: 12, step: 1 },
        b: { min: 4, max: 12, step: 1 },
        c: { choices: [1, 2, 2.5, 3, 4] },
      },
      describe: "clipByNorm([a, b], c) from lib/sim; key = clipped[0] (SCIENCE O11).",
      compute: ({ a, b, c }) => {
        const value = clipped([a, b], c)[0] ?? NaN;
        return {
          value,
          wrongAnswers: [
            {
              value: Math.min(a, c),
              formula: "min(a, θ)",
              misconception: "clipping-is-elementwise",
            },
            {
              value: a,
              formula: "a",
              misconception: "clipping-not-applied",
              feedback:
                "The norm is above the threshold, so the rule does apply: the whole vector is rescaled.",
            },
          ],
          vars: { answer: sig(value), norm: sig(Math.hypot(a, b)) },
        };
      },
    }),
  },
  {
    id: `${L}/cliff-gradient`,
    title: "The gradient on the cliff",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`A linear one-unit model (the linear case Pascanu et al. analyse beside their cliff $x_t = w\,\sigma(x_{t-1}) + b$) runs $x_t = w\,x_{t-1}$ from $x_0 = {{x0}}$ with $w = {{w}}$. What is $\partial x_T/\partial w$ at $T = {{T}}$?`,
    concepts: ["exploding-gradient"],
    difficulty: 3,
    hints: [
      String.raw`Write $x_T$ in closed form as a function of $w$, $x_0$ and $T$.`,
      String.raw`Differentiate that power of $w$ with respect to $w$, then put in the numbers.`,
    ],
    explanation: String.raw`$x_T = w^T x_0$, so $\partial x_T/\partial w = T\,w^{T-1} x_0$ = {{answer}}, far larger than $x_T$ itself. The second derivative grows even faster: the loss surface has steep walls, and a plain gradient step on one can throw $w$ far away. Clipping caps that step.`,
    tolerance: { kind: "relative", value: 0.01 },
    sim: simulate({
      params: {
        w: { choices: [1.05, 1.1, 1.15, 1.2] },
        x0: { choices: [0.5, 1] },
        T: { choices: [20, 30, 40, 50] },
      },
      describe:
        "scalarRecurrence(w, x0, T, 'linear').dxdw from lib/sim (forward-mode; SCIENCE O12).",
      compute: ({ w, x0, T }) => {
        const value = cliffGradient(w, x0, T);
        return {
          value,
          wrongAnswers: [
            {
              value: w ** T * x0,
              formula: "w^T·x0",
              misconception: "derivative-is-value",
              feedback:
                "That is x_T itself, the forward value; the question asks for its derivative with respect to w.",
            },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
  {
    id: `${L}/predict-lstm-grows`,
    title: "Predict: can an LSTM's gradient grow?",
    lessonId: L,
    type: "predict-plot",
    prompt: String.raw`In this lesson's scenario an LSTM (16 units, seed {{seed}}, small inputs) has its recurrent weights scaled by $s = {{s}}$ and a forget-gate bias, and runs $T = 60$ steps with the full gradient. Will $\|\partial L/\partial h_0\|$ end up larger or smaller than $\|\partial L/\partial h_T\|$ at this seed?`,
    concepts: ["exploding-gradient", "cell-state-path"],
    difficulty: 3,
    hints: [
      "The forget gates bound one path. Which paths back through time do they not bound?",
      String.raw`Growth through $h$ and the gates needs recurrent weights large enough that each step's factor exceeds 1. Is $s$ on that side here?`,
    ],
    explanation: String.raw`With $s \le 1$ every path shrinks and the gradient at step 0 is smaller. With $s = 2.5$ or 3 the terms through $W_{hh}$, $h$ and the gates can exceed 1 per step, and then the LSTM's full gradient grows even though the forget gates are below 1: the cell path is damped, the other paths are not. Here, at seed {{seed}}, $\|\partial L/\partial h_0\|$ is {{ratio}} times $\|\partial L/\partial h_{60}\|$. {{contrast}} This is why LSTMs are trained with clipping, and why one run proves little.`,
    options: [
      {
        id: "larger",
        text: String.raw`Larger: the gradient grows going back`,
        misconception: "explosion-without-large-weights",
      },
      {
        id: "smaller",
        text: String.raw`Smaller: the gradient shrinks going back`,
        misconception: "lstm-never-explodes",
      },
    ],
    sim: simulate({
      params: { s: { choices: [0.8, 1, 2.5, 3] }, seed: { min: 1, max: 3, step: 1 } },
      describe:
        "runScenario('how-lstm-handles-exploding-gradients', recurrentScale s, steps 60, inputScale 0.05, seed): series through-time/lstm-h at k = 0 against k = 60. The explanation also quotes seed 4 at the same s (it shrinks at s = 2.5 and 3).",
      compute: ({ s, seed }) => {
        const params = { steps: 60, recurrentScale: s, inputScale: 0.05, seed };
        const r = runScenario(L, params);
        const ratio =
          seriesValue(r, "through-time", "lstm-h", 0) /
          seriesValue(r, "through-time", "lstm-h", 60);
        // Seed 4 shrinks at s = 2.5 and 3: large weights are necessary for growth, not sufficient.
        const other = runScenario(L, { ...params, recurrentScale: Math.max(s, 2.5), seed: 4 });
        const otherRatio =
          seriesValue(other, "through-time", "lstm-h", 0) /
          seriesValue(other, "through-time", "lstm-h", 60);
        const contrast =
          s >= 2.5
            ? `Large recurrent weights are necessary for growth, not sufficient: with the same s, seed 4 gives ${sig(otherRatio)} times, because saturated units and gates pull that run's product down.`
            : `Growth needs larger recurrent weights, and even those are necessary, not sufficient: at s = 2.5, seed 4 gives ${sig(otherRatio)} times.`;
        return {
          correctOptionId: ratio > 1 ? "larger" : "smaller",
          observed: `At seed ${seed}, ‖∂L/∂h_0‖ is ${sig(ratio)} times ‖∂L/∂h_60‖.`,
          run: { scenarioId: L, params },
          vars: { ratio: sig(ratio), contrast },
        };
      },
    }),
  },
  {
    id: `${L}/lstm-and-explosion`,
    title: "How the LSTM deals with exploding gradients",
    lessonId: L,
    type: "single-choice",
    prompt: "How does the LSTM deal with exploding gradients?",
    concepts: ["exploding-gradient", "cell-state-path", "gradient-clipping"],
    difficulty: 2,
    hints: [
      String.raw`Along the cell, one step back multiplies by $\operatorname{diag}(f_t)$ with $0 < f_t < 1$. Can a product of such factors grow?`,
      String.raw`Now list the other routes from $h_T$ back to $h_0$: through which weights do they pass, and what bounds them?`,
    ],
    explanation: String.raw`The forget gates keep the cell path from growing, but the terms through $W_{hh}$, $h_{t-1}$ and the gates are not bounded by them, and with large recurrent weights the LSTM's gradient can explode. Clipping the gradient norm (Pascanu et al. 2013) is the standard remedy; it does nothing for vanishing gradients.`,
    options: [
      {
        id: "partly",
        text: "It damps growth on the cell path only; gradients can still explode through the hidden state and the gates, so LSTMs are trained with gradient clipping",
        correct: true,
      },
      {
        id: "never",
        text: "It cannot explode: forget gates below 1 bound every path back through time",
        correct: false,
        misconception: "lstm-never-explodes",
      },
      {
        id: "clip-inside",
        text: "Its gates clip the gradient internally, which also cures vanishing",
        correct: false,
        misconception: "clipping-fixes-vanishing",
      },
      {
        id: "additive-no-mult",
        text: "Its additive update means the backward pass has no multiplications that could grow",
        correct: false,
        misconception: "gates-remove-all-multiplication",
      },
    ],
  },
  {
    id: `${L}/clipping-facts`,
    title: "What norm clipping does",
    lessonId: L,
    type: "multiple-select",
    prompt: String.raw`Norm clipping: if $\|g\| \ge \theta$ then $g \leftarrow \theta\,g/\|g\|$. Which statements are true? Select all that apply.`,
    concepts: ["gradient-clipping", "exploding-gradient"],
    difficulty: 2,
    hints: [
      "Apply the rule to a vector and to twice that vector. What changes, what stays?",
      "Think of a gradient whose contribution from step 0 is 1e-8 and whose contribution from the last step is 10. What does one common factor do to their ratio?",
    ],
    explanation: String.raw`Clipping multiplies the whole vector by one factor $\theta/\|g\| \le 1$: the direction is kept, only the length is capped, which prevents huge steps on the steep walls of the loss. It never lengthens a gradient, so vanished long-range contributions stay vanished. Capping each entry separately is value clipping, which does change the direction.`,
    options: [
      {
        id: "direction",
        text: "It keeps the direction of the gradient and caps its length",
        correct: true,
      },
      {
        id: "walls",
        text: "It prevents huge parameter updates when the gradient explodes",
        correct: true,
        misconception: "clipping-useless-for-explosion",
      },
      {
        id: "vanishing",
        text: "It restores gradient contributions from distant steps that have vanished",
        correct: false,
        misconception: "clipping-fixes-vanishing",
      },
      {
        id: "elementwise",
        text: String.raw`It is the same as capping each component at $\theta$`,
        correct: false,
        misconception: "clipping-is-elementwise",
      },
      {
        id: "rotates",
        text: "It turns the gradient towards a safer direction",
        correct: false,
        misconception: "clipping-changes-direction",
      },
    ],
  },
  {
    id: `${L}/choose-fix-nan`,
    title: "Diagnose: loss jumps to NaN",
    lessonId: L,
    type: "single-choice",
    prompt:
      "An LSTM language model trains well for hours, then its loss suddenly becomes NaN. The logged gradient norm sits near 1 for most batches but spikes to about a million on a few batches just before. Which change addresses this most directly?",
    concepts: ["exploding-gradient", "gradient-clipping"],
    difficulty: 2,
    hints: [
      "Is this a gradient that is too small or too large? What do the spikes do to the size of one update?",
      "Which change bounds the length of a single step without changing its direction?",
    ],
    explanation: String.raw`Rare spikes followed by NaN are exploding gradients: one huge step throws the weights onto a region where the loss overflows. Clipping the gradient norm (Pascanu et al. 2013) caps every step at the threshold and keeps its direction. A GRU can explode too; a larger forget bias treats vanishing, not explosion; value clipping caps each component and changes the direction.`,
    options: [
      {
        id: "clip-norm",
        text: "Clip the gradient norm, e.g. at 1 to 5, before each update",
        correct: true,
      },
      {
        id: "gru",
        text: "Switch to a GRU, whose gates rule out exploding gradients",
        correct: false,
        misconception: "lstm-never-explodes",
      },
      {
        id: "forget-bias",
        text: "Raise the forget-gate bias so that more gradient survives the trip back",
        correct: false,
        misconception: "explosion-treated-as-vanishing",
      },
      {
        id: "value-clip",
        text: "Cap each gradient component at ±1, which keeps the gradient's direction",
        correct: false,
        misconception: "clipping-is-elementwise",
      },
    ],
  },
  {
    id: `${L}/threshold-change`,
    title: "Predict: doubling the clipping threshold",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`A gradient $g = ({{a}}, {{b}})$ is clipped by norm with threshold $\theta = {{c}}$, so the update has length {{c}}. You double the threshold to $2\theta$. What is the length of the clipped gradient now?`,
    concepts: ["gradient-clipping"],
    difficulty: 2,
    hints: [
      String.raw`Compute $\|g\|$ and compare it with the new threshold $2\theta$.`,
      String.raw`The rule rescales $g$ to length $2\theta$ only if $\|g\| \ge 2\theta$, and otherwise leaves $g$ alone. Which case is this?`,
    ],
    explanation: String.raw`$\|g\| = \sqrt{ {{a}}^2 + {{b}}^2 }$ = {{norm}}. Clipping only shortens: the new length is $\min(\|g\|, 2\theta)$ = {{answer}}. When $\|g\| < 2\theta$ the gradient passes unchanged; clipping never lengthens it to the threshold.`,
    tolerance: { kind: "relative", value: 0.01 },
    sim: simulate({
      params: { p: { choices: [0, 1, 2] }, c: { choices: [3, 4, 7] } },
      describe:
        "clipByNorm([a, b], 2c) from lib/sim with (a, b) = (3, 4), (5, 12) or (7, 24) for p = 0, 1, 2; key = the norm of the clipped vector (= min(||g||, 2c)).",
      compute: ({ p, c }) => {
        const [a, b] = CLIP_PAIRS[p] ?? [3, 4];
        const value = Math.hypot(...clipped([a, b], 2 * c));
        const norm = Math.hypot(a, b);
        return {
          value,
          // Each wrong rule only where it gives a different number from the key: below the new
          // threshold "clipping sets the length", above it "a larger threshold lets g through".
          wrongAnswers:
            norm < 2 * c
              ? [{ value: 2 * c, formula: "2θ", misconception: "clipping-sets-length" }]
              : [{ value: norm, formula: "‖g‖", misconception: "clipping-not-applied" }],
          vars: { a: String(a), b: String(b), answer: sig(value), norm: sig(norm) },
        };
      },
    }),
  },
];
