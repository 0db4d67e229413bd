import { sig, simulate } from "../params";
import type { QuestionInput } from "../schema";
import { runScenario, seriesValue } from "../sim-keys";

export const questions: QuestionInput[] = [
  {
    id: "what-problem-lstm-solves/main-problem",
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
      terms: {
        step: [
          String.raw`(?:each|every|per|one|at each|at every|on each|in each|each of the \d+|every one of the \d+)(?: single)?(?: time| backward| backwards)?[ -]?(?:step|timestep)s?(?: back(?:wards?)?)?`,
          String.raw`\d+ (?:time ?)?steps`,
          String.raw`\d+ times`,
          "over and over",
          "repeatedly",
          "step to step",
          "once per (?:time ?)?step",
          "per[- ]step",
          "through time",
          "back in time",
          String.raw`across (?:the )?(?:\d+ )?(?:time ?)?steps`,
          String.raw`along the (?:\d+ )?steps`,
          "for each step",
          String.raw`(?:many|several|\d+) (?:jacobians|matrices|factors|terms|numbers|derivatives)`,
        ],
        small: [
          "(?:less|smaller|lower) than (?:1|one)",
          "(?:below|under) (?:1|one)",
          String.raw`< ?1\b`,
          "<1",
          "small(?:er)? (?:number|factor|value|multiplier)s?",
          "contraction",
          "at most (?:1|one)",
          String.raw`(?:≤|<=) ?1\b`,
          String.raw`(?:factors?|derivatives?|jacobians?|numbers?|terms?|values?|norms?|eigenvalues?|slopes?) (?:\w+ ){0,3}(?:are |is )?(?:small|tiny)\b`,
          String.raw`(?:norms?|eigenvalues?|singular values?) (?:\w+ ){0,3}(?:below|less than|under|<) ?(?:1|one)`,
        ],
        vanish: [
          String.raw`vanish(?:es|ed)\b`,
          String.raw`\bvanish\b`,
          String.raw`vanishing(?! gradients?\b| problem)`,
          String.raw`shrinks?\b`,
          "shrinking",
          String.raw`decay\w*`,
          String.raw`exponential\w*`,
          String.raw`geometric\w*`,
          String.raw`\btiny\b`,
          "fades?(?: out)?",
          "fading",
          String.raw`dies?\b(?: out)?`,
          "(?:goes|go|going|tends?) to (?:0|zero)",
          "(?:close|near) to (?:0|zero)",
          "[→>] ?~ ?0",
          String.raw`~ ?0\b`,
          String.raw`≈ ?0\b`,
          String.raw`(?:almost|practically|basically|essentially) (?:nothing|zero|0)\b`,
          String.raw`\d\.\d+ ?\^ ?49`,
          String.raw`r ?\^ ?49`,
          String.raw`damp\w*`,
          "(?:very|super|extremely|really) small",
          String.raw`(?:gets?|becomes?|ends up) (?:very |really )?small\b`,
          String.raw`disappear\w*`,
          String.raw`approach\w* (?:0|zero)`,
          String.raw`dwindl\w*`,
          String.raw`diminish\w*`,
          "peters? out",
          String.raw`(?:nearly|almost|essentially|practically|basically) (?:0|zero)\b`,
          String.raw`decreas\w* (?:\w+ )?(?:exponentially|geometrically|rapidly|quickly)`,
        ],
        learner: [
          "weights?",
          "parameters?",
          "network",
          String.raw`\brnn\b`,
          String.raw`\bmodel\b`,
          "gradient descent",
          String.raw`\blink\b`,
          "dependency",
          "connection",
          "early (?:layers|steps|inputs)",
          "first (?:symbol|input)",
          "(?:symbol|input) at step 1",
          String.raw`relation\w*`,
          "association",
          "long[- ](?:range|term)",
          "training",
        ],
        nolearn: [
          String.raw`(?:almost|basically|practically|essentially|nearly|virtually) (?:no|zero|nothing)\b`,
          String.raw`\bno (?:\w+ )?(?:learning |training |useful )?(?:signal|gradient|update|push|correction|information|learning)`,
          String.raw`(?:barely|hardly|never|can'?t|cannot|doesn'?t|don'?t|fails? to|unable to|almost not) (?:\w+ )?(?:learn|change|update|pick|adjust|receive|get)\w*`,
          "negligible",
          String.raw`(?:little|tiny|zero) (?:\w+ )?(?:gradient|signal|update)`,
          String.raw`(?:isn'?t|is not|aren'?t|are not) (?:\w+ )?(?:updated|learned|trained)`,
          "receives? (?:almost |basically )?nothing",
          "(?:learning|training) signal (?:is )?(?:lost|gone)",
          String.raw`(?:hardly|barely) any\b`,
          String.raw`(?:~|≈) ?0 (?:\w+ )?(?:gradient|signal|update|change|correction)`,
          String.raw`(?:gradient|signal|update|change|correction|contribution)s? (?:\w+ ){0,6}(?:is |are |becomes? |gets? )?(?:~|≈) ?0\b`,
          String.raw`(?:gradient|signal|update|change|correction|contribution)s? (?:\w+ ){0,6}(?:is |are |becomes? |gets? )(?:tiny|negligible|(?:almost|basically|practically|essentially|nearly|virtually) (?:0|zero|nothing|nil|none))\b`,
          String.raw`(?:practically|basically|essentially|almost) nil\b`,
          String.raw`(?:swamped|drowned|dwarfed|overwhelmed) by`,
          String.raw`(?:doesn'?t|does not|don'?t|do not|never) (?:\w+ )?(?:affect|influence|reach|change|update)\w*`,
          String.raw`\bno (?:\w+ )?(?:effect|influence|impact)`,
          String.raw`(?:can'?t|cannot|unable to|fails? to|struggles? to|hard to|difficult to) (?:\w+ ){0,2}(?:learn|capture|pick up|associate|connect|credit)\w*`,
          String.raw`too (?:small|weak|tiny) to (?:\w+ )?(?:learn|update|train|matter|change)\w*`,
          String.raw`(?:trouble|difficult\w*|hard time|struggl\w*) (?:\w+ )?(?:learn|learning)\b`,
        ],
      },
      ideas: [
        {
          id: "product",
          label: "the gradient is a product of per-step factors (Jacobians)",
          patterns: [
            String.raw`\bproduct\b`,
            String.raw`\bprod\b`,
            "∏",
            "chain rule",
            String.raw`compound\w*`,
            "to the power",
            String.raw`\^ ?\{?\(?49`,
            "multiplications",
            "multiplied together",
            String.raw`chain of (?:\w+ )?(?:multiplications|jacobians|factors)`,
            String.raw`multiply (?:\w+ ){0,3}together`,
            String.raw`(?:repeatedly|over and over|again and again) multipl\w*`,
            "one jacobian per",
            String.raw`repeated(?:ly)? multipl\w*`,
            String.raw`multipl\w* (?:\w+ ){0,4}(?:many|several|lots of|\d+) (?:times|jacobians|matrices|factors|terms|numbers)`,
            String.raw`jacobians? (?:\w+ ){0,3}(?:are |get )?(?:multiplied|chained)`,
            String.raw`\bpowers? of\b`,
            String.raw`\^ ?\{?\(?(?:49|50|t|t-1|n)\b`,
          ],
          together: [[String.raw`multipl\w*|\btimes\b|scaled|damps?|shrinks`, "{step}"]],
        },
        {
          id: "shrinks",
          label: "the factors are typically below 1, so the signal vanishes",
          patterns: ["{small}", "{vanish}"],
          contradictions: [
            "(?:greater|bigger|larger|more) than (?:1|one)",
            String.raw`> ?1\b`,
            "too (?:big|large)",
          ],
        },
        {
          id: "learning",
          label: "so the weights get almost no signal to learn the long-range link",
          patterns: [
            String.raw`short[- ](?:range|term) (?:\w+ ){0,2}dominat\w*`,
            String.raw`dominated by (?:the )?(?:short|nearby|recent|near)`,
            String.raw`(?:nearby|recent|close|near) (?:steps|terms|inputs) (?:\w+ ){0,2}dominat\w*`,
            "only learns? from nearby",
            "never (?:really )?gets? told",
          ],
          together: [["{learner}", "{nolearn}"]],
        },
      ],
      misconceptionPatterns: [
        {
          patterns: [
            String.raw`(?:cannot|can'?t|can ?not) (?:\w+ )?(?:store|remember|hold|keep) (?:\w+ )?(?:anything|at all)`,
            "has no (?:state|memory)",
            "no state between",
          ],
          misconception: "rnn-cannot-remember-at-all",
        },
        {
          patterns: [
            String.raw`(?:is|as) a sum\b`,
            String.raw`sum of (?:the )?(?:\w+ )?(?:contributions|terms)`,
            "adding (?:them|these|it) up",
            String.raw`\badd(?:s|ed)? up\b`,
            String.raw`(?:errors?|gradients?|contributions) (?:\w+ ){0,3}(?:are |get )?(?:added|summed)`,
          ],
          misconception: "gradients-add-over-time",
        },
        {
          patterns: [
            String.raw`saturat\w* (?:\w+ ){0,3}(?:don'?t|doesn'?t|do not|does not|never) (?:really )?(?:matter|affect)`,
            "saturation (?:is )?harmless",
          ],
          misconception: "saturation-harmless",
        },
        {
          patterns: [
            "(?:bigger|larger) (?:hidden|state)",
            "more (?:hidden )?(?:units|neurons)",
            String.raw`hidden (?:state|layer|size) (?:\w+ )?(?:bigger|larger)`,
          ],
          misconception: "bigger-hidden-fixes-vanishing",
        },
        {
          patterns: [
            String.raw`(?:problem|issue) is (?:\w+ )?(?:in|with) the forward`,
            String.raw`activations (?:\w+ )?(?:get|become|shrink)\w* (?:smaller|small|to zero)`,
          ],
          misconception: "vanishing-is-forward-only",
        },
        {
          patterns: [
            "gradient is (?:always )?bounded",
            String.raw`bounded (?:\w+ ){0,8}so the gradient`,
          ],
          misconception: "bounded-activation-bounds-gradient",
        },
        {
          patterns: [
            String.raw`spectral radius (?:\w+ ){0,4}(?:below|less than|<) ?(?:1|one)`,
            "right from the (?:very )?first",
          ],
          misconception: "spectral-radius-suffices",
        },
        {
          patterns: [
            String.raw`clip\w* (?:\w+ ){0,4}(?:fix|solve|cure|prevent)\w* (?:\w+ ){0,2}vanish\w*`,
            "clipping (?:would|can|will) (?:fix|solve|cure)",
            String.raw`clip\w* (?:\w+ ){0,3}(?:fix|solve|cure)\w* (?:this|it|that|the problem)`,
          ],
          misconception: "clipping-fixes-vanishing",
        },
        {
          patterns: [
            String.raw`relu (?:\w+ ){0,4}(?:fix|solve)\w*`,
            "(?:just|simply) use relu",
            String.raw`switch\w* to relu`,
          ],
          misconception: "relu-alone-fixes-rnns",
        },
        {
          patterns: [
            String.raw`(?:good|right|careful|identity|orthogonal) initiali[sz]ation (?:\w+ ){0,4}(?:fix|solve|keeps?)\w*`,
          ],
          misconception: "init-fixes-training-forever",
        },
      ],
    },
    modelAnswer:
      "The error at step 50 reaches step 1 only through a product of 49 Jacobians, one per step. These factors are usually smaller than 1, so the product vanishes geometrically and the weights that should store the symbol get almost no gradient, while short-range terms dominate learning.",
  },
  {
    id: "what-problem-lstm-solves/predict-remember-bit",
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
];
