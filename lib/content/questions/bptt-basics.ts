import { sig, simulate } from "../params";
import type { QuestionInput } from "../schema";
import {
  firstStepBelow,
  fixedPointTanhGain,
  linearPowerNorm,
  nearestX,
  orthogonalGain,
  runScenario,
  seriesValue,
} from "../sim-keys";

const NON_NORMAL = [
  [0.5, 1],
  [0, 0.5],
];

export const questions: QuestionInput[] = [
  {
    id: "bptt-basics/orthogonal-power",
    title: "Gradient norm of an orthogonal linear RNN",
    lessonId: "bptt-basics",
    type: "numeric",
    prompt: String.raw`A linear recurrent network $h_t = W h_{t-1}$ has $W = s\,Q$, where $Q$ is a random $4 \times 4$ orthogonal matrix (draw {{q}}) and $s = {{s}}$. What is $\|\partial h_T / \partial h_0\|_2$ after $T = {{T}}$ steps?`,
    concepts: ["bptt", "vanishing-gradient", "exploding-gradient", "spectral-norm"],
    difficulty: 1,
    hints: [
      String.raw`Write $\partial h_T/\partial h_0$ as a product of $T$ per-step Jacobians. What is each factor for a linear network?`,
      String.raw`An orthogonal matrix preserves lengths, so every singular value of $sQ$ equals $s$. What does that make the norm of a product of $T$ such factors?`,
    ],
    explanation: String.raw`Every step multiplies by the same $W = sQ$, so $\partial h_T/\partial h_0$ is the $T$-th power of $W$, which is $s^T$ times a product of orthogonal matrices. Orthogonal matrices have norm 1, so the norm is $s^T \approx$ {{answer}}. A factor a little below 1 vanishes geometrically, a little above 1 explodes: nothing is added up over the steps.`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: {
        s: { choices: [0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.2] },
        T: { choices: [10, 20, 30, 40, 50] },
        q: { min: 1, max: 50, step: 1 },
      },
      describe:
        "trace(): linear RNN, hidden size 4, init orthogonal with initScale s and seed q, exact Jacobian; key = jacobianNorms[0] (= s^T, SCIENCE O1).",
      compute: ({ s, T, q }) => {
        const value = orthogonalGain(s, T, q);
        return {
          value,
          wrongAnswers: [
            { value: s * T, formula: "s·T", misconception: "gradients-add-over-time" },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
  {
    id: "bptt-basics/non-normal-power",
    title: "Gradient norm of a non-normal linear RNN",
    lessonId: "bptt-basics",
    type: "numeric",
    prompt: String.raw`A linear network $h_t = W h_{t-1}$ has $W = \begin{pmatrix} 0.5 & 1 \\ 0 & 0.5 \end{pmatrix}$. Both eigenvalues are $0.5$, so its spectral radius is $0.5$. What is $\|\partial h_T/\partial h_0\|_2$ for $T = {{T}}$?`,
    concepts: ["spectral-norm", "bptt", "vanishing-gradient"],
    difficulty: 3,
    hints: [
      String.raw`$\partial h_T/\partial h_0$ is the $T$-th power of $W$. Multiply it out for $T = 2$ and look at the pattern: the diagonal stays $0.5^T$; what happens to the corner entry?`,
      String.raw`For $A = \begin{pmatrix} a & c \\ 0 & a \end{pmatrix}$ the largest singular value is the square root of the largest eigenvalue of $A^\top A$. Compute that $2 \times 2$ eigenvalue with your $a$ and $c$.`,
    ],
    explanation: String.raw`The $T$-th power of $W$ is $\begin{pmatrix} 0.5^T & T\,0.5^{T-1} \\ 0 & 0.5^T \end{pmatrix}$, and its largest singular value is $\tfrac12\big(c + \sqrt{c^2 + 4a^2}\big)$ with $a = 0.5^T$, $c = T\,0.5^{T-1}$: {{answer}} here. For small $T$ this exceeds $0.5^T$ by far (and exceeds 1 for $T \le 2$). Vanishing and exploding bounds use singular values; the spectral radius only tells you the long-run rate.`,
    tolerance: { kind: "relative", value: 0.01 },
    sim: simulate({
      params: { T: { min: 1, max: 6, step: 1 } },
      describe:
        "trace(): linear RNN with weightHH [[0.5, 1], [0, 0.5]], exact Jacobian; key = jacobianNorms[0] = ||W^T||_2 (SCIENCE O2).",
      compute: ({ T }) => {
        const value = linearPowerNorm(NON_NORMAL, T);
        return {
          value,
          wrongAnswers: [
            { value: 0.5 ** T, formula: "0.5^T", misconception: "spectral-radius-suffices" },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
  {
    id: "bptt-basics/bptt-steps",
    title: "The steps of one BPTT update",
    lessonId: "bptt-basics",
    type: "ordering",
    prompt: "Put the steps of one training update with backpropagation through time in order.",
    concepts: ["bptt"],
    difficulty: 1,
    hints: [
      "The backward pass needs values that only the forward pass produces.",
      "The gradient for the shared weights collects a contribution at every step it passes through; when can you use the total?",
    ],
    explanation: String.raw`Run forward and keep every state; start the backward pass at the end with $\partial L/\partial h_T$; pass it back one step at a time by multiplying with each step's Jacobian, adding each step's contribution to the shared $W$'s gradient on the way; once the sum is complete, clip its norm if it is above the threshold; only then update the weights.`,
    items: [
      {
        id: "forward",
        text: "Run the network forward over the sequence, storing every hidden state",
      },
      {
        id: "loss",
        text: String.raw`Compute the loss and its gradient with respect to the last state, $\partial L/\partial h_T$`,
      },
      {
        id: "backward",
        text: "Pass the gradient back one step at a time, multiplying by each step's Jacobian and adding each step's contribution to the shared weights' gradient",
      },
      {
        id: "clip",
        text: "Clip the summed gradient's norm if it is above the threshold",
      },
      { id: "update", text: "Update the weights with the clipped gradient" },
    ],
    correctOrder: ["forward", "loss", "backward", "clip", "update"],
  },
  {
    id: "bptt-basics/vanishing-condition",
    title: "Which condition guarantees vanishing",
    lessonId: "bptt-basics",
    type: "single-choice",
    prompt: String.raw`For a $\tanh$ RNN, $h_t = \tanh(W h_{t-1} + U x_t + b)$, which condition guarantees that $\|\partial h_T/\partial h_k\|$ vanishes as the gap $T - k$ grows (Pascanu et al. 2013)?`,
    concepts: ["spectral-norm", "vanishing-gradient", "activation-derivatives"],
    difficulty: 2,
    hints: [
      String.raw`Bound one step: $\|\operatorname{diag}(\tanh'(a_t))\,W\| \le \gamma\,\|W\|$. What is $\gamma$ for $\tanh$?`,
      "The bound needs a matrix norm of W that controls every step, whatever the states are. Eigenvalues describe repeated multiplication by the same matrix; which quantity bounds a single multiplication?",
    ],
    explanation: String.raw`Each factor satisfies $\|J_t\|_2 \le \gamma\,\sigma_{\max}(W)$ with $\gamma = 1$ for $\tanh$. If $\sigma_{\max}(W) < 1$, every factor is at most some $\eta < 1$ and the product is at most $\eta^{T-k}$. The spectral radius does not bound single steps (a non-normal $W$ can have spectral radius 0.5 and norm 1.2), and small forward activations say nothing about the backward product.`,
    options: [
      {
        id: "singular-below-one",
        text: String.raw`The largest singular value of $W$ is below 1`,
        correct: true,
      },
      {
        id: "radius-below-one",
        text: String.raw`The spectral radius of $W$ is below 1, which bounds every step's Jacobian by 1`,
        correct: false,
        misconception: "spectral-radius-suffices",
      },
      {
        id: "small-activations",
        text: "The hidden states stay small in the forward pass",
        correct: false,
        misconception: "vanishing-is-forward-only",
      },
      {
        id: "wide",
        text: "The hidden state has more units than the sequence has steps",
        correct: false,
        misconception: "bigger-hidden-fixes-vanishing",
      },
    ],
  },
  {
    id: "bptt-basics/predict-sweep",
    title: "Predict: gradient across the spectral-norm sweep",
    lessonId: "bptt-basics",
    type: "predict-plot",
    prompt: String.raw`The sweep scenario runs a $\tanh$ RNN for $T = 30$ steps with $W = \sigma Q$ ($Q$ orthogonal, 8 units) and inputs of standard deviation {{u}}. At $\sigma \approx {{sigma}}$, will $\|\partial h_T/\partial h_0\|_2$ be below or above 1?`,
    concepts: [
      "spectral-norm",
      "exploding-gradient",
      "vanishing-gradient",
      "activation-derivatives",
    ],
    difficulty: 3,
    hints: [
      String.raw`Compare $\sigma$ with $1/\gamma = 1$: below it, Pascanu's bound forces vanishing; above it, growth is possible but not certain.`,
      String.raw`With inputs of size 0 the units stay near 0, where $\tanh' \approx 1$. Large inputs push units into saturation. What does saturation do to each step's factor?`,
    ],
    explanation: String.raw`Below $\sigma = 1$ the gradient must vanish. Above it, it grows only if the units stay in the near-linear range: with zero inputs the factor per step is about $\sigma$, so $\sigma^{30}$ is huge; with large inputs most units saturate, $\tanh'$ is small, and the product shrinks even for $\sigma = 2.5$. A largest singular value above $1/\gamma$ is necessary for explosion, not sufficient.`,
    options: [
      {
        id: "below",
        text: "Below 1: the gradient shrank",
        misconception: "bounded-activation-bounds-gradient",
      },
      {
        id: "above",
        text: "Above 1: the gradient grew",
        misconception: "large-norm-guarantees-explosion",
      },
    ],
    sim: simulate({
      params: {
        u: { choices: [0, 2] },
        s: { choices: [0.8, 1.5, 2.5] },
        seed: { choices: [1, 2, 3] },
      },
      describe:
        "runScenario('spectral-radius-sweep', tanh, orthogonal, 8 units, T = 30, inputScale u, seed): the 'measured' point nearest σ = s, below or above 1 (every drawn case lies below 0.04 or above 1e5).",
      compute: ({ u, s, seed }) => {
        const params = {
          steps: 30,
          activation: "tanh",
          matrix: "orthogonal",
          hiddenSize: 8,
          inputScale: u,
          seed,
        };
        const r = runScenario("spectral-radius-sweep", params);
        const x = nearestX(r, "sweep", "measured", s);
        const v = seriesValue(r, "sweep", "measured", x);
        const id = v < 1 ? "below" : "above";
        return {
          correctOptionId: id,
          observed: `At σ ≈ ${x.toFixed(2)} the measured ‖∂h_T/∂h_0‖ is ${sig(v)}.`,
          run: { scenarioId: "spectral-radius-sweep", params },
          vars: { sigma: x.toFixed(2) },
        };
      },
    }),
  },
  {
    id: "bptt-basics/read-first-below",
    title: "Read the curve: when does the gradient fall below 1e-6?",
    lessonId: "bptt-basics",
    type: "numeric",
    prompt: String.raw`One $\tanh$ unit runs $h_t = \tanh(w\,h_{t-1})$ from $h_0 = 0$ with $w = {{w}}$ and no input. On a log axis, $|\partial h_T/\partial h_0|$ plotted against the gap $T$ is a straight line starting at 1. At which gap $T$ does it first fall below $10^{-6}$?`,
    concepts: ["bptt", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`The unit stays at 0, where $\tanh' = 1$. What does one step back multiply the gradient by, and what is the value after $T$ steps?`,
      String.raw`Solve $w^T < 10^{-6}$ for the smallest whole $T$: take logarithms and remember that $\ln w < 0$ flips the inequality. Which $T$ is it?`,
    ],
    explanation: String.raw`Each step back multiplies by $\tanh'(0)\,w = w$, so the curve is $w^T$, a straight line on a log axis with slope $\log_{10} w$ per step. It first drops below $10^{-6}$ at $T = \lceil \ln 10^{-6} / \ln w \rceil$ = {{answer}}. Reading the factors as if they added up ($1 - T(1 - w)$) would put the crossing at only {{additive}} steps.`,
    tolerance: { kind: "absolute", value: 0.5 },
    sim: simulate({
      params: { w: { choices: [0.5, 0.6, 0.7, 0.8, 0.9] } },
      describe:
        "scalarChainGain('tanh', w, 0, 0, T) from lib/sim for T = 1, 2, …; key = the first T with a value below 1e-6 (= ceil(ln 1e-6 / ln w)).",
      compute: ({ w }) => {
        const value = firstStepBelow(w, 1e-6);
        const additive = Math.ceil((1 - 1e-6) / (1 - w));
        return {
          value,
          wrongAnswers: [
            {
              value: additive,
              formula: "⌈(1 − 10⁻⁶)/(1 − w)⌉",
              misconception: "gradients-add-over-time",
            },
          ],
          vars: { answer: String(value), additive: String(additive) },
        };
      },
    }),
  },
  {
    id: "bptt-basics/fixed-point-derivation",
    title: "Two steps: a tanh unit at a fixed point",
    lessonId: "bptt-basics",
    type: "numeric",
    prompt: String.raw`A one-unit $\tanh$ RNN, $h_t = \tanh(w\,h_{t-1} + b)$ with $w = {{w}}$, has its bias chosen so that it sits at the fixed point $h_t = {{h}}$ at every step. What is $|\partial h_T/\partial h_0|$ after $T = {{T}}$ steps?`,
    concepts: ["activation-derivatives", "bptt", "vanishing-gradient"],
    difficulty: 3,
    hints: [
      String.raw`First step: $\tanh'(a) = 1 - \tanh(a)^2$, and here $\tanh(a_t) = h_t$. What is the derivative at this fixed point?`,
      String.raw`Second step: one step back multiplies the gradient by $\tanh'(a_t)\,w$, the same number at every step. Combine $T$ of them.`,
    ],
    explanation: String.raw`At the fixed point $\tanh'(a_t) = 1 - h^2$, so each step multiplies the gradient by $w(1 - h^2)$ and $|\partial h_T/\partial h_0| = \big(w(1 - h^2)\big)^T$ = {{answer}}. Forgetting the derivative gives $w^T$; a saturated unit (large $|h|$) shrinks the gradient even when $w > 1$.`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: {
        w: { choices: [1.5, 2] },
        h: { choices: [0.6, 0.8] },
        T: { choices: [5, 10] },
      },
      describe:
        "trace(): tanh RNN, hidden size 1, weightHH [[w]], bias atanh(h) - w h, h_0 = h, exact Jacobian; key = jacobianNorms[0] (= (w (1 - h^2))^T).",
      compute: ({ w, h, T }) => {
        const value = fixedPointTanhGain(w, h, T);
        const d = 1 - h * h;
        return {
          value,
          wrongAnswers: [
            { value: w ** T, formula: "w^T", misconception: "saturation-harmless" },
            { value: w * d * T, formula: "w·(1 − h²)·T", misconception: "gradients-add-over-time" },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
];
