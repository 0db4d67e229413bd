import { sig, simulate } from "../params";
import { misconceptionPhrasings, phrasingsOf } from "../misconception-phrasings";
import type { QuestionInput } from "../schema";
import { runScenario, seriesValue } from "../sim-keys";
import {
  ADDING_CHANCE_LOSS,
  TRAIN_KEY_RUN,
  TRAIN_RUN_ID,
  trainKey,
  trainLabHref,
  trainLossAt,
} from "../train-keys";

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
      terms: {
        step: [
          String.raw`(?:each|every|per|one|at each|at every|on each|in each|each of the \d+|every one of the \d+)(?: single)?(?: time| backward| backwards)?[ -]?(?:step|timestep)s?(?: back(?:wards?)?)?`,
          String.raw`\d+ (?:time ?)?steps`,
          String.raw`\d+ times`,
          "over and over",
          "again and again",
          "(?:one|each|every) (?:\\w+ )?after (?:the )?(?:other|another)",
          String.raw`(?:at |on |in )?(?:each|every) (?:single )?(?:one|transition|pass|hop|link|stage|tick|layer|person|lap|jump)\b`,
          String.raw`\d+ (?:transitions|passes|hops|links|stages|ticks|layers|people|laps|jumps)`,
          String.raw`(?:forty|fifty)[- ]?\w* (?:steps|passes|times|transitions)`,
          "repeatedly",
          "step to step",
          "once per (?:time ?)?step",
          "per[- ]step",
          "through time",
          "back in time",
          String.raw`across (?:the )?(?:\d+ )?(?:time ?)?steps`,
          String.raw`along the (?:\d+ )?steps`,
          "for each step",
          // "many small factors": a count of factors, with or without an adjective
          String.raw`(?:many|several|\d+) (?:[\w-]+ )?(?:jacobians|matrices|factors|terms|numbers|derivatives)`,
        ],
        small: [
          // "passes on maybe 80 %": a share below the whole
          String.raw`\b[1-9]\d? ?(?:%|percent)`,
          "(?:less|smaller|lower) then (?:1|one)",
          "(?:less|smaller|lower) than (?:1|one)",
          "(?:below|under) (?:1|one)",
          String.raw`< ?1\b`,
          "<1",
          "small(?:er)? (?:number|factor|value|multiplier)s?",
          String.raw`contract(?:ion|ive|ing)`,
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
          String.raw`\b(?:silent|microscopic|minuscule|infinitesimal|negligible|imperceptible)\b`,
          String.raw`(?:quieter|weaker|fainter|smaller) (?:and (?:quieter|weaker|fainter|smaller)|on top of)`,
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
          String.raw`\bnet\b`,
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
          String.raw`(?:barely|hardly|never|can'?t|cannot|doesn'?t|don'?t|do not|does not|fails? to|unable to|almost not) (?:\w+ )?(?:learn|change|update|pick|adjust|receive|get)\w*`,
          // "the weights barely move", "can't be trained by something that tiny"
          String.raw`(?:barely|hardly|scarcely|never|can'?t|cannot|doesn'?t|don'?t|do not|does not|fails? to|unable to) (?:\w+ )?(?:move|budge|shift|nudge|train|respond|notice|feel|see)\w*`,
          String.raw`\bignor(?:e|es|ed|ing)\b`,
          // "the early weights basically stay where they are"
          String.raw`(?:stay|stays|remain|remains|sit|sits)(?: basically| almost| practically| essentially| more or less)? (?:where they (?:are|were|started)|put|frozen|stuck|unchanged|at their (?:initial|starting))`,
          String.raw`(?:gradient|signal|part|share|term|contribution)s? (?:that|which) (?:would |could |should )?(?:teach|train|update|tell)\w* (?:\w+ ){0,6}(?:is|are|gets?|becomes?) (?:\w+ )?(?:tiny|negligible|lost|swamped|drowned)`,
          "negligible",
          String.raw`(?:little|tiny|zero) (?:\w+ )?(?:gradient|signal|update)`,
          String.raw`(?:isn'?t|is not|aren'?t|are not) (?:\w+ )?(?:updated|learned|trained)`,
          "receives? (?:almost |basically )?nothing",
          "(?:learning|training) signal (?:is )?(?:lost|gone)",
          String.raw`(?:signal|gradient|update|feedback|correction)s? (?:\w+ ){0,6}(?:is |are |gets? )(?:essentially |basically |practically |almost |all but |completely )?(?:gone|lost|wiped out|erased)\b`,
          String.raw`(?:hardly|barely) any\b`,
          String.raw`(?:nearly|almost|practically|basically|virtually) no (?:pressure|push|incentive|reason|signal|credit|nudge)`,
          String.raw`(?:~|≈) ?0 (?:\w+ )?(?:gradient|signal|update|change|correction)`,
          String.raw`(?:gradient|signal|update|change|correction|contribution)s? (?:\w+ ){0,6}(?:is |are |becomes? |gets? )?(?:~|≈) ?0\b`,
          String.raw`(?:gradient|signal|update|change|correction|contribution)s? (?:\w+ ){0,6}(?:is |are |becomes? |gets? )(?:tiny|negligible|(?:almost|basically|practically|essentially|nearly|virtually) (?:0|zero|nothing|nil|none))\b`,
          String.raw`(?:practically|basically|essentially|almost) nil\b`,
          String.raw`(?:swamped|drowned|dwarfed|overwhelmed|buried|masked|drowned out) (?:by|under|beneath)`,
          String.raw`(?:doesn'?t|does not|don'?t|do not|never) (?:\w+ )?(?:affect|influence|reach|change|update)\w*`,
          String.raw`\bno (?:\w+ )?(?:effect|influence|impact)`,
          String.raw`(?:can'?t|cannot|unable to|fails? to|struggles? to|hard to|difficult to) (?:\w+ ){0,2}(?:learn|capture|pick up|associate|connect|credit)\w*`,
          String.raw`too (?:small|weak|tiny|faint) (?:for (?:\w+ ){1,3})?to (?:\w+ )?(?:learn|update|train|matter|change|adjust)\w*`,
          String.raw`(?:trouble|difficult\w*|hard time|struggl\w*) (?:\w+ )?(?:learn|learning)\b`,
          // "nothing much reaches the part that would learn", "little of it gets back to the weights"
          String.raw`(?:nothing|little|hardly anything|barely anything|almost nothing)(?: much| useful| of it)? (?:reach\w*|gets? (?:back )?(?:to|through)|arriv\w*|makes? it)`,
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
            String.raw`chain of (?:\w+ ){0,2}(?:multiplications|jacobians?|factors|derivatives|matrices|terms)`,
            String.raw`multiply (?:\w+ ){0,3}together`,
            String.raw`(?:repeatedly|over and over|again and again) multipl\w*`,
            "one jacobian per",
            String.raw`repeated(?:ly)? multipl\w*`,
            String.raw`multipl\w* (?:\w+ ){0,4}(?:many|several|lots of|\d+) (?:[\w-]+ )?(?:times|jacobians|matrices|factors|terms|numbers)`,
            String.raw`jacobians? (?:\w+ ){0,3}(?:are |get )?(?:multiplied|chained)`,
            String.raw`\bpowers? of\b`,
            String.raw`multipl\w* (?:\d+|all|many|each|every one) of (?:them|these|those)`,
            String.raw`\b(\w+er) on top of \1`,
            String.raw`\^ ?\{?\(?(?:49|50|t|t-1|n)\b`,
          ],
          together: [
            [String.raw`multipl\w*|\btimes\b|scaled|damps?|shrinks`, "{step}"],
            // "gets quieter at every step": a loss per step compounds
            [
              String.raw`\b(?:quieter|weaker|fainter|smaller|shrunk|shrinks?|cut down|reduced|loses?|passes on|only keeps?)\b`,
              "{step}",
            ],
          ],
          // "the real issue is that people forget to clip": the mechanism is put elsewhere
          contradictions: [
            String.raw`\b(?:real|actual|true|main) (?:issue|problem|reason|cause) (?:here )?is (?:just |simply |only )?(?:that )?(?![^.;]{0,40}(?:gradient|product|vanish|jacobian|factor|error|signal|shrink|multipl|backprop|weights?))`,
          ],
        },
        {
          id: "shrinks",
          label: "the factors are typically below 1, so the signal vanishes",
          patterns: [
            "{small}",
            "{vanish}",
            // A sentence blaming the vanishing gradient names this idea (a bare keyword does not).
            String.raw`(?:because of|due to|caused by|comes from|it'?s) (?:the |a )?vanishing[- ]gradients?\b`,
          ],
          contradictions: [
            "(?:greater|bigger|larger|more) than (?:1|one)",
            String.raw`> ?1\b`,
            "too (?:big|large)",
            String.raw`(?:are|is) (?:all )?(?:equal to|exactly) (?:1|one)\b`,
            String.raw`(?:stays?|remains?) (?:exactly )?the same`,
            // "the product doesn't shrink": the opposite, not a hedge
            String.raw`(?:product|gradient|signal|error|it) (?:\w+ )?(?:doesn'?t|does not|don'?t|do not|never|won'?t) (?:really |actually )?(?:shrink|vanish|decay|get smaller|fade)(?!\w* any ?more)`,
            // Shrinking activations on the way forward replace the backward product.
            ...phrasingsOf("vanishing-is-forward-only"),
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
            String.raw`(?:nearby|recent|close|near|last few|later|short) (?:\w+ ){0,2}(?:steps|terms|inputs|errors) (?:\w+ ){0,3}(?:get|take|dominate|win|swamp|drown|overwhelm)\w* (?:\w+ ){0,2}(?:learning|update|gradient|signal|credit)`,
            // "no signal reaches the weights": the negation is the idea, so it must not deny the weights
            String.raw`{nolearn} (?:\w+ ){0,3}(?:reach\w*|gets? to|arriv\w*|for|to|at) (?:\w+ ){0,4}{learner}`,
            // "can't pick up the link": the learner is the object of the failed learning
            String.raw`{nolearn} (?:the |a |an |any |that |this |such )?(?:[\w-]+ )?{learner}`,
          ],
          together: [["{learner}", "{nolearn}"]],
        },
      ],
      misconceptionPatterns: [
        ...misconceptionPhrasings(
          "gradients-add-over-time",
          "rnn-cannot-remember-at-all",
          "saturation-harmless",
          "bigger-hidden-fixes-vanishing",
          "vanishing-is-forward-only",
          "bounded-activation-bounds-gradient",
          "spectral-radius-suffices",
          "clipping-fixes-vanishing",
          "relu-alone-fixes-rnns",
          "init-fixes-training-forever",
          "lstm-never-vanishes",
          "lstm-never-explodes",
          "lstm-stores-everything",
          "explosion-treated-as-vanishing",
          "init-irrelevant",
          "large-norm-guarantees-explosion",
          "explosion-without-large-weights",
          "clipping-changes-direction",
          "clipping-useless-for-explosion",
        ),
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

  {
    id: "what-problem-lstm-solves/predict-training-lag",
    title: "Which network learns the adding problem at this lag?",
    lessonId: "what-problem-lstm-solves",
    type: "predict-plot",
    prompt: String.raw`On the training lab's adding problem a network reads $T = {{lag}}$ steps of random numbers, two of them marked, and must output their sum. A tanh RNN and an LSTM (16 hidden units, Adam with learning rate 0.01, batches of 32, forget-gate bias 1, seed {{seed}}) each get at most 2000 iterations. Which of them reaches the solved criterion, a mean squared error of at most 0.01 over the last 10 batches?`,
    concepts: ["long-term-dependencies", "vanishing-gradient", "cell-state-path"],
    difficulty: 2,
    hints: [
      String.raw`The error at the output has to travel back to the first marked number, up to $T$ steps earlier. What does the tanh RNN's gradient get multiplied by at every step it travels back, and what does the LSTM's cell path multiply it by instead?`,
      String.raw`A per-step factor of 0.7 kept over 10 steps leaves about 0.03; over 50 steps about $2 \times 10^{-8}$. Compare what is left of the RNN's training signal at this $T$ with what an open forget gate keeps on the LSTM's cell.`,
    ],
    explanation: String.raw`{{result}} You can [run exactly this in the training lab]({{href}}) and watch the heat strip of how much gradient reaches each step. The tanh RNN's gradient to an early step is a product of one Jacobian per step, $\operatorname{diag}(1 - h_t^2)\,W$, so over 50 steps almost nothing reaches the first marked number and its loss stays at the chance level 1/6 (always answering 1); over 10 steps enough survives for it to learn. The LSTM's cell path multiplies only by its forget gates, which training can hold near 1, so the error reaches the marked steps. In the lab's reproduction at these settings (seeds 1–10) the LSTM solved lag 50 in 10 of 10 seeds and the tanh RNN in none, while at lag 10 both solved all ten. It is the pattern of Hochreiter & Schmidhuber (1997), who introduced the adding problem and solved it with the LSTM on sequences of 100 steps and more, and of Le, Jaitly & Hinton (2015), whose tanh RNN stayed at the baseline on adding problems of 150 steps and more, where the LSTM and their identity-initialised ReLU RNN (IRNN) got below it.`,
    options: [
      {
        id: "both",
        text: "The tanh RNN and the LSTM each solve it",
        misconception: "gradients-add-over-time",
      },
      {
        id: "only-lstm",
        text: "Only the LSTM solves it",
        misconception: "rnn-cannot-remember-at-all",
      },
      {
        id: "only-rnn",
        text: "Only the tanh RNN solves it",
        misconception: "lstm-no-better-on-long-lags",
      },
      {
        id: "none",
        text: "Neither of them solves it",
        misconception: "lstm-no-better-on-long-lags",
      },
    ],
    sim: simulate({
      params: { lag: { choices: [10, 50] }, seed: { choices: [1, 2, 3] } },
      describe:
        "lib/content/train-keys.json (npm run content -- train-keys): createTrainer on the adding problem at the lab's defaults (hidden 16, Adam 0.01, batch 32, forget bias 1, 2000 iterations) for the tanh RNN and the LSTM at this lag and seed; the key is which of them has a solvedAt.",
      compute: ({ lag, seed }) => {
        const rnn = trainKey(lag, seed, "rnn").solvedAt;
        const lstm = trainKey(lag, seed, "lstm").solvedAt;
        const correctOptionId =
          rnn !== null
            ? lstm !== null
              ? "both"
              : "only-rnn"
            : lstm !== null
              ? "only-lstm"
              : "none";
        const at = (v: number | null) =>
          v === null ? "did not solve it in 2000 iterations" : `solved it at iteration ${v}`;
        const params = { ...TRAIN_KEY_RUN, lag, seed };
        return {
          correctOptionId,
          observed: `At lag ${lag} and seed ${seed} the tanh RNN ${at(rnn)} and the LSTM ${at(lstm)}.`,
          run: { scenarioId: TRAIN_RUN_ID, params },
          vars: {
            result: `At lag ${lag} and seed ${seed} the trainer's tanh RNN ${at(rnn)}, and its LSTM ${at(lstm)}.`,
            href: trainLabHref(params),
          },
        };
      },
    }),
  },
  {
    id: "what-problem-lstm-solves/rnn-loss-vs-chance",
    title: "How far below chance does the tanh RNN get?",
    lessonId: "what-problem-lstm-solves",
    type: "numeric",
    prompt: String.raw`Train the tanh RNN on the training lab's adding problem at lag $T = {{lag}}$ (16 hidden units, Adam with learning rate 0.01, batches of 32, seed {{seed}}). Always answering 1 gives the chance-level mean squared error, $1/6 \approx 0.167$. After {{iterations}} iterations, what is the RNN's loss (the mean over the last 10 batches) divided by that chance level? An answer of 1 means it learned nothing; 0 means it is perfect.`,
    concepts: ["long-term-dependencies", "vanishing-gradient"],
    difficulty: 2,
    hints: [
      String.raw`Can the training signal from the output reach the marked numbers across $T$ steps of a tanh RNN? Think about whether the loss can leave the chance level at all at this lag.`,
      String.raw`To read the exact figure, open the training lab with lag {{lag}}, seed {{seed}} and {{iterations}} iterations, run it to the end, then divide the RNN's loss in the progress table by 1/6.`,
    ],
    explanation: String.raw`The trainer's tanh RNN ends at {{answer}} times the chance level ([run it in the training lab]({{href}})). {{why}} A tanh RNN's gradient to an early step is a product of one Jacobian per step, so it survives 10 steps but compounds to almost nothing over 50, while the LSTM at the same settings learns lag 50 too: the pattern of Hochreiter & Schmidhuber's 1997 adding problem and of Le, Jaitly & Hinton's 2015 runs, where the tanh RNN stayed at the baseline on long sequences.`,
    tolerance: { kind: "absolute", value: 0.1 },
    sim: simulate({
      params: {
        lag: { choices: [10, 50] },
        seed: { choices: [1, 2, 3] },
        iterations: { choices: [1500, 2000] },
      },
      describe:
        "lib/content/train-keys.json (npm run content -- train-keys): createTrainer, tanh RNN on the adding problem at the lab's defaults (hidden 16, Adam 0.01, batch 32), the mean loss of the last 10 batches at this iteration divided by the chance loss 1/6.",
      compute: ({ lag, seed, iterations }) => {
        const rnn = trainKey(lag, seed, "rnn");
        const value = trainLossAt(rnn, iterations) / ADDING_CHANCE_LOSS;
        const wrongAnswers =
          lag === 10
            ? [
                {
                  value: 1,
                  formula: "1 (stays at chance)",
                  misconception: "rnn-cannot-remember-at-all",
                },
              ]
            : [
                {
                  value: 0,
                  formula: "0 (learns it as it does at lag 10)",
                  misconception: "gradients-add-over-time",
                },
              ];
        return {
          value,
          wrongAnswers,
          vars: {
            answer: sig(value, 3),
            why:
              rnn.solvedAt === null
                ? `At lag ${lag} the training signal never reaches the marked numbers: the loss stays at chance, within the noise of a 10-batch mean.`
                : `At lag ${lag} enough gradient crosses the lag: the RNN reached the solved criterion (MSE at most 0.01) at iteration ${rnn.solvedAt}, so its loss is a small fraction of chance.`,
            href: trainLabHref({ ...TRAIN_KEY_RUN, lag, seed, iterations }),
          },
        };
      },
    }),
  },
];
