import { sigmoid } from "@/lib/sim";
import { sig, simulate } from "../params";
import { misconceptionPhrasings, unlessShrinking } from "../misconception-phrasings";
import type { QuestionInput } from "../schema";
import { forgetBiasForSpan, lstmCellGain, runScenario, seriesValue } from "../sim-keys";

const L = "why-lstm-solves-vanishing-gradients";

export const questions: QuestionInput[] = [
  {
    id: `${L}/forget-product`,
    title: "The cell gradient through forget gates",
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
          wrongAnswers: [
            { value: 1, formula: "1", misconception: "forget-gate-always-one" },
            { value: T * sigmoid(b), formula: "T·σ(b)", misconception: "gradients-add-over-time" },
          ],
          vars: { answer: sig(value) },
        };
      },
    }),
  },
  {
    id: `${L}/predict-cell-survives`,
    title: "Predict: does the cell gradient survive?",
    lessonId: L,
    type: "predict-plot",
    prompt: String.raw`In this lesson's scenario (16 units, random weights, seed {{seed}}), the LSTM's forget-gate bias is {{b}} and the sequence has $T = {{T}}$ steps. Will the LSTM's cell-path gradient (the curve "cell path only", the product of its forget gates) at step 0 be above or below $10^{-3}$ times its value at step $T$?`,
    concepts: ["forget-gate-bias", "cell-state-path", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`The dashed reference in the plot is $\sigma(b_f)^{T-k}$: the forget gate's typical value, compounded.`,
      String.raw`Estimate $\sigma(b_f)$ for this bias, raise it to the power $T$ and compare with $10^{-3}$. The solid cell-path curve uses the forget gates the run actually had: inputs and the drawn biases move them off $\sigma(b_f)$, so the curve can sit orders of magnitude away from the dashed line, but not across $10^{-3}$ at these biases.`,
    ],
    explanation: String.raw`Along the cell each step multiplies by roughly $\sigma(b_f)$. For $b_f \le 1$ that is at most $\sigma(1) \approx 0.731$, and $0.731^{50} \approx 1.6 \times 10^{-7}$: the cell gradient vanishes too, just more slowly than the RNN's. For $b_f = 5$ or 6, $\sigma(b_f) > 0.99$ and about half of the gradient or more survives 100 steps.`,
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
    title: "The cell state's Jacobian",
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
    title: "Facts about the forget-gate bias",
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
    title: "Explain: why the cell path keeps its gradient",
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
      terms: {
        forget: [
          "forget(?:ting)?[- ]?gates?",
          String.raw`\bforget\b`,
          String.raw`\bf_?t\b`,
          String.raw`\bf_\{?t\}?`,
          String.raw`\bf\b`,
          "keep[- ]?(?:factor|fraction)",
          "'?keep'? fraction",
          String.raw`\bkeep\b`,
          "retention(?: value| coefficient| gate| factor)?",
          String.raw`rate r\b`,
          String.raw`\br\b`,
          String.raw`(?:that|this|the) gate\b`,
          String.raw`\bft\b`,
          String.raw`f ?\(t\)`,
          "f-gate",
          // metaphors for the gate: "the keep valve", "the how-much-do-i-keep number"
          String.raw`(?:keep |forget |that |this |the )?(?:valve|tap|faucet|dial|knob)\b`,
          String.raw`how[- ]much[- ](?:\w+[- ]){0,3}keep\w*(?:[- ]number)?`,
          "gate'?s? (?:value|activation|output)",
          "forget value",
          String.raw`retain\w*`,
          // "the share that was kept", "keeps nearly all of it"
          String.raw`\bshare\b`,
          String.raw`\b(?:keeps|kept)\b`,
          String.raw`(?:the |that |this |its |some )?(?:share|portion|fraction|proportion|percentage) (?:of (?:the )?(?:old|previous|past|what)|it keeps|kept|that is kept)`,
          String.raw`(?:that|the|this) (?:share|portion|fraction|proportion)\b`,
          String.raw`scal(?:ing|e) (?:factor|value|number)`,
          String.raw`scaled copy`,
          String.raw`(?:that|this) (?:factor|coefficient|multiplier|number)\b`,
          "how much (?:to keep|is kept|it keeps|of the old)",
          String.raw`gate'?s? value`,
        ],
        mult: [
          String.raw`multipl\w*`,
          // "a product of forget-gate activations"
          String.raw`\bproducts?\b`,
          String.raw`\btimes\b(?! as (?:many|much|big|large|long))`,
          // "you only pay the keep fraction": a cost per step is a factor
          String.raw`\bpa(?:y|ys|id)\b`,
          String.raw`\bcosts?\b`,
          String.raw`scal\w*`,
          "factor",
          String.raw`d\(new\)/d\(old\)`,
          "derivative",
          String.raw`(?:d|∂) ?c_?\{?t\}? ?/ ?(?:d|∂) ?c_?\{?t-1\}?`,
          "gradient (?:wrt|with respect to) c",
          "backward (?:factor|multiplier)",
          "jacobian",
          String.raw`\bgain\b`,
          "weighted by",
          "(?:controlled|governed|set|determined) by",
          "depends? (?:only )?on",
          "∂",
          // "the chain rule through the cell only picks up the forget gate"
          "chain rule",
          String.raw`\bpick(?:s|ed)? up\b`,
        ],
        nearone: [
          String.raw`(?:close|near|nearly|approximately|about|almost|right under|just under|near to|close to)(?: to)? (?:1|one|unity)\b`,
          String.raw`≈ ?1\b`,
          String.raw`(?:nearly|almost|practically|basically|virtually) (?:all|everything|the whole)\b`,
          String.raw`(?:close to|near|about|around|nearly|almost) 100 ?%`,
          String.raw`\b9\d(?:\.\d+)? ?%`,
          String.raw`~ ?(?:1\b|0\.9\d*)`,
          String.raw`\b0\.9\d*`,
          String.raw`(?:fully |almost fully )?open\b`,
          String.raw`(?:near|close to|at|about|around) (?:1|one|unity)\b`,
          "positive (?:forget )?bias",
          String.raw`(?:stays?|kept|keeps?|remains?|held) (?:\w+ ){0,2}(?:high|open)\b`,
          "bias (?:> ?0|is positive|is big|is large|of [1-9]|to [1-9]|= ?[1-9])",
          "b_f ?= ?[1-9]",
          "large bias",
          String.raw`saturat\w* (?:at|near|towards?) (?:1|one)`,
          String.raw`bias (?:\w+ ){0,3}(?:high|large|positive)`,
          String.raw`(?:set|initiali[sz]e\w*) (?:\w+ ){0,3}bias (?:to|at|=|of) (?:\w+ )?[1-9]`,
        ],
      },
      ideas: [
        {
          id: "additive",
          label: "the cell update is additive",
          patterns: [
            String.raw`\baddit\w*`,
            String.raw`\bsum\b`,
            String.raw`\badd(?:s|ed|ing)?\b`,
            "by addition",
            String.raw`\+=`,
            String.raw`\bc_?\{?\(?t\)?\}? ?= ?[^,;]*\+`,
            String.raw`increment\w*`,
            String.raw`(?:new|memory|cell)[^.]{0,40}= ?[^.]{0,40}\+`,
            String.raw`accumulat\w*`,
            String.raw`summ(?:ed|ing)\b`,
            String.raw`\btop(?:s|ped|ping)? (?:\w+ )?up\b`,
            String.raw`(?:added|written) on top`,
          ],
          // "three gates plus the candidate" counts parts; a plus on the cell is the update.
          together: [
            [
              String.raw`\bplus\b`,
              String.raw`\b(?:cell|memory|state|old|previous|c_?\{?t|new|input|content|information|f_?t)`,
            ],
          ],
        },
        {
          id: "forget-factor",
          label: "going back one step multiplies by the forget gate (not W and tanh')",
          patterns: [
            String.raw`(?:d|∂) ?c_?\{?t\}? ?/ ?(?:d|∂) ?c_?\{?t-1\}?(?: \([^)]*\))? ?(?:=|is) ?(?:just |only |simply )?(?:diag\()?{forget}`,
            String.raw`(?:gradient|derivative) (?:wrt|with respect to|w\.r\.t\.?) (?:the )?(?:old |previous )?(?:c_?\{?t-1\}?|cell|memory)(?: state)? is (?:just |only |simply )?(?:the )?{forget}`,
            String.raw`d\(new\)/d\(old\) ?= ?{forget}`,
            "leaves (?:just |only )?(?:the )?{forget}",
            String.raw`diag\(f`,
            // "not multiplied by W and tanh' but by f_t": the contrast names the factor
            String.raw`\b(?:not|isn'?t|never) (?:\w+ ){0,4}(?:w|matrix|weights?|tanh'?|jacobian)\b[^.;]{0,30}\bbut (?:\w+ ){0,2}(?:by |through )?(?:the )?{forget}`,
          ],
          together: [["{mult}", "{forget}"]],
          contradictions: [
            String.raw`(?:cell|it) (?:is |gets )?multiplied by w\b`,
            // "the gates remove all multiplication": the gates put in place of the forget factor
            String.raw`gates? (?:\w+ ){0,2}(?:remov|eliminat|get rid of|avoid|cancel)\w* (?:\w+ ){0,2}multiplications?`,
            // With a forget gate one step back along the cell is f_t, not exactly 1.
            String.raw`(?:d|∂) ?c_?\{?t\}? ?/ ?(?:d|∂) ?c_?\{?t ?- ?1\}? ?= ?1\b`,
            String.raw`(?:multipl\w*|scaled) by (?:exactly )?(?:1|one)\b(?! ?[-−] ?)`,
            // The gate's value matters; "the bias doesn't matter" is a misconception of its own.
            String.raw`(?:forget[- ]?gate|f_?t)s? (?:value )?(?:does not|doesn'?t|do not|don'?t) (?:really )?matter`,
            "just like the rnn",
            // The factor is the gate's value; its derivative σ' belongs to other paths.
            String.raw`(?:σ|sigmoid)(?:'|’| prime|'s derivative| derivative| slope)`,
            String.raw`(?:derivative|slope) of (?:the )?(?:[\w']+ ){0,2}(?:sigmoid|σ|gate)`,
          ],
        },
        {
          id: "near-one",
          label: "the forget gate can stay close to 1",
          // "near 1, which means the gradient shrinks even faster" names the gate, not its effect
          patterns: unlessShrinking([String.raw`{forget} ?≈ ?1\b`], { belowOne: false }),
          together: [["{forget}", ...unlessShrinking(["{nearone}"], { belowOne: false })]],
          contradictions: ["(?:close|near) to (?:0|zero)"],
        },
      ],
      misconceptionPatterns: [
        ...misconceptionPhrasings(
          "gates-remove-all-multiplication",
          "lstm-never-vanishes",
          "lstm-never-explodes",
          "truncation-cuts-cell-path",
          "lstm-stores-everything",
          "forget-gate-always-one",
          "forget-bias-irrelevant",
          "sigmoid-derivative-one",
          "gru-has-cell-state",
          "explosion-treated-as-vanishing",
          "update-gate-always-copies",
          "truncation-is-modern-practice",
          "full-equals-truncated",
          "clipping-fixes-vanishing",
          "relu-alone-fixes-rnns",
          "init-fixes-training-forever",
        ),
        {
          patterns: [
            "f_?t (?:is )?always (?:1|one)",
            "always open",
            "forget gate is always (?:1|one)",
            String.raw`always (?:equal to |exactly )?(?:1|one)\b`,
          ],
          misconception: "forget-gate-always-one",
        },
      ],
    },
    modelAnswer:
      "The cell is updated additively, c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t, so one step back along it multiplies the gradient by the forget gate rather than by a weight matrix and a tanh derivative. When the forget gate stays close to 1 (a positive forget bias helps) the product of these factors shrinks slowly, so the gradient survives many steps.",
  },
  {
    id: `${L}/bias-for-span`,
    title: "Two steps: the forget bias for a memory span",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`One LSTM unit has every weight zero except its forget-gate bias $b_f$, so $f_t = \sigma(b_f)$ at every step. You want the cell path to keep a fraction {{p}} of its gradient over $T = {{T}}$ steps, that is $|\partial c_T/\partial c_0| = {{p}}$. Which $b_f$ does that take?`,
    concepts: ["forget-gate-bias", "cell-state-path"],
    difficulty: 3,
    hints: [
      String.raw`First step: $|\partial c_T/\partial c_0| = f^T$. Which per-step $f$ gives {{p}} after $T$ steps?`,
      String.raw`Second step: invert the sigmoid with $b = \ln\frac{f}{1 - f}$. Which $b$ does your $f$ give?`,
    ],
    explanation: String.raw`The cell path multiplies by $f$ at each step, so $f^T = {{p}}$ gives $f = {{p}}^{1/T}$ = {{f}}, and $b_f = \ln\frac{f}{1 - f}$ = {{answer}}. Treating the losses as if they added up, $1 - T(1 - f) = {{p}}$, asks for a larger bias than needed.`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: { p: { choices: [0.1, 0.5] }, T: { choices: [50, 100] } },
      describe:
        "Bisection on lstmCellGain(b, T) from lib/sim (one LSTM unit, all weights 0, forget bias b, exact Jacobian) for the b that keeps exactly p (= logit(p^(1/T))).",
      compute: ({ p, T }) => {
        const value = forgetBiasForSpan(p, T);
        const logit = (f: number) => Math.log(f / (1 - f));
        return {
          value,
          wrongAnswers: [
            {
              value: logit(1 - (1 - p) / T),
              formula: "ln(f/(1−f)) with f = 1 − (1−p)/T",
              misconception: "gradients-add-over-time",
            },
          ],
          vars: { answer: sig(value), f: sig(p ** (1 / T)) },
        };
      },
    }),
  },
];
