import { sig, simulate } from "../params";
import type { QuestionInput } from "../schema";
import { runScenario, seriesValue } from "../sim-keys";

export const questions: QuestionInput[] = [
  {
    id: "what-problem-lstm-solves/main-problem",
    title: "The problem the LSTM was designed for",
    lessonId: "what-problem-lstm-solves",
    type: "single-choice",
    prompt: "Which problem was the LSTM mainly designed to solve?",
    concepts: ["vanishing-gradient", "long-term-dependencies"],
    difficulty: 1,
    hints: [
      "Think about training, not about what the network can represent.",
      "Which signal has to cross the whole gap between cause and effect when the network learns, and what happens to it on the way?",
    ],
    explanation:
      "A plain RNN can carry information in its hidden state, but it cannot learn long-range links: the error signal that would teach it is multiplied by one Jacobian per step and fades. The LSTM's cell gives that signal an additive path. It does not rule out exploding gradients, and it does not store the whole history.",
    options: [
      {
        id: "long-gaps",
        text: "Learning dependencies across long time gaps, where the error signal of a plain RNN vanishes on its way back",
        correct: true,
      },
      {
        id: "no-memory",
        text: "Plain RNNs cannot keep any information in their hidden state from one step to the next",
        correct: false,
        misconception: "rnn-cannot-remember-at-all",
      },
      {
        id: "exploding",
        text: "Exploding gradients, which the gates rule out",
        correct: false,
        misconception: "lstm-never-explodes",
      },
      {
        id: "capacity",
        text: "Limited memory: the LSTM's cell stores the whole input history",
        correct: false,
        misconception: "lstm-stores-everything",
      },
    ],
  },
  {
    id: "what-problem-lstm-solves/gate-roles",
    title: "What each LSTM gate does",
    lessonId: "what-problem-lstm-solves",
    type: "multiple-select",
    prompt: String.raw`The LSTM cell is $c_t = f_t \odot c_{t-1} + i_t \odot g_t$ with output $h_t = o_t \odot \tanh(c_t)$. Which statements are true? Select all that apply.`,
    concepts: ["lstm-gates", "cell-state-path"],
    difficulty: 1,
    hints: [
      "Read each gate off the equations: which term does it multiply?",
      String.raw`Each gate is a sigmoid of the input and the previous output, so it lies between 0 and 1. Can a value in that range be fixed, and does multiplying by it count as multiplication?`,
    ],
    explanation: String.raw`$f_t$ scales the old cell, $i_t$ scales the candidate $g_t$ before it is written, and $o_t$ scales what the cell shows as $h_t$. The gates are learned sigmoids, not constants, and going back along the cell still multiplies by $f_t$. The constant error carousel is the cell's self-connection, not the gates.`,
    options: [
      {
        id: "forget",
        text: "The forget gate scales the old cell state, element by element",
        correct: true,
      },
      {
        id: "input",
        text: "The input gate scales how much of the candidate is written to the cell",
        correct: true,
      },
      {
        id: "output",
        text: String.raw`The output gate scales how much of the cell appears in $h_t$`,
        correct: true,
      },
      {
        id: "fixed",
        text: "The forget gate is fixed at 1, so the cell never forgets",
        correct: false,
        misconception: "forget-gate-always-one",
      },
      {
        id: "no-mult",
        text: "Because of the gates, no multiplication happens on the backward path along the cell",
        correct: false,
        misconception: "gates-remove-all-multiplication",
      },
      {
        id: "cec",
        text: "The constant error carousel is another name for the three gates",
        correct: false,
        misconception: "cec-has-gates",
      },
    ],
  },
  {
    id: "what-problem-lstm-solves/explain-long-gap",
    title: "Explain: why a plain RNN misses long gaps",
    lessonId: "what-problem-lstm-solves",
    type: "short-text",
    prompt:
      "In two or three sentences: why does a plain RNN trained with gradient descent struggle to learn that the symbol at step 1 decides the output at step 50?",
    concepts: ["vanishing-gradient", "long-term-dependencies"],
    difficulty: 2,
    hints: [
      "Follow the error signal from the output at step 50 back to step 1. What happens to it at each step?",
      "Name the mathematical form of the signal after 49 steps, say how big its factors typically are, and say what that means for the weights that should store the symbol.",
    ],
    explanation:
      "The gradient linking step 50 to step 1 is a product of 49 per-step Jacobians; when they are typically smaller than 1 it shrinks geometrically, so the weights that would store the symbol receive almost no training signal, while short-range terms dominate.",
    rubric: {
      ideas: [
        {
          id: "product",
          label: "the gradient is a product of per-step factors (Jacobians)",
          patterns: ["product", "multipl", "chain rule", "jacobian", "repeated(ly)?"],
        },
        {
          id: "shrinks",
          label: "the factors are typically below 1, so the signal vanishes",
          patterns: [
            "vanish",
            "shrink",
            "decay",
            "exponential",
            "geometric",
            "tiny",
            "fade",
            "(gets|becomes) (very )?small",
            "close to zero",
            "goes to (0|zero)",
          ],
        },
        {
          id: "learning",
          label: "so the weights get almost no signal to learn the long-range link",
          patterns: [
            "weight",
            "parameter",
            "update",
            "no (useful )?(training |learning )?signal",
            "(cannot|can't|can not|hardly|barely|not|never|fail to|fails to) (be )?(learn|train)",
          ],
        },
      ],
      misconceptionPatterns: [
        {
          patterns: ["(cannot|can't|can ?not) (store|remember|hold|keep)"],
          misconception: "rnn-cannot-remember-at-all",
        },
      ],
    },
    modelAnswer:
      "The error at step 50 reaches step 1 only through a product of 49 Jacobians, one per step. These factors are usually smaller than 1, so the product vanishes geometrically and the weights that should store the symbol get almost no gradient, while short-range terms dominate learning.",
  },
  {
    id: "what-problem-lstm-solves/predict-remember-bit",
    title: "Predict: remembering a bit",
    lessonId: "what-problem-lstm-solves",
    type: "predict-plot",
    prompt: String.raw`In the remember-a-bit scenario, an LSTM ({{variantText}}) stores a bit at step 0, sees distracting inputs for $T = {{T}}$ steps and then reads it out. Will the gradient from the read-out back to the storing step, $|\partial h_T/\partial c_0|$, be above or below $10^{-3}$?`,
    concepts: ["cell-state-path", "vanishing-gradient", "lstm-gates"],
    difficulty: 2,
    hints: [
      String.raw`Along the cell, one step back multiplies by the forget gate. With no forget gate, what is that factor?`,
      String.raw`With a forget gate and input weights that keep it near $\sigma(b_f)$, estimate $\sigma(b_f)^T$ for this bias and this $T$ and compare it with $10^{-3}$.`,
    ],
    explanation: String.raw`The cell path multiplies by $f_t$ per step. The 1997 variant has no forget gate (factor 1), so the gradient stays of order 1 whatever $T$ is. With a forget gate, $f \approx \sigma(b_f)$: $\sigma(5) \approx 0.993$ keeps more than half of it over 80 steps, while $\sigma(0) = 0.5$ leaves $0.5^{20} \approx 10^{-6}$ after only 20 steps.`,
    options: [
      { id: "above", text: String.raw`Above $10^{-3}$`, misconception: "forget-gate-always-one" },
      { id: "below", text: String.raw`Below $10^{-3}$`, misconception: "forget-bias-irrelevant" },
    ],
    sim: simulate({
      params: { v: { choices: [0, 1] }, b: { choices: [0, 5] }, T: { choices: [20, 40, 80] } },
      describe:
        "runScenario('what-problem-lstm-solves', variant forget-gate (v = 0) or lstm-1997 (v = 1), forgetBias b, steps T): series gradient/lstm-c at k = 0 against 1e-3.",
      compute: ({ v, b, T }) => {
        const variant = v === 1 ? "lstm-1997" : "forget-gate";
        const params = { steps: T, forgetBias: b, variant };
        const r = runScenario("what-problem-lstm-solves", params);
        const g = seriesValue(r, "gradient", "lstm-c", 0);
        return {
          correctOptionId: g >= 1e-3 ? "above" : "below",
          observed: `|∂h_T/∂c_0| = ${sig(g)} (the RNN latch: ${sig(seriesValue(r, "gradient", "rnn-h", 0))}).`,
          run: { scenarioId: "what-problem-lstm-solves", params },
          vars: {
            variantText:
              v === 1
                ? "the 1997 version, no forget gate"
                : `with a forget gate, forget-gate bias ${b}`,
          },
        };
      },
    }),
  },
  {
    id: "what-problem-lstm-solves/memory-limits",
    title: "What an LSTM remembers",
    lessonId: "what-problem-lstm-solves",
    type: "single-choice",
    prompt: "Which statement about what an LSTM remembers is accurate?",
    concepts: ["cell-state-path", "lstm-gates"],
    difficulty: 2,
    hints: [
      "How big is the cell, and does its size change with the length of the input?",
      "Look at what the forget gate and the input gate do to the cell's old content at every step.",
    ],
    explanation: String.raw`The cell is a fixed-size vector: the forget gate decays its content and new writes add to it, so the LSTM keeps what it has learned to keep. Its gradient vanishes too if the forget gates are well below 1, and widening a plain RNN does not change its per-step factor $\operatorname{diag}(\phi')W$.`,
    options: [
      {
        id: "fixed-size",
        text: "Its cell is a fixed-size vector that the gates decay and overwrite, so it keeps what it learns to keep",
        correct: true,
      },
      {
        id: "everything",
        text: "It keeps every input it has seen, so nothing is ever lost",
        correct: false,
        misconception: "lstm-stores-everything",
      },
      {
        id: "never-vanish",
        text: "Its cell gradient cannot vanish, whatever values the forget gate takes",
        correct: false,
        misconception: "lstm-never-vanishes",
      },
      {
        id: "wider-rnn",
        text: "A plain RNN with a large enough hidden state remembers just as well over long gaps",
        correct: false,
        misconception: "bigger-hidden-fixes-vanishing",
      },
    ],
  },
  {
    id: "what-problem-lstm-solves/read-which-lstm",
    title: "Read the plot: which curve is the LSTM?",
    lessonId: "what-problem-lstm-solves",
    type: "single-choice",
    prompt: String.raw`A log-scale plot shows the gradient norm $\|\partial L/\partial h_k\|$ for $k = 0$ to $100$ for two networks trained on the same sequence, scaled to be equal at $k = 100$. Curve A is a straight line falling to about $10^{-12}$ at $k = 0$. Curve B falls slowly and ends near $0.5$ at $k = 0$. One network is a $\tanh$ RNN, the other an LSTM with forget-gate bias 5 (cell path shown). Which reading is right?`,
    concepts: ["cell-state-path", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      "On a log axis, a straight line means the same factor at every step. Which network multiplies by a typical factor well below 1?",
      String.raw`Along the LSTM's cell one step back multiplies by $f \approx \sigma(5)$. Compute $\sigma(5)^{100}$ and compare it with each curve's value at $k = 0$.`,
    ],
    explanation: String.raw`Curve B is the LSTM: along its cell each step multiplies by $f \approx \sigma(5) \approx 0.9933$, and $0.9933^{100} \approx 0.51$, so it ends near 0.5: slowly, but still multiplied at every step. Curve A's straight line is the RNN's constant factor of about $0.76$ per step compounding to $10^{-12}$: on a log axis a straight line is a product, not a sum.`,
    options: [
      {
        id: "b-forget",
        text: String.raw`B is the LSTM: its cell multiplies the gradient by $f \approx \sigma(5) \approx 0.993$ per step, leaving about half after 100 steps`,
        correct: true,
      },
      {
        id: "b-no-mult",
        text: "B is the LSTM: nothing multiplies its gradient along the cell, so it stays constant",
        correct: false,
        misconception: "gates-remove-all-multiplication",
      },
      {
        id: "a-lstm",
        text: "A is the LSTM: its forget gate multiplies the gradient at every step, so even with bias 5 it falls faster than the RNN's",
        correct: false,
        misconception: "forget-bias-irrelevant",
      },
      {
        id: "a-additive",
        text: "A is the RNN, and its straight line shows its per-step factors adding up: the same amount is taken off at every step",
        correct: false,
        misconception: "gradients-add-over-time",
      },
    ],
  },
  {
    id: "what-problem-lstm-solves/predict-longer-gap",
    title: "Predict: doubling the gap for a plain RNN",
    lessonId: "what-problem-lstm-solves",
    type: "single-choice",
    prompt: String.raw`In a plain $\tanh$ RNN the gradient linking an output to the input 20 steps earlier is about $10^{-3}$ of its size at the output. The gap grows to 40 steps, with the same weights and typical per-step factors. About how large will the gradient across the gap be?`,
    concepts: ["vanishing-gradient", "long-term-dependencies"],
    difficulty: 2,
    hints: [
      "Is the gradient across the gap a sum or a product of per-step factors?",
      String.raw`If 20 factors multiply to $10^{-3}$, what do 40 factors of the same typical size multiply to?`,
    ],
    explanation: String.raw`The gradient across a gap is a product of one Jacobian per step. Twenty factors give $10^{-3}$, so forty give about $(10^{-3})^2 = 10^{-6}$: doubling the gap squares the shrinkage. Halving it ($5 \times 10^{-4}$) would be true if the steps added up. The RNN still carries information forward; what vanishes is the training signal.`,
    options: [
      { id: "squared", text: String.raw`About $10^{-6}$`, correct: true },
      {
        id: "halved",
        text: String.raw`About $5 \times 10^{-4}$`,
        correct: false,
        misconception: "gradients-add-over-time",
      },
      {
        id: "zero",
        text: "Exactly 0: a plain RNN holds nothing for 40 steps",
        correct: false,
        misconception: "rnn-cannot-remember-at-all",
      },
    ],
  },
];
