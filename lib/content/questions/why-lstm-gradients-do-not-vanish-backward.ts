import { sigmoid } from "@/lib/sim";
import { sig, simulate } from "../params";
import { misconceptionPhrasings, unlessShrinking } from "../misconception-phrasings";
import type { QuestionInput } from "../schema";
import { lstmCellGainWithRecurrence, runScenario, seriesValue } from "../sim-keys";

const L = "why-lstm-gradients-do-not-vanish-backward";

export const questions: QuestionInput[] = [
  {
    id: `${L}/truncated-cell`,
    title: "The cell gradient under the 1997 truncation",
    lessonId: L,
    type: "numeric",
    prompt: String.raw`An LSTM with 4 units (weights drawn with seed {{seed}}) has forget-gate rows that are zero except for the bias $b_f = {{b}}$; its other gates have random, non-zero recurrent weights. Using the 1997 truncated gradient (Hochreiter & Schmidhuber, appendix A.1), what is $\|\partial c_T/\partial c_0\|_2$ for $T = {{T}}$?`,
    concepts: ["truncated-bptt", "constant-error-carousel", "forget-gate-bias"],
    difficulty: 3,
    hints: [
      "Which routes back in time does the 1997 truncation cut, and which single route does it keep?",
      String.raw`On the route that is kept, one step multiplies by $\operatorname{diag}(f_t)$. What is $f_t$ when the forget gate's weights are zero? Compound it over $T$ steps.`,
    ],
    explanation: String.raw`The truncation keeps only the carousel, where $\partial c_t/\partial c_{t-1} = \operatorname{diag}(f_t)$, and here $f_t = \sigma(b_f)$ for every unit, so the answer is $\sigma(b_f)^T$ = {{answer}}, whatever the other weights are. The full gradient of the same network is {{full}}: the terms through $h_{t-1}$ and the gates change it completely, so plots must say which gradient they show.`,
    tolerance: { kind: "relative", value: 0.02 },
    sim: simulate({
      params: {
        b: { choices: [1, 2, 3, 4] },
        T: { choices: [20, 50, 100] },
        seed: { min: 1, max: 20, step: 1 },
      },
      describe:
        "trace(): LSTM, hidden size 4, seeded uniform(-1, 1) weights with forget rows zeroed, bias b on the forget rows, seeded inputs, mode truncated, exact Jacobian; key = cellJacobianNorms[0] (= sigmoid(b)^T, SCIENCE O8). The explanation quotes the full-BPTT value of the same network.",
      compute: ({ b, T, seed }) => {
        const value = lstmCellGainWithRecurrence(b, T, seed, "truncated");
        const full = lstmCellGainWithRecurrence(b, T, seed, "full");
        return {
          value,
          wrongAnswers: [
            { value: 1, formula: "1", misconception: "forget-gate-always-one" },
            { value: T * sigmoid(b), formula: "T·σ(b)", misconception: "gradients-add-over-time" },
          ],
          vars: { answer: sig(value), full: sig(full) },
        };
      },
    }),
  },
  {
    id: `${L}/predict-full-vs-truncated`,
    title: "Predict: full against truncated gradient",
    lessonId: L,
    type: "predict-plot",
    prompt: String.raw`In this lesson's scenario an LSTM (8 units, forget bias {{b}}, $T = {{T}}$ steps) has its recurrent weights scaled by {{s}}. The plot shows $\|\partial L/\partial c_k\|$ for the full gradient and for the 1997 truncated one. At step 0, will the two curves coincide (within 1%) or differ?`,
    concepts: ["truncated-bptt", "cell-state-path"],
    difficulty: 2,
    hints: [
      String.raw`The truncation removes only terms that pass through the recurrent weights $W_{hh}$.`,
      "Ask what those removed terms are worth at this recurrent scale, and whether anything else differs between the two computations.",
    ],
    explanation: String.raw`The truncation drops the terms that go from the gates and the cell input back into $h_{t-1}$, all of which carry $W_{hh}$. With the recurrent scale at 0 those terms are zero and the two gradients are identical; with non-zero recurrent weights they differ sharply, sometimes even in sign. The carousel path itself is never cut.`,
    options: [
      { id: "coincide", text: "They coincide", misconception: "full-equals-truncated" },
      {
        id: "differ",
        text: "They differ by more than 1%",
        misconception: "truncation-cuts-cell-path",
      },
    ],
    sim: simulate({
      params: { s: { choices: [0, 1, 2] }, b: { choices: [1, 3] }, T: { choices: [30, 50] } },
      describe:
        "runScenario('why-lstm-gradients-do-not-vanish-backward', variant forget-gate, recurrentScale s, forgetBias b, steps T, hiddenSize 8): cell-norms/full against cell-norms/truncated at k = 0, relative difference 1%.",
      compute: ({ s, b, T }) => {
        const params = {
          recurrentScale: s,
          forgetBias: b,
          steps: T,
          hiddenSize: 8,
          variant: "forget-gate",
        };
        const r = runScenario(L, params);
        const full = seriesValue(r, "cell-norms", "full", 0);
        const truncated = seriesValue(r, "cell-norms", "truncated", 0);
        const rel = Math.abs(full - truncated) / Math.max(full, truncated);
        return {
          correctOptionId: rel <= 0.01 ? "coincide" : "differ",
          observed: `At step 0: full ${sig(full)}, truncated ${sig(truncated)}.`,
          run: { scenarioId: L, params },
        };
      },
    }),
  },
  {
    id: `${L}/modern-practice`,
    title: "How LSTMs are trained today",
    lessonId: L,
    type: "single-choice",
    prompt: "How are LSTMs trained today, compared with the 1997 paper?",
    concepts: ["truncated-bptt", "cell-state-path", "windowed-tbptt"],
    difficulty: 1,
    hints: [
      "Think about what an automatic-differentiation library computes when you call backward on an LSTM.",
      "Then ask what, in the full gradient, still gives the error a path over long gaps.",
    ],
    explanation: String.raw`Modern frameworks differentiate every gate path; the 1997 cut of the paths from the gates back into $h_{t-1}$ is gone (Graves and Schmidhuber 2005 already used the full gradient). Their gradients survive long gaps because the full gradient still contains the additive cell path $\operatorname{diag}(f_t)$, with forget gates near 1. A different truncation is common: on long streams the state is detached every $k$ steps (windowed truncated BPTT), which limits how far back the gradient reaches, not which paths it takes.`,
    options: [
      {
        id: "full",
        text: "With the full gradient through every gate path (on long streams, within windows of k steps); the additive cell path is part of that gradient",
        correct: true,
      },
      {
        id: "truncated",
        text: "With the 1997 truncation, which is still needed to keep the carousel constant",
        correct: false,
        misconception: "truncation-is-modern-practice",
      },
      {
        id: "same",
        text: "It makes no difference: truncated and full gradients are equal for LSTMs",
        correct: false,
        misconception: "full-equals-truncated",
      },
    ],
  },
  {
    id: `${L}/history`,
    title: "A short history of the LSTM's gradient",
    lessonId: L,
    type: "ordering",
    prompt: "Put these steps in the history of the LSTM's gradient in chronological order.",
    concepts: ["constant-error-carousel", "truncated-bptt", "forget-gate-bias"],
    difficulty: 2,
    hints: [
      "The carousel came first; something had to be added so it could let go of old content.",
      "Recommending a value for a gate's bias only makes sense once that gate exists. Where does that put the remaining two steps?",
    ],
    explanation:
      "1997: Hochreiter and Schmidhuber introduce the constant error carousel with a truncated gradient. 2000: Gers, Schmidhuber and Cummins add the forget gate. 2005: Graves and Schmidhuber train LSTMs with the full BPTT gradient. 2015: Jozefowicz, Zaremba and Sutskever recommend a forget-gate bias of 1.",
    items: [
      { id: "cec", text: "Constant error carousel with a truncated gradient" },
      { id: "forget", text: "A forget gate replaces the carousel's fixed weight 1.0" },
      { id: "full", text: "LSTMs trained with the full BPTT gradient" },
      { id: "bias", text: "A forget-gate bias of 1 recommended after a large architecture search" },
    ],
    correctOrder: ["cec", "forget", "full", "bias"],
    wrongOrders: [
      { order: ["full", "cec", "forget", "bias"], misconception: "truncation-is-modern-practice" },
    ],
  },
  {
    id: `${L}/explain-carousel`,
    title: "Explain: the constant error carousel",
    lessonId: L,
    type: "short-text",
    prompt:
      "In two or three sentences: what is the constant error carousel, and why does error flowing back through it stay constant?",
    concepts: ["constant-error-carousel", "truncated-bptt"],
    difficulty: 2,
    hints: [
      "Describe the unit: what kind of activation does it have, and what does it connect to?",
      "Differentiate its state with respect to its previous state. Which other routes back in time did the 1997 paper remove to make that the whole story?",
    ],
    explanation: String.raw`The carousel is the memory cell's linear self-connection with fixed weight 1.0: $s_c(t) = s_c(t-1) + \text{input}$, so $\partial s_c(t)/\partial s_c(t-1) = 1$. With the 1997 truncation cutting the other recurrent routes, error on the cell flows back unchanged for any number of steps.`,
    rubric: {
      ideas: [
        {
          id: "self-loop",
          label: "a self-connection (recurrent loop) of the cell",
          patterns: [
            String.raw`self[- ]?(?:connect\w*|loop\w*|recurren\w*)`,
            String.raw`(?:connect\w*|feed\w*|loops?|recycl\w*|gives?|giving|talks?|comes?|coming) (?:\w+ ){0,4}(?:back )?(?:in|on)?to itself`,
            "back (?:on|in)?to itself",
            String.raw`\b(?:on|in)?to itself\b`,
            // "connected with itself", "points back at itself", "hands it to itself"
            String.raw`\b(?:with|at|onto|upon) itself\b`,
            String.raw`back (?:\w+ ){0,2}(?:on|in|at|to|into|onto) itself`,
            String.raw`(?:its|their) own (?:next|following|later) (?:step|time ?step|tick|state|value)`,
            String.raw`s_?\{?c?\}?_?\(?t\)? ?= ?s_?\{?c?\}?_?\{?\(?t ?- ?1\)?\}? ?\+`,
            String.raw`(?:connect\w*|wired|linked|tied) (?:\w+ ){0,2}(?:with|to) itself`,
            String.raw`(?:its|their) own (?:input|next (?:state|value))`,
            String.raw`\bloops? (?:back )?(?:on|to|into)\b`,
            "recurrent (?:self[- ]?)?(?:connection|edge|link|weight)",
            "own (?:previous|past|old|last) (?:value|state)",
            String.raw`recurs\w* (?:\w+ )?(?:on|to) itself`,
            "feed(?:s|ing)? back",
            "feedback",
            "comes? (?:straight )?back into",
            String.raw`s_?c?\(t\) ?= ?s_?c?\(t-1\)`,
            String.raw`value\(t\) ?= ?value\(t-1\)`,
            // An accumulator: "state(t) = state(t-1) + in", "new value = old value + input", "self weight"
            String.raw`\b(?:state|value|cell|memory|content|s|c)_?\w{0,3} ?\(t\) ?= ?(?:state|value|cell|memory|content|s|c)_?\w{0,3} ?\(t ?- ?1\)`,
            String.raw`\b(?:new|next) (?:value|state|cell|content|memory) ?(?:=|is) ?(?:the )?(?:old|previous|last) (?:value|state|cell|content|memory) ?(?:\+|plus)`,
            String.raw`keeps? (?:its|the) (?:own )?(?:old|previous|last) (?:state|value|content) and add\w*`,
            String.raw`self[- ]?weight`,
          ],
          // A bare "loop" or "circle" is a carousel's shape; it is the idea only when it belongs to the cell.
          together: [
            [
              String.raw`\b(?:loops?|circle|round[- ]?trip)\b`,
              String.raw`\b(?:cell|unit|memory|state|neuron|itself|own|self|recurrent|cec)\b`,
            ],
          ],
        },
        {
          id: "weight-one",
          label: "the self-weight is fixed at 1 (derivative 1)",
          // "weight one, which is why the error is multiplied by 0.5": the loop named, not its effect
          patterns: unlessShrinking(
            [
              String.raw`weight (?:\w+ ){0,3}(?:of |is |= ?|at |to )?(?:exactly )?(?:1|one)(?:\.0)?\b`,
              String.raw`(?:fixed|frozen|fix) (?:at|to) (?:exactly )?(?:1|one)\b`,
              String.raw`(?:factor|gain|scale|strength)(?: \w+){0,4} (?:of |is )?(?:exactly )?(?:1|one)\b`,
              String.raw`(?:multiplied|scaled|multiply|multiplies|weighted|times) by (?:exactly )?(?:1|one)\b`,
              // "multiplied by a hard-wired 1", "locked at 1", "put to one and never trained"
              String.raw`(?:multipl\w*|scaled|weighted) by (?:a |an )?(?:[\w-]+ )?(?:1|one)\b`,
              String.raw`(?:locked|pinned|clamped|set|put|held|kept|hard-?wired|hard-?coded|frozen) (?:\w+ )?(?:at|to) (?:exactly )?(?:1|one)\b`,
              String.raw`(?:weight|strength|gain|factor)s? (?:\w+ ){0,4}(?:never|not) (?:\w+ )?(?:trained|learned|learnt|changed|updated)`,
              String.raw`\b(?:1|one) ?[x×]\b`,
              String.raw`\b1 ?[×x·*] ?1\b`,
              "unit weight",
              String.raw`coefficient (?:\w+ ){0,2}(?:of |is |= ?)?(?:exactly )?(?:1|one)\b`,
              String.raw`(?:with|by) (?:a )?coefficient (?:of )?(?:1|one)\b`,
              "weight of unity",
              "identity weight",
              String.raw`\btimes (?:1|one)\b`,
              "w_?jj ?= ?1",
              "1 ?[·*] ?1",
              // "the derivative from one state to the previous one is one"
              String.raw`derivative (?:\w+ ){0,7}(?:is |= ?|of )(?:exactly )?(?:1|one)\b`,
              String.raw`jacobian (?:\w+ ){0,6}is (?:1|one)\b`,
              String.raw`differentiat\w* gives (?:1|one)\b`,
              String.raw`= ?1(?:\.0)?\b`,
            ],
            { belowOne: true },
          ),
          contradictions: [
            "weight (?:changes|is learned|varies)",
            "to the output(?: layer)?",
            String.raw`output layer|softmax`,
            // The derivative 1 comes from the linear self-loop, not from a sigmoid.
            String.raw`(?:σ|sigmoid)(?:'|’| prime|'s derivative|'s slope| derivative| slope)`,
            String.raw`(?:derivative|slope) of (?:the )?(?:sigmoid|σ)`,
            String.raw`gates?[^.]*(?:multipl\w*|keep)[^.]*\b(?:1|one)\b`,
          ],
        },
        {
          id: "linear",
          label: "the unit is linear (no squashing)",
          patterns: [
            String.raw`(?<!non-?)\blinear`,
            "identity (?:as )?(?:its )?(?:activation|function)",
            String.raw`(?:no|without|never|not|isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t)(?: \w+){0,3} (?:squash\w*|nonlinear\w*|non-linear\w*|activation|curve|bending|bend|tanh|sigmoid|function|flatten\w*|squish\w*|compress\w*|saturat\w*|distort\w*)`,
            String.raw`nothing (?:\w+ ){0,4}(?:flatten|squash|bend|squish|compress|saturat|distort|clip|curv|press|squeez|bound|limit)\w*`,
            // "not pressed into a range like tanh", "stays raw", "output is just its input"
            String.raw`(?:no|without|never|not)(?: \w+){0,3} (?:press\w*|squeez\w*|clip\w*|curv\w*|bound\w*|limit\w*|range|cap\w*)`,
            String.raw`(?:stays?|kept|remains?|left) (?:\w+ )?(?:raw|unchanged by any function|untransformed)`,
            String.raw`output is (?:just |simply |exactly )?(?:its|the) (?:own )?input`,
            String.raw`(?<!(?:weight|matrix|connection) )\bidentity\b(?! (?:weight|matrix))`,
            String.raw`(?:f|activation|function|output function) ?(?:=|is) ?(?:the )?identity`,
            String.raw`(?:unsquashed|un-squashed|straight line)`,
            String.raw`(?:isn'?t|not) (?:passed|put) through (?:any|a) (?:curve|function|nonlinear\w*|squash\w*)`,
            "slope of (?:the )?identity",
            String.raw`f ?\(x\) ?= ?x\b`,
            String.raw`activation (?:\w+ ){0,2}(?:is )?(?:the )?identity`,
          ],
        },
      ],
      misconceptionPatterns: [
        ...misconceptionPhrasings(
          "cec-has-gates",
          "lstm-never-vanishes",
          "full-equals-truncated",
          "truncation-is-modern-practice",
          "truncation-cuts-cell-path",
          "explosion-treated-as-vanishing",
          "gru-has-cell-state",
          "gates-remove-all-multiplication",
          "sigmoid-derivative-one",
          "lstm-stores-everything",
          "forget-gate-always-one",
          "clipping-fixes-vanishing",
          "relu-alone-fixes-rnns",
          "init-fixes-training-forever",
        ),
        // Naming the gates as what the carousel is only makes sense for this question.
        {
          patterns: [
            "(?:is|are) the (?:three )?gates",
            "three gates",
            "(?:=|is|are) (?:the )?(?:input|output|forget)[^.]{0,30}gates?",
            String.raw`(?:carousel|cec) (?:is |are )?(?:made (?:up )?of|consists? of|formed by|includes?|contains?|comprises?)[^.]{0,80}\bgates?\b`,
            String.raw`gates? (?:are|is|form) (?:\w+ ){0,2}part of (?:the )?(?:carousel|cec)`,
            String.raw`gates? (?:\w+ ){0,3}(?:what )?(?:keeps?|makes?|holds?) (?:the )?error`,
            String.raw`(?:carousel|cec) is (?:the )?gating`,
            String.raw`\bgates? (?:\w+ ){0,3}multipl\w* (?:\w+ ){0,3}by (?:exactly )?(?:1|one)\b`,
          ],
          misconception: "cec-has-gates",
        },
      ],
    },
    modelAnswer:
      "The constant error carousel is the LSTM cell's linear self-connection with a fixed weight of 1.0. Because the state is only added to and never squashed, the derivative of the state with respect to the previous state is exactly 1, and with the 1997 truncation cutting the other recurrent routes, error flows back through the loop unchanged.",
  },
  {
    id: `${L}/read-overlapping-curves`,
    title: "Read the plot: full and truncated curves overlap",
    lessonId: L,
    type: "single-choice",
    prompt: String.raw`In this lesson's scenario, with the recurrent scale set to 0, the plot of $\|\partial L/\partial c_k\|$ shows the full gradient and the 1997 truncated gradient as one curve: they lie exactly on top of each other. What does this tell you?`,
    concepts: ["truncated-bptt", "cell-state-path"],
    difficulty: 2,
    hints: [
      String.raw`Which terms does the truncation remove, and which weights does every one of them pass through?`,
      String.raw`What are those terms worth when $W_{hh} = 0$? Would that still hold with a recurrent scale of 1?`,
    ],
    explanation: String.raw`The truncation removes only the routes from the gates and the cell input back into $h_{t-1}$, each of which passes through $W_{hh}$. With the recurrent weights at 0 those terms are zero, so both computations keep just the carousel and agree exactly. With non-zero recurrent weights the curves separate, sometimes even in sign, which is why every plot says which gradient it shows.`,
    options: [
      {
        id: "zero-terms",
        text: String.raw`With $W_{hh} = 0$ the terms the truncation removes are zero, so here it changes nothing; with recurrent weights the curves would differ`,
        correct: true,
      },
      {
        id: "always-equal",
        text: "The truncated gradient equals the full gradient for any LSTM",
        correct: false,
        misconception: "full-equals-truncated",
      },
      {
        id: "both-cut",
        text: "Both computations cut the cell's own path, so they agree",
        correct: false,
        misconception: "truncation-cuts-cell-path",
      },
      {
        id: "use-it",
        text: "Truncation costs nothing, which is why modern LSTMs are still trained with it",
        correct: false,
        misconception: "truncation-is-modern-practice",
      },
    ],
  },
];
