import { sig, simulate } from "../params";
import type { QuestionInput } from "../schema";
import { lstmCellGain, runScenario, seriesValue } from "../sim-keys";

const L = "why-lstm-solves-vanishing-gradients";

export const questions: QuestionInput[] = [
  {
    id: `${L}/forget-product`,
    lessonId: L,
    type: "numeric",
    prompt: String.raw`One LSTM unit has every weight and bias equal to zero except the forget-gate bias $b_f = {{b}}$, and it runs for $T = {{T}}$ steps. What is $|\partial c_T/\partial c_0|$?`,
    concepts: ["cell-state-path", "forget-gate-bias", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`With all other weights zero, the gates never change: what value does $f_t$ take at every step?`,
      String.raw`Going back one step along the cell multiplies by $f_t$, and no other path carries any gradient here. Combine $T$ such steps.`,
    ],
    explanation: String.raw`Every step $f_t = \sigma(b_f)$, and with zero recurrent weights $\partial c_t/\partial c_{t-1} = \operatorname{diag}(f_t)$ exactly, so $|\partial c_T/\partial c_0| = \sigma(b_f)^T$ = {{answer}} here. The forget bias sets the memory span: $\sigma(0) = 0.5$ halves the gradient every step, while $\sigma(5) \approx 0.993$ keeps half of it over 100 steps.`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: {
        b: { choices: [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5] },
        T: { choices: [10, 20, 50, 100] },
      },
      describe:
        "trace(): LSTM, hidden size 1, all weights 0, bias [0, b, 0, 0] (gate order i, f, g, o), exact Jacobian; key = cellJacobianNorms[0] (= sigmoid(b)^T, SCIENCE O8).",
      compute: ({ b, T }) => {
        const value = lstmCellGain(b, T);
        return {
          value,
          wrongAnswers: [{ value: 1, misconception: "forget-gate-always-one" }],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
  {
    id: `${L}/predict-cell-survives`,
    lessonId: L,
    type: "predict-plot",
    prompt: String.raw`In this lesson's scenario (16 units, random weights, seed {{seed}}), the LSTM's forget-gate bias is {{b}} and the sequence has $T = {{T}}$ steps. Will the LSTM's cell-path gradient (the curve "cell path only", the product of its forget gates) at step 0 be above or below $10^{-3}$ times its value at step $T$?`,
    concepts: ["forget-gate-bias", "cell-state-path", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`The dashed reference in the plot is $\sigma(b_f)^{T-k}$: the forget gate's typical value, compounded.`,
      String.raw`Estimate $\sigma(b_f)$ for this bias, raise it to the power $T$ and compare with $10^{-3}$. The solid cell-path curve uses the forget gates the run actually had: inputs and the drawn biases move them off $\sigma(b_f)$, so the curve can sit orders of magnitude away from the dashed line, but not across $10^{-3}$ at these biases.`,
    ],
    explanation: String.raw`Along the cell each step multiplies by roughly $\sigma(b_f)$. For $b_f \le 1$ that is at most $0.73$, and $0.73^{50} \approx 1.6 \times 10^{-7}$: the cell gradient vanishes too, just more slowly than the RNN's. For $b_f = 5$ or 6, $\sigma(b_f) > 0.99$ and about half of the gradient or more survives 100 steps.`,
    options: [
      {
        id: "above",
        text: String.raw`Above $10^{-3}$ of its value at step $T$`,
        misconception: "forget-gate-always-one",
      },
      {
        id: "below",
        text: String.raw`Below $10^{-3}$ of its value at step $T$`,
        misconception: "forget-bias-irrelevant",
      },
    ],
    sim: simulate({
      params: {
        b: { choices: [0, 1, 5, 6] },
        T: { choices: [50, 100] },
        seed: { min: 1, max: 5, step: 1 },
      },
      describe:
        "runScenario('why-lstm-solves-vanishing-gradients', forgetBias b, steps T, hiddenSize 16, seed): ratio of series lstm-path (cell path only) at k = 0 to k = T against 1e-3.",
      compute: ({ b, T, seed }) => {
        const params = { steps: T, forgetBias: b, hiddenSize: 16, seed };
        const r = runScenario(L, params);
        const ratio =
          seriesValue(r, "grad-norms", "lstm-path", 0) /
          seriesValue(r, "grad-norms", "lstm-path", T);
        return {
          correctOptionId: ratio >= 1e-3 ? "above" : "below",
          observed: `The cell-path gradient at step 0 is ${sig(ratio)} times its value at step ${T}.`,
          run: { scenarioId: L, params },
        };
      },
    }),
  },
  {
    id: `${L}/cell-jacobian`,
    lessonId: L,
    type: "single-choice",
    prompt: String.raw`For the full (untruncated) gradient of $c_t = f_t \odot c_{t-1} + i_t \odot g_t$, which is $\partial c_t/\partial c_{t-1}$?`,
    concepts: ["cell-state-path", "lstm-gates"],
    difficulty: 2,
    hints: [
      String.raw`Differentiate the first term treating $f_t$ as a constant. Then ask whether $f_t$, $i_t$ and $g_t$ really are constants with respect to $c_{t-1}$.`,
      String.raw`The gates read $h_{t-1} = o_{t-1} \odot \tanh(c_{t-1})$. Does that dependence add terms, and through which weights?`,
    ],
    explanation: String.raw`The first term gives $\operatorname{diag}(f_t)$. The gates and the candidate depend on $h_{t-1}$, which depends on $c_{t-1}$, so the full Jacobian adds terms through $W_{hh}$ and the gate derivatives. Only the 1997 truncated gradient (or zero recurrent weights) leaves $\operatorname{diag}(f_t)$ alone, and it is the identity only when $f_t = 1$.`,
    options: [
      {
        id: "diag-plus",
        text: String.raw`$\operatorname{diag}(f_t)$ plus terms through $h_{t-1}$ and the gates`,
        correct: true,
      },
      {
        id: "identity",
        text: String.raw`The identity $I$: the update is additive, so nothing multiplies the gradient`,
        correct: false,
        misconception: "gates-remove-all-multiplication",
      },
      {
        id: "diag-only",
        text: String.raw`Exactly $\operatorname{diag}(f_t)$, because the gates do not depend on $c_{t-1}$`,
        correct: false,
        misconception: "full-equals-truncated",
      },
    ],
  },
  {
    id: `${L}/forget-bias-facts`,
    lessonId: L,
    type: "multiple-select",
    prompt: String.raw`Which statements about the forget-gate bias $b_f$ are true? Select all that apply.`,
    concepts: ["forget-gate-bias", "cell-state-path"],
    difficulty: 2,
    hints: [
      String.raw`$f_t = \sigma(W_{if} x_t + W_{hf} h_{t-1} + b_f)$. What is $f_t$ when the weight terms are small?`,
      String.raw`Compute $\sigma(0)$ and $\sigma(1)$, then think about what each does to the cell gradient over many steps.`,
    ],
    explanation: String.raw`With small weights $f \approx \sigma(b_f)$, which sets the cell path's factor per step: $\sigma(0) = 0.5$ halves the gradient every step; $\sigma(1) \approx 0.73$ is better. Jozefowicz et al. (2015) recommend $b_f = 1$. Even a large bias leaves a multiplication by $f_t < 1$.`,
    options: [
      {
        id: "sigma-b",
        text: String.raw`With small input and recurrent weights, $f_t \approx \sigma(b_f)$`,
        correct: true,
      },
      {
        id: "jozefowicz",
        text: "Jozefowicz, Zaremba and Sutskever (2015) recommend initialising it to 1",
        correct: true,
      },
      {
        id: "halves",
        text: String.raw`With $b_f = 0$ and small weights, the cell path halves the gradient at every step`,
        correct: true,
      },
      {
        id: "zero-is-one",
        text: String.raw`With $b_f = 0$ the forget gate starts fully open, at 1`,
        correct: false,
        misconception: "forget-gate-always-one",
      },
      {
        id: "forward-only",
        text: "The bias changes the forward pass only; the gradient does not depend on it",
        correct: false,
        misconception: "forget-bias-irrelevant",
      },
      {
        id: "no-mult",
        text: "A large enough bias removes every multiplication from the backward path along the cell",
        correct: false,
        misconception: "gates-remove-all-multiplication",
      },
    ],
  },
  {
    id: `${L}/explain-cell-path`,
    lessonId: L,
    type: "short-text",
    prompt:
      "In two or three sentences: why does the gradient along an LSTM's cell state survive many more steps than the gradient of a plain tanh RNN?",
    concepts: ["cell-state-path", "vanishing-gradient", "forget-gate-bias"],
    difficulty: 2,
    hints: [
      String.raw`Write the cell update and look at how $c_{t-1}$ enters it.`,
      "Say what one step back along the cell multiplies the gradient by, what the RNN multiplies it by instead, and when the cell's factor is close to harmless.",
    ],
    explanation: String.raw`The cell update is additive, $c_t = f_t \odot c_{t-1} + i_t \odot g_t$, so one step back along the cell multiplies by $\operatorname{diag}(f_t)$ (plus gate terms) instead of $\operatorname{diag}(\tanh')\,W$. When the forget gate is near 1, helped by a positive bias, the product of many such factors stays large.`,
    rubric: {
      ideas: [
        {
          id: "additive",
          label: "the cell update is additive",
          patterns: ["addit", "\\badd", "\\bsum", "plus", "\\+"],
        },
        {
          id: "forget-factor",
          label: "going back one step multiplies by the forget gate (not W and tanh')",
          patterns: ["forget", "\\bf_?t\\b", "diag\\(f", "\\bf\\b"],
        },
        {
          id: "near-one",
          label: "the forget gate can stay close to 1",
          patterns: [
            "(close|near|approximately|about|almost) (to )?(1|one)",
            "≈ ?1",
            "~ ?1",
            "\\bbias",
            "open",
          ],
        },
      ],
      misconceptionPatterns: [
        {
          patterns: ["(no|without|removes? (all|any)) multiplication"],
          misconception: "gates-remove-all-multiplication",
        },
        { patterns: ["(never|cannot|can't|can not) vanish"], misconception: "lstm-never-vanishes" },
      ],
    },
    modelAnswer:
      "The cell is updated additively, c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t, so one step back along it multiplies the gradient by the forget gate rather than by a weight matrix and a tanh derivative. When the forget gate stays close to 1 (a positive forget bias helps) the product of these factors shrinks slowly, so the gradient survives many steps.",
  },
];
