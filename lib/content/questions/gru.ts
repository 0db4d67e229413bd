import { sig, simulate } from "../params";
import type { QuestionInput } from "../schema";
import { gruCopyGain, runScenario, seriesValue } from "../sim-keys";

export const questions: QuestionInput[] = [
  {
    id: "gru/predict-update-bias",
    title: "Predict: the GRU's update-gate bias",
    lessonId: "gru",
    type: "predict-plot",
    prompt: String.raw`In the GRU-against-LSTM scenario (16 units, seed {{seed}}), the GRU's update-gate bias is {{b}} and the sequence has $T = {{T}}$ steps. In PyTorch's convention $h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}$. Will the GRU's $\|\partial L/\partial h_0\|$ be above or below $10^{-3}$ times its value at step $T$?`,
    concepts: ["gru-gates", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`Which term of $\partial h_t/\partial h_{t-1}$ plays the role of the LSTM's $\operatorname{diag}(f_t)$?`,
      String.raw`With small weights $z \approx \sigma(b_z)$. Estimate $\sigma(b_z)^T$ for this bias and compare it with $10^{-3}$.`,
    ],
    explanation: String.raw`The copy term $z_t \odot h_{t-1}$ gives $\partial h_t/\partial h_{t-1} = \operatorname{diag}(z_t) + \dots$, so with $z \approx \sigma(b_z)$ the copy path alone keeps about $\sigma(b_z)^T$. A bias of 0 gives $0.5^T$ along that path, which vanishes; the terms through the candidate add to every step's factor, so the whole gradient keeps more (here {{kept}} of it), though at a bias of 0 still far less than $10^{-3}$. A bias of 4 or 6 keeps $z$ above 0.98, so even after 100 steps about a sixth of the gradient or more is left on the copy path alone.`,
    options: [
      {
        id: "above",
        text: String.raw`Above $10^{-3}$`,
        misconception: "update-gate-always-copies",
      },
      { id: "below", text: String.raw`Below $10^{-3}$`, misconception: "update-bias-irrelevant" },
    ],
    sim: simulate({
      params: {
        b: { choices: [-2, 0, 4, 6] },
        T: { choices: [50, 100] },
        seed: { min: 1, max: 3, step: 1 },
      },
      describe:
        "runScenario('gru-vs-lstm', updateBias b, steps T, hiddenSize 16, seed): ratio of series grad-norms/gru at k = 0 to k = T against 1e-3.",
      compute: ({ b, T, seed }) => {
        const params = { updateBias: b, steps: T, hiddenSize: 16, seed };
        const r = runScenario("gru-vs-lstm", params);
        const ratio =
          seriesValue(r, "grad-norms", "gru", 0) / seriesValue(r, "grad-norms", "gru", T);
        return {
          correctOptionId: ratio >= 1e-3 ? "above" : "below",
          observed: `The GRU's gradient at step 0 is ${sig(ratio)} times its value at step ${T}.`,
          run: { scenarioId: "gru-vs-lstm", params },
          vars: { kept: sig(ratio) },
        };
      },
    }),
  },
  {
    id: "gru/state",
    title: "How the GRU carries its memory",
    lessonId: "gru",
    type: "single-choice",
    prompt: "How does the GRU carry its memory from one step to the next?",
    concepts: ["gru-gates", "lstm-gates"],
    difficulty: 1,
    hints: [
      "Count the state vectors a GRU passes from one step to the next, and compare with the LSTM.",
      "Look at the last GRU equation: which two vectors does the update gate mix?",
    ],
    explanation: String.raw`The GRU has one state, $h_t$, and no separate cell or output gate. Its update gate interpolates between the old state and the candidate, $h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}$, which gives the gradient an additive path like the LSTM's cell.`,
    options: [
      {
        id: "interpolate",
        text: "Its update gate mixes the old hidden state with a candidate; there is no separate cell",
        correct: true,
      },
      {
        id: "cell",
        text: "Like the LSTM, it keeps a cell state separate from its output",
        correct: false,
        misconception: "gru-has-cell-state",
      },
      {
        id: "everything",
        text: "It appends each new input to its state, so nothing is lost",
        correct: false,
        misconception: "lstm-stores-everything",
      },
    ],
  },
  {
    id: "gru/facts",
    title: "Facts about the GRU",
    lessonId: "gru",
    type: "multiple-select",
    prompt: "Which statements about the GRU are true? Select all that apply.",
    concepts: ["gru-gates", "lstm-gates", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`Differentiate $h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}$ with respect to $h_{t-1}$, keeping only the direct term.`,
      "Compare the number of gates and weight blocks with the LSTM, and recall what Jozefowicz et al. (2015) found when comparing them.",
    ],
    explanation: String.raw`The direct term is $\operatorname{diag}(z_t)$, the GRU's counterpart of $\operatorname{diag}(f_t)$. It has two gates and three weight blocks (the LSTM has three gates and four blocks). Comparisons found the two close, especially once the LSTM's forget bias is 1; like the LSTM, the GRU can still explode through its candidate path.`,
    options: [
      {
        id: "diag-z",
        text: String.raw`In PyTorch's convention, where $z_t$ multiplies the old state $h_{t-1}$, going back one step along the copy path multiplies the gradient by $\operatorname{diag}(z_t)$`,
        correct: true,
      },
      { id: "fewer", text: "It has fewer gates and weight blocks than the LSTM", correct: true },
      {
        id: "close",
        text: "With a forget bias of 1 the LSTM performs about as well as the GRU",
        correct: true,
        misconception: "forget-bias-irrelevant",
      },
      {
        id: "no-explode",
        text: "Its gates rule out exploding gradients",
        correct: false,
        misconception: "lstm-never-explodes",
      },
      {
        id: "z-one",
        text: "Its update gate is always close to 1, so its gradient cannot vanish",
        correct: false,
        misconception: "update-gate-always-copies",
      },
    ],
  },
  {
    id: "gru/choose-update-bias",
    title: "Design: the update-gate bias for a long memory",
    lessonId: "gru",
    type: "single-choice",
    prompt: String.raw`A GRU must carry one bit for 200 steps. It is written in PyTorch's convention, $h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}$. Which initial update-gate bias $b_z$ gives the gradient the best chance over the gap?`,
    concepts: ["gru-gates", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`In this convention, which value of $z_t$ copies the old state unchanged?`,
      String.raw`With small weights $z \approx \sigma(b_z)$ and the copy path keeps about $\sigma(b_z)^{200}$. Compare $\sigma(-4)$, $\sigma(0)$ and $\sigma(4)$.`,
    ],
    explanation: String.raw`Here $z_t$ near 1 copies $h_{t-1}$, and the copy path multiplies the gradient by $\operatorname{diag}(z_t) \approx \sigma(b_z)$ per step. $\sigma(4) \approx 0.982$ keeps $0.982^{200} \approx 0.03$ of it; $\sigma(0)^{200} = 0.5^{200}$ has vanished, and $\sigma(-4) \approx 0.018$ overwrites the state at every step. Cho et al. (2014) write it the same way; Chung et al. (2014) swap $z_t$ and $1 - z_t$, and there the sign flips: read the equation first.`,
    options: [
      { id: "positive", text: String.raw`A large positive bias, e.g. $b_z = 4$`, correct: true },
      {
        id: "negative",
        text: String.raw`A large negative bias, e.g. $b_z = -4$, so that the gate writes the new candidate`,
        correct: false,
        misconception: "gru-convention-mixup",
      },
      {
        id: "zero",
        text: String.raw`$b_z = 0$: the gates learn the right value anyway`,
        correct: false,
        misconception: "update-bias-irrelevant",
      },
    ],
  },
  {
    id: "gru/copy-path-gain",
    title: "Two steps: the GRU's copy path",
    lessonId: "gru",
    type: "numeric",
    prompt: String.raw`One GRU unit in PyTorch's convention, $h_t = (1 - z_t)\,n_t + z_t\,h_{t-1}$, has every weight and bias zero except the update-gate bias $b_z = {{b}}$. What is $|\partial h_T/\partial h_0|$ after $T = {{T}}$ steps?`,
    concepts: ["gru-gates", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`With zero weights, what are $z_t$ and the candidate $n_t$ at every step, and does $n_t$ depend on $h_{t-1}$?`,
      String.raw`So $\partial h_t/\partial h_{t-1}$ is just $z_t$. Compute it from $b_z$ and combine $T$ steps.`,
    ],
    explanation: String.raw`All weights are zero, so $z_t = \sigma(b_z)$ and $n_t = \tanh(0) = 0$ with no dependence on $h_{t-1}$: one step back multiplies by $z_t$ exactly, and $|\partial h_T/\partial h_0| = \sigma(b_z)^T$ = {{answer}}. Using $1 - \sigma(b_z)$ mixes up the convention.`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: { b: { choices: [1, 2, 3] }, T: { choices: [10, 20, 50] } },
      describe:
        "trace(): GRU, hidden size 1, all weights 0, biasIH [0, b, 0] (gate order r, z, n), exact Jacobian; key = jacobianNorms[0] (= sigmoid(b)^T).",
      compute: ({ b, T }) => {
        const value = gruCopyGain(b, T);
        const z = 1 / (1 + Math.exp(-b));
        return {
          value,
          wrongAnswers: [
            { value: (1 - z) ** T, formula: "(1 − σ(b))^T", misconception: "gru-convention-mixup" },
            { value: 1, formula: "1", misconception: "update-gate-always-copies" },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
];
