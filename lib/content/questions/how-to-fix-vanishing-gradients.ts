import { sig, simulate } from "../params";
import type { QuestionInput } from "../schema";
import { runScenario, scalarChainGain, seriesValue, stackGain } from "../sim-keys";

const L = "how-to-fix-vanishing-gradients";
const CHAINS = ["rnn-sigmoid", "rnn-tanh", "rnn-relu"] as const;

export const questions: QuestionInput[] = [
  {
    id: `${L}/sigmoid-chain`,
    title: "Gradient through a sigmoid chain",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`One sigmoid unit runs $h_t = \sigma(w\,h_{t-1} + b)$ with $w = {{w}}$ and $b = -w/2$, starting at $h_0 = 0.5$ (a fixed point). What is $|\partial h_T/\partial h_0|$ after $T = {{T}}$ steps?`,
    concepts: ["activation-derivatives", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`Check that $h$ stays at 0.5. What is the sigmoid's derivative $\sigma(1 - \sigma)$ there?`,
      String.raw`Each step back multiplies by $\sigma'(a_t)\,w$ with the same value every step. Combine $T$ of them.`,
    ],
    explanation: String.raw`At the fixed point $\sigma'(0) = 0.5 \cdot 0.5 = \tfrac14$, the largest the sigmoid's derivative ever gets, so each step multiplies by $w/4$ and the answer is $(w/4)^T$ = {{answer}}. Unless $w$ reaches 4 (the $1/\gamma$ of Pascanu et al.), a sigmoid chain vanishes.`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: { w: { choices: [0.5, 1, 1.5, 2, 3] }, T: { min: 3, max: 10, step: 1 } },
      describe:
        "trace(): sigmoid RNN, hidden size 1, weightHH [[w]], bias [-w/2], h_0 = 0.5, exact Jacobian; key = jacobianNorms[0] (= (w/4)^T; SCIENCE O4 for w = 1).",
      compute: ({ w, T }) => {
        const value = scalarChainGain("sigmoid", w, -w / 2, 0.5, T);
        return {
          value,
          wrongAnswers: [
            { value: w ** T, formula: "w^T", misconception: "sigmoid-derivative-one" },
            { value: (T * w) / 4, formula: "T·w/4", misconception: "gradients-add-over-time" },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
  {
    id: `${L}/residual-stack`,
    title: "Gradient through a residual stack",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`A stack of $L = {{L}}$ one-unit residual blocks computes $x_{l+1} = x_l + \tanh(a\,x_l)$ with $a = {{a}}$, starting at $x_0 = 0$. What is $\partial x_L/\partial x_0$?`,
    concepts: ["residual-connections", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`Starting at 0, where do the activations stay? What is the derivative of one block there?`,
      String.raw`One block's derivative is $1 + a\,\tanh'(a x_l)$, a sum, because of the shortcut. Multiply $L$ of them.`,
    ],
    explanation: String.raw`Each block has derivative $1 + a$ at 0, so the stack gives $(1 + a)^L$ = {{answer}}. Without the shortcuts it would be $a^L$ = {{plain}}. The identity path adds 1 to every factor and has no parameters of its own (He et al. 2016).`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: { a: { choices: [0.05, 0.1, 0.2, 0.3] }, L: { choices: [5, 10, 20, 30] } },
      describe:
        "ffForward/ffBackward from lib/sim: width 1, tanh, residual, every layer weight a, bias 0, x_0 = 0; key = |dx_L/dx_0| (= (1 + a)^L, SCIENCE O10).",
      compute: ({ a, L: layers }) => {
        const value = stackGain(a, layers, true);
        const plain = stackGain(a, layers, false);
        return {
          value,
          wrongAnswers: [
            {
              value: plain,
              formula: "a^L (the stack without shortcuts)",
              misconception: "residual-path-still-multiplies",
            },
            { value: 1 + a * layers, formula: "1 + a·L", misconception: "gradients-add-over-time" },
          ],
          vars: { answer: sig(value), plain: sig(plain) },
        };
      },
    }),
  },
  {
    id: `${L}/predict-activations`,
    title: "Predict: which activation keeps the gradient",
    lessonId: L,
    type: "predict-plot",
    prompt: String.raw`In this lesson's scenario, three RNNs (sigmoid, $\tanh$, ReLU) share a recurrent matrix initialised as {{initText}} (weight scale 1, seed {{seed}}) and run $T = {{T}}$ steps. Which one keeps the largest gradient $\|\partial L/\partial h_0\|$?`,
    concepts: ["activation-derivatives", "initialisation", "vanishing-gradient"],
    difficulty: 3,
    hints: [
      "The sigmoid's derivative is at most 1/4. Start by ruling it in or out.",
      String.raw`ReLU's derivative is 1 on active units and 0 on the others. With $W = I$, which units stay active? With a random orthogonal $W$, what happens to roughly half of the units at each step?`,
    ],
    explanation: String.raw`The sigmoid loses at least a factor 4 per step. With the identity initialisation (the IRNN of Le, Jaitly and Hinton 2015) active ReLU units pass the gradient unchanged, so ReLU keeps the most. With a random orthogonal matrix, about half the ReLU units are inactive at each step and their gradient is cut; $\tanh$, whose derivative is near 1 around 0, keeps more. ReLU helps together with the right initialisation, not alone.`,
    options: [
      { id: "sigmoid", text: "The sigmoid RNN", misconception: "sigmoid-derivative-one" },
      { id: "tanh", text: String.raw`The $\tanh$ RNN`, misconception: "init-irrelevant" },
      { id: "relu", text: "The ReLU RNN", misconception: "relu-alone-fixes-rnns" },
    ],
    sim: simulate({
      params: { init: { choices: [0, 1] }, T: { choices: [20, 50] }, seed: { choices: [1, 2] } },
      describe:
        "runScenario('how-to-fix-vanishing-gradients', recurrentInit identity (init = 0) or orthogonal (1), weightScale 1, depth T, seed): the largest of chains/rnn-{sigmoid,tanh,relu} at k = 0.",
      compute: ({ init, T, seed }) => {
        const recurrentInit = init === 0 ? "identity" : "orthogonal";
        const params = { depth: T, weightScale: 1, recurrentInit, seed };
        const r = runScenario(L, params);
        const values = CHAINS.map((id) => seriesValue(r, "chains", id, 0));
        const best = values.indexOf(Math.max(...values));
        const ids = ["sigmoid", "tanh", "relu"];
        return {
          correctOptionId: ids[best] ?? "relu",
          observed: `At step 0: sigmoid ${sig(values[0] ?? 0)}, tanh ${sig(values[1] ?? 0)}, ReLU ${sig(values[2] ?? 0)}.`,
          run: { scenarioId: L, params },
          vars: { initText: init === 0 ? "the identity (IRNN)" : "a random orthogonal matrix" },
        };
      },
    }),
  },
  {
    id: `${L}/remedies`,
    title: "Remedies for vanishing gradients",
    lessonId: L,
    type: "multiple-select",
    prompt:
      "Which of these counter vanishing gradients in a recurrent network? Select all that apply.",
    concepts: [
      "activation-derivatives",
      "initialisation",
      "residual-connections",
      "gradient-clipping",
    ],
    difficulty: 1,
    hints: [
      String.raw`Each step multiplies the gradient by $\operatorname{diag}(\phi')\,W$. A remedy must change $\phi'$, change $W$, or add a path around the product.`,
      "For each option ask: does it make small factors larger, or only large gradients smaller, or neither?",
    ],
    explanation: String.raw`Orthogonal or identity initialisation makes $W$'s singular values 1 at the start; gating (LSTM, GRU) and residual shortcuts add a path whose factor is near 1; layer normalisation keeps units out of saturation. Clipping only shortens long gradients, and a wider hidden state does not change the per-step factor.`,
    options: [
      {
        id: "orthogonal",
        text: "Orthogonal or identity initialisation of the recurrent matrix",
        correct: true,
      },
      { id: "gating", text: "Gated units such as the LSTM or the GRU", correct: true },
      {
        id: "residual",
        text: "Residual (identity) shortcut connections",
        correct: true,
        misconception: "residual-path-still-multiplies",
      },
      { id: "layernorm", text: "Layer normalisation", correct: true },
      {
        id: "clipping",
        text: "Gradient norm clipping",
        correct: false,
        misconception: "clipping-fixes-vanishing",
      },
      {
        id: "wider",
        text: "A much larger hidden state",
        correct: false,
        misconception: "bigger-hidden-fixes-vanishing",
      },
    ],
  },
  {
    id: `${L}/residual-how`,
    title: "Why residual connections help",
    lessonId: L,
    type: "single-choice",
    prompt: String.raw`He et al. (2016) show that for residual units $x_{l+1} = x_l + F(x_l)$, $\frac{\partial E}{\partial x_l} = \frac{\partial E}{\partial x_L}\big(1 + \frac{\partial}{\partial x_l}\sum_{i=l}^{L-1} F(x_i)\big)$. Why does this keep gradients from vanishing?`,
    concepts: ["residual-connections", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      "Look at the term that does not involve F at all. Where does it come from?",
      "If every branch's derivative were tiny, what would still reach layer l?",
    ],
    explanation: String.raw`The "1" comes from the identity shortcut: $\partial E/\partial x_L$ reaches every earlier layer directly, whatever the branches do, so the gradient cannot be a pure product of small factors. The shortcut is an identity with no parameters; and ReLU inside $F$ is neither needed nor sufficient for this.`,
    options: [
      {
        id: "identity-term",
        text: "The identity shortcut contributes a term that carries the top gradient to every layer without passing through any branch",
        correct: true,
      },
      {
        id: "more-params",
        text: "The shortcut adds trainable parameters that amplify the gradient",
        correct: false,
        misconception: "residual-adds-parameters",
      },
      {
        id: "relu",
        text: "Residual networks use ReLU, whose derivative is 1, so nothing shrinks",
        correct: false,
        misconception: "relu-alone-fixes-rnns",
      },
      {
        id: "product",
        text: "It does not: the gradient is still the product of the branches' derivatives",
        correct: false,
        misconception: "residual-path-still-multiplies",
      },
    ],
  },
  {
    id: `${L}/choose-fix-stall`,
    title: "Diagnose: training stalls on a long gap",
    lessonId: L,
    type: "single-choice",
    prompt:
      "A plain tanh RNN must learn that the token at step 1 decides the label at step 100. Its loss falls quickly to the level reached by guessing from the last few tokens and then stays flat for days. Gradient norms are small and steady and never spike. Which change is most likely to help?",
    concepts: ["vanishing-gradient", "gradient-clipping", "activation-derivatives"],
    difficulty: 2,
    hints: [
      "Is the signal from step 100 to step 1 too large or too small? What do the steady, small norms tell you?",
      "Which change gives the gradient a path whose factor per step stays near 1?",
    ],
    explanation: String.raw`A silent stall with small, steady gradients is vanishing: the contribution from step 1 is a product of 99 factors below 1. A gated cell with a forget-gate bias of 1 or more gives it a path with factors near 1. Clipping only shortens long gradients; a wider hidden state keeps the same per-step factor; sigmoid units have $\sigma' \le 1/4$ and make it worse.`,
    options: [
      {
        id: "lstm",
        text: "Replace it by an LSTM with a forget-gate bias of 1 or more",
        correct: true,
      },
      {
        id: "clip",
        text: "Clip the gradient norm at 1",
        correct: false,
        misconception: "clipping-fixes-vanishing",
      },
      {
        id: "wider",
        text: "Double the hidden state's size",
        correct: false,
        misconception: "bigger-hidden-fixes-vanishing",
      },
      {
        id: "sigmoid",
        text: "Use sigmoid units instead of tanh, since their derivative can reach 1",
        correct: false,
        misconception: "sigmoid-derivative-one",
      },
    ],
  },
  {
    id: `${L}/residual-depth-change`,
    title: "Predict: doubling a residual stack's depth",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`A stack of $L = {{L}}$ one-unit residual blocks $x_{l+1} = x_l + \tanh(a\,x_l)$ with $a = {{a}}$, starting at $x_0 = 0$, has some gradient $\partial x_L/\partial x_0$. You double the depth to $2L$. By what factor does $\partial x_L/\partial x_0$ change?`,
    concepts: ["residual-connections", "vanishing-gradient"],
    difficulty: 3,
    hints: [
      String.raw`Write the gradient of a stack of $L$ such blocks at 0 as a power.`,
      String.raw`Divide the gradient of $2L$ blocks by that of $L$ blocks: what is left?`,
    ],
    explanation: String.raw`At 0 each block has derivative $1 + a$, so the stack gives $(1 + a)^L$; doubling the depth multiplies it by another $(1 + a)^L$ = {{answer}}. Factors compound, so the change is not simply 2; and the shortcut keeps each factor above 1, so it is not the plain stack's $a^L$.`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: { a: { choices: [0.05, 0.1, 0.2] }, L: { choices: [5, 10, 20] } },
      describe:
        "ffForward/ffBackward from lib/sim, width 1, tanh, residual, every weight a: stackGain(a, 2L) / stackGain(a, L) (= (1 + a)^L).",
      compute: ({ a, L: layers }) => {
        const value = stackGain(a, 2 * layers, true) / stackGain(a, layers, true);
        return {
          value,
          wrongAnswers: [
            { value: 2, formula: "2", misconception: "gradients-add-over-time" },
            { value: a ** layers, formula: "a^L", misconception: "residual-path-still-multiplies" },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
];
