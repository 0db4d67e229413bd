/**
 * How learners state catalogued misconceptions in their own words, written once per
 * misconception so every short-text rubric that picks one recognises the same paraphrases.
 * A phrasing counts only when it is stated, not negated ("clipping does not fix vanishing" is
 * not the misconception). A rubric adds phrasings that only make sense for its own question.
 */
const FIX = String.raw`(?:fix|solve|cure|remov|eliminat|get rid of)\w*`;
const GONE = String.raw`(?:goes away|go away|disappears?|is gone|vanishes completely)`;
const NEVER = String.raw`(?:never|cannot|can'?t|can not)`;
const ALWAYS_ONE = String.raw`(?:always|fixed at|fixed to|constant at|permanently|exactly) (?:equal to |at )?(?:1|one)\b`;

const phrasings = {
  "gradients-add-over-time": [
    // A sum over time of products is the true BPTT gradient; a plain sum is the misconception.
    String.raw`(?:is|as) (?:just |simply |only )?(?:a|the) sum\b(?! (?:\w+ ){0,4}products?)`,
    String.raw`sum of (?:the )?(?:[\w-]+ )?(?:contributions|terms|gradients)`,
    "adding (?:them|these|it) up",
    String.raw`\badd(?:s|ed)? up\b`,
    String.raw`(?:errors?|gradients?|contributions) (?:\w+ ){0,4}(?:are |get )?(?:added|summed)`,
    String.raw`(?:contributions|gradients|errors|terms) (?:\w+ ){0,4}(?:add|sum) (?:\w+ )?together`,
  ],
  "rnn-cannot-remember-at-all": [
    String.raw`(?:cannot|can'?t|can ?not|unable to) (?:\w+ )?(?:store|remember|hold|keep|retain) (?:\w+ )?(?:anything|at all)`,
    String.raw`(?:cannot|can'?t|can ?not|unable to) (?:store|remember|hold|retain) (?:any )?information`,
    "(?:has|have) no (?:state|memory)",
    String.raw`no (?:\w+ )?memory (?:\w+ )?at all`,
    "no state between",
    String.raw`only sees the current input`,
    String.raw`(?:doesn'?t|does not) have (?:any |a )?memory`,
  ],
  "clipping-fixes-vanishing": [
    // "clipping fixes it", "just clip the gradient", "the real issue is forgetting to clip"
    String.raw`clip\w* (?:\w+ ){0,2}(?:fix|solve|cure)\w*\b(?! (?:\w+ ){0,2}(?:explo|large|big|spike))`,
    String.raw`(?:just|simply) clip\b`,
    String.raw`forget\w* to clip`,
    String.raw`clip\w* (?:\w+ ){0,4}(?:${FIX}|prevent\w*|avoid\w*) (?:\w+ ){0,2}vanish\w*`,
    "clipping (?:would|can|will|could) (?:\\w+ )?(?:fix|solve|cure|help)",
    String.raw`clip\w* (?:\w+ ){0,3}${FIX} (?:this|it|that|the problem)`,
    String.raw`${FIX} (?:this|it|that|the problem|vanishing) (?:\w+ ){0,2}(?:by|with|using) (?:\w+ ){0,2}clip\w*`,
    String.raw`clip\w* (?:\w+ ){0,5}${GONE}`,
    String.raw`${FIX} (?:\w+ ){0,2}(?:by|with|using|through) (?:\w+ ){0,2}clip\w*`,
    String.raw`clip\w* (?:\w+ ){0,4}(?:stops?|keeps?|prevents?) (?:\w+ ){0,4}(?:getting |becoming )?(?:too )?(?:small|tiny)`,
  ],
  "relu-alone-fixes-rnns": [
    String.raw`relu (?:\w+ ){0,4}${FIX}`,
    "(?:just|simply) use relu",
    String.raw`switch\w* to relu`,
    String.raw`relu (?:\w+ ){0,6}(?:problem|it|vanishing|gradient) (?:\w+ )?${GONE}`,
    String.raw`${FIX} (?:this|it|that|the problem|vanishing) (?:\w+ ){0,2}(?:by|with|using) (?:\w+ ){0,2}relu`,
  ],
  "bigger-hidden-fixes-vanishing": [
    // Mentioning a bigger state is not the claim; saying it helps or making it bigger is.
    String.raw`(?:bigger|larger|wider) (?:hidden|state|network)[^.;]{0,40}(?:fix|solve|help|remember|cure|work)\w*`,
    String.raw`more (?:hidden )?(?:units|neurons)[^.;]{0,40}(?:fix|solve|help|remember|cure|work|keep|store|hold)\w*`,
    String.raw`with more (?:hidden )?(?:units|neurons)`,
    String.raw`(?:make|making|increase|increasing) (?:\w+ ){0,3}(?:hidden|state|network)(?: \w+){0,2} (?:bigger|larger|wider)`,
    String.raw`(?:increase|increasing|enlarg\w*|widen\w*) (?:\w+ ){0,2}(?:hidden|state) (?:size|dimension|layer|units)`,
  ],
  "vanishing-is-forward-only": [
    String.raw`(?:problem|issue) is (?:\w+ ){0,3}(?:in|with|during) the forward`,
    String.raw`activations (?:\w+ )?(?:get|become|shrink)\w* (?:smaller|small|to zero)`,
    String.raw`(?:forgets?|lost|loses?|fades?) (?:\w+ ){0,4}(?:in|during) the forward (?:pass|direction)`,
    String.raw`only (?:in|during) the forward`,
    String.raw`activations? (?:\w+ ){0,2}(?:shrink|vanish|decay|fade|get smaller|die)\w* (?:\w+ ){0,2}(?:going |moving |on the way )?forward`,
    String.raw`(?:shrinks?|shrunk|vanish\w*|fades?|lost|smaller|dies?) (?:\w+ ){0,3}in the forward (?:pass|direction)`,
    String.raw`vanishing of the (?:hidden )?activations`,
    String.raw`activations? (?:\w+ ){0,4}(?:is|are) (?:exactly )?what (?:the )?vanishing`,
  ],
  "saturation-harmless": [
    String.raw`saturat\w* (?:\w+ ){0,3}(?:don'?t|doesn'?t|do not|does not|never) (?:really )?(?:matter|affect)`,
    "saturation (?:is )?harmless",
    String.raw`saturat\w* (?:\w+ ){0,3}(?:plays? no role|is irrelevant|makes? no difference|has no effect)`,
  ],
  "bounded-activation-bounds-gradient": [
    "gradient is (?:always )?bounded",
    String.raw`bounded (?:\w+ ){0,8}so the gradient`,
    String.raw`bounded,? so (?:is |are )?(?:the )?(?:gradient|derivative)s?`,
  ],
  "spectral-radius-suffices": [
    String.raw`spectral radius (?:\w+ ){0,4}(?:below|less than|<) ?(?:1|one)`,
    "right from the (?:very )?first",
  ],
  "init-fixes-training-forever": [
    String.raw`(?:good|right|careful|identity|orthogonal) initiali[sz]ation (?:\w+ ){0,4}(?:fix|solve|keeps?)\w*`,
    String.raw`initiali[sz]\w* (?:\w+ ){0,4}(?:fix|solve)\w* (?:it|this|the problem) (?:for good|forever|for the whole training|permanently)`,
  ],
  "lstm-never-vanishes": [
    // "an LSTM's gradient never vanishes", "LSTMs can't have vanishing gradients"
    String.raw`lstms?'?s? (?:\w+ ){0,3}(?:never|can'?t|cannot) (?:\w+ ){0,2}(?:vanish|have vanishing|suffer)`,
    String.raw`${NEVER} (?:\w+ ){0,3}vanish`,
    String.raw`${NEVER} (?:\w+ )?(?:suffers?|has|have|gets?) (?:\w+ ){0,2}vanishing`,
    String.raw`(?:don'?t|doesn'?t|do not|does not) vanish at all`,
    String.raw`(?:immune|not susceptible) to vanish\w*`,
    // "no matter what", but not "stays the same no matter how many steps": the carousel has no gate
    String.raw`no matter (?:what|how)(?! (?:many|long|far|much)\b)`,
    "whatever you do",
    // "whatever its gates do", but not "plus whatever the input gate lets in"
    String.raw`(?:whatever|regardless of|no matter what|no matter how) (?:the |its |their |his )?(?!input\b)(?:\w+ )?(?:gates?|forget|values?\b|f\b|f_t)(?! (?:lets?|adds?|writes?|allows?)\b)`,
    String.raw`(?:completely|entirely|totally|fully) (?:\w+ )?${FIX} (?:\w+ ){0,2}vanish\w*`,
    String.raw`${FIX} (?:\w+ ){0,3}vanish\w* (?:\w+ ){0,2}(?:completely|entirely|forever|fully|for good|once and for all|totally)`,
  ],
  "lstm-never-explodes": [
    String.raw`${NEVER} (?:\w+ ){0,2}explod\w*`,
    String.raw`(?:immune|safe) (?:to|from) explo\w*`,
    String.raw`(?:don'?t|do not|never) need (?:\w+ )?clip\w*`,
  ],
  "lstm-stores-everything": [
    String.raw`(?:stores?|keeps?|remembers?|saves?) (?:\w+ ){0,2}(?:everything|every input|all (?:the )?(?:inputs|history|past))`,
    "never forgets?",
    "perfect memory",
  ],
  "gates-remove-all-multiplication": [
    String.raw`(?:no|never any|without) (?:\w+ )?multipl\w* (?:at all|involved|anywhere)`,
    String.raw`\bno multiplication`,
    "without (?:any )?multiplication",
    String.raw`(?:remov|eliminat|get rid of|avoid)\w* (?:all |every |any )?(?:the )?multiplications?`,
  ],
  "forget-gate-always-one": [
    String.raw`\b(?:forget(?:[- ]gate)?|f_?t|f)\b (?:\w+ ){0,2}(?:is |are |stays? )?${ALWAYS_ONE}`,
    String.raw`(?:forget gate|f_?t) (?:\w+ )?always (?:\w+ )?(?:1|one|open)\b`,
  ],
  "forget-bias-irrelevant": [
    "bias (?:doesn'?t|does not|don'?t|do not) (?:really )?matter",
    "bias (?:is )?irrelevant",
    String.raw`bias (?:\w+ ){0,2}(?:doesn'?t|does not|don'?t|do not) (?:really )?(?:help|change anything|do anything)`,
    "basically the same gradient",
    String.raw`bias (?:\w+ ){0,3}(?:makes? no difference|has no effect|plays no role|is unimportant)`,
  ],
  "sigmoid-derivative-one": [
    // "the derivative of the forget gate's sigmoid, which is 1 when the gate is open"
    String.raw`(?:derivative|slope) of (?:the )?(?:[\w']+ ){0,2}(?:sigmoid|σ)[^.;]{0,40}\b(?:is|=|equals?|reach\w*) (?:exactly |about )?(?:1|one)\b`,
    String.raw`sigmoid(?:'s)? (?:\w+ ){0,5}derivative (?:\w+ ){0,2}(?:exactly )?(?:1|one)\b`,
    String.raw`(?:σ|sigmoid)'? ?(?:\(0\) )?= ?1\b`,
    String.raw`(?:σ|sigmoid)(?:'|’| prime|'s derivative|'s slope| derivative| slope) (?:\w+ ){0,4}(?:reach\w*|be|equals?|is|=|of) ?(?:exactly |about )?(?:1|one)\b`,
    String.raw`(?:derivative|slope) of (?:the )?(?:sigmoid|σ) (?:\w+ ){0,4}(?:reach\w*|be|equals?|is|=) ?(?:exactly |about )?(?:1|one)\b`,
  ],
  "gru-has-cell-state": [
    // "like the GRU, the LSTM has a cell state", "as in a GRU there is a separate cell state"
    String.raw`\b(?:like|as) (?:in )?(?:the |a )?grus?\b[^.;]{0,50}cell[- ]state`,
    String.raw`grus?'?s? (?:own |separate )?cell[- ]state`,
    String.raw`cell[- ]state[^.;]{0,40}\b(?:like|as|same as) (?:in )?(?:the |a )?grus?\b`,
    String.raw`grus? (?:\w+ ){0,4}(?:has|have|keeps?|uses?) (?:\w+ ){0,2}(?:separate |own )?cell state`,
    String.raw`same as (?:in )?(?:a )?gru`,
  ],
  "truncation-cuts-cell-path": [
    // "the truncation cuts the cell's own self-loop", "the 1997 truncation cut exactly this self path"
    String.raw`truncat\w*[^.;]{0,30}\b(?:cuts?|cutting|removes?|breaks?|severs?|drops?|blocks?|kills?) (?:(?!except|but|other|apart|all)[\w']+ ){0,3}(?:self[- ]?(?:loops?|connections?|paths?|routes?)|carousel|cell path|(?:cell'?s?|its) (?:own )?(?:self[- ]?)?(?:path|loop|route|connection))`,
    String.raw`(?:self[- ]?(?:loop|connection|path)|carousel|cell path) (?:\w+ ){0,3}(?:is|was|gets?|got) (?:also )?(?:cut|truncated|removed|dropped)`,
    String.raw`truncat\w* (?:\w+ ){0,6}(?:cell path|c_?\{?t-1\}?)[^.]*\bcut\b`,
    String.raw`cell path (?:\w+ ){0,4}(?:is )?cut`,
    String.raw`truncat\w* (?:\w+ )?(?:also )?cuts? (?:(?!except|but|other|apart)\w+ ){0,2}(?:cell path|self[- ]?(?:loop|connection)|carousel)`,
    String.raw`truncat\w* (?:\w+ )?(?:also )?cuts? (?:this|that|the|its) (?:own )?(?:self[- ]?)?(?:loop|self-connection)`,
    // "cuts every recurrent route, including the cell's own path"
    String.raw`cuts? (?:\w+ ){0,3}(?:routes?|paths?|connections?|loops?)[^.]{0,40}\b(?:including|even|also) (?:the )?(?:cell'?s? own|its own|self|carousel|cell path)`,
    String.raw`cuts? (?:\w+ ){0,3}(?:the )?cell'?s? own (?:path|loop|connection|route)`,
  ],
  "cec-has-gates": [
    String.raw`carousel (?:is|=|means) (?:\w+ ){0,3}gat(?:e|es|ing)\b`,
    String.raw`(?:carousel|cec) (?:is )?(?:made (?:up )?of|consists of|formed by) (?:\w+ ){0,4}gates?`,
    "gates (?:keep|make|hold) (?:the )?error constant",
    String.raw`gates (?:\w+ ){0,2}working together`,
  ],
  "full-equals-truncated": [
    String.raw`(?:full|untruncated) (?:\w+ ){0,3}(?:is |gives |equals )?(?:exactly |just )?the same (?:\w+ )?as (?:the )?truncat\w*`,
    String.raw`truncat\w* (?:\w+ ){0,4}(?:loses|drops|changes|misses) nothing`,
    String.raw`(?:same|identical|equal\w*) (?:gradient )?(?:as|to) (?:the )?full`,
    String.raw`truncat\w* (?:\w+ ){0,4}(?:gives|is|equals) (?:exactly )?the same`,
  ],
  "truncation-is-modern-practice": [
    // "modern LSTMs still truncate like 1997", "that is how LSTMs are trained today too"
    String.raw`(?:today|nowadays|now|modern|still)[^.;]{0,40}(?:like|as in|(?:the )?same (?:way |thing )?as) (?:in )?(?:the )?1997`,
    // "modern LSTMs still cut the gate paths": the truncation described as current practice
    String.raw`\b(?:modern|today'?s|current|pytorch|tensorflow|keras|still)\b[^.;]{0,40}\b(?:cut|cuts|drop|drops|remove|removes|ignore|ignores)\b (?:\w+ ){0,2}(?:gate|gates'?|other|recurrent) (?:\w+ )?(?:paths?|routes?|connections?|terms?)`,
    String.raw`(?:same|1997) (?:\w+ ){0,2}truncat\w* (?:\w+ ){0,4}(?:today|nowadays|still|modern)`,
    String.raw`\b(?:modern|today'?s|current|pytorch|tensorflow|keras|frameworks?|libraries|in practice)[^.;]{0,50}(?:still |also |always )?truncat\w*`,
    String.raw`still (?:\w+ ){0,2}truncat\w*`,
  ],
  "explosion-treated-as-vanishing": [
    String.raw`(?:vanishing and exploding|exploding and vanishing) (?:gradients? )?(?:\w+ )?(?:are|is|have|has) (?:\w+ )?(?:the same|one) (?:fix|cure|solution|problem|thing)`,
    String.raw`(?:same|one) (?:fix|cure|solution|remedy) for (?:both )?(?:vanishing and exploding|exploding and vanishing)`,
    String.raw`(?:lower|smaller|reduc\w*|decreas\w*) (?:the )?learning rate (?:\w+ ){0,4}(?:${FIX}|helps?|prevents?) (?:\w+ ){0,3}vanish\w*`,
    String.raw`${FIX} (?:the )?vanish\w* (?:\w+ ){0,3}(?:by|with) (?:a )?(?:lower|smaller) learning rate`,
  ],
  "init-irrelevant": [
    String.raw`initiali[sz]ation (?:\w+ ){0,2}(?:doesn'?t|does not|don'?t|do not|never) (?:really )?matter`,
    String.raw`initiali[sz]ation (?:\w+ ){0,2}(?:is irrelevant|makes? no difference|has no effect|plays no role)`,
    String.raw`(?:how|what) (?:you|we) initiali[sz]e (?:\w+ ){0,3}(?:doesn'?t|does not) matter`,
  ],
  "large-norm-guarantees-explosion": [
    String.raw`(?:norm|weights?|eigenvalues?|spectral radius) (?:\w+ ){0,3}(?:above|over|greater than|bigger than|larger than|>) ?(?:1|one)\b[^.;]{0,30}\b(?:always|guarantee\w*|must|will always|certainly)\b[^.;]{0,20}explod\w*`,
    String.raw`(?:always|guarantee\w*|must|will always) (?:\w+ ){0,2}explod\w* (?:\w+ ){0,3}(?:norm|weights?|eigenvalues?) (?:\w+ ){0,2}(?:above|over|greater than|bigger than|larger than|>) ?(?:1|one)\b`,
  ],
  "explosion-without-large-weights": [
    String.raw`explod\w* (?:\w+ ){0,4}(?:even |also )?with (?:small|tiny) (?:recurrent )?weights`,
    String.raw`(?:small|tiny) (?:recurrent )?weights (?:\w+ ){0,4}(?:can |still |also )?(?:make|cause|lead to) (?:\w+ ){0,2}explo\w*`,
  ],
  "clipping-changes-direction": [
    String.raw`clip\w* (?:\w+ ){0,4}(?:changes?|alters?|rotates?|flips?|turns?) (?:\w+ ){0,2}(?:the )?direction`,
    String.raw`clip\w* (?:\w+ ){0,4}points? (?:\w+ ){0,2}(?:a )?(?:different|new|other) (?:way|direction)`,
  ],
  "clipping-useless-for-explosion": [
    String.raw`clip\w* (?:\w+ ){0,3}(?:doesn'?t|does not|can'?t|cannot|won'?t) (?:\w+ )?(?:help|stop|prevent|fix|solve) (?:\w+ ){0,3}explo\w*`,
    String.raw`clip\w* (?:\w+ ){0,3}(?:useless|pointless|no use) (?:\w+ ){0,3}explo\w*`,
  ],
  "update-gate-always-copies": [
    String.raw`update gate (?:\w+ ){0,3}always (?:\w+ ){0,2}(?:cop(?:y|ies)|keeps?|passes)`,
    String.raw`update gate (?:\w+ ){0,3}(?:never|doesn'?t|does not) (?:\w+ )?(?:write|let in|overwrite)\w*`,
  ],
} as const satisfies Record<string, readonly string[]>;

export type PhrasedMisconception = keyof typeof phrasings;

/** The shared phrasings of the given misconceptions, in a rubric's misconceptionPatterns shape. */
export function misconceptionPhrasings(...ids: PhrasedMisconception[]) {
  return ids.map((misconception) => ({ patterns: [...phrasings[misconception]], misconception }));
}

/**
 * One misconception's phrasings for an idea's contradictions: when the misconception replaces
 * the mechanism a question asks for (the forward pass instead of the backward one), stating it
 * is the opposite of the idea, not a side remark.
 */
export function phrasingsOf(id: PhrasedMisconception): string[] {
  return [...phrasings[id]];
}

// A consequence clause: "so", "which is why", "which means", "therefore". The lookbehind keeps
// the connective out of the match, so it still closes any negation before it ("it is not
// squashed, so the error shrinks" states the shrinking). A clause that began with another
// network, a contrast or a condition ("in a tanh RNN ..., so the signal shrinks") is about
// something else.
const ELSEWHERE = String.raw`\b(?:rnns?|unlike|without|if|would|could|otherwise|instead|plain)\b`;
const CONSEQUENCE = String.raw`(?<=(?:^|[;:]\s*)(?:(?!${ELSEWHERE})[^;:])*\b(?:so|which is why|which means|that'?s why|this means|therefore|hence|thus) )`;
// A negated or hedged verb is not the consequence: "so it doesn't shrink", "so it barely decays".
const NEGATED = String.raw`not|no|never|nothing|nor|cannot|(?:does|do|did|is|wo|can)n'?t|dosent|stops?|prevents?`;
const GAP = String.raw`(?:(?!(?:${ELSEWHERE}|${NEGATED}|than|else|fewer|less|barely|hardly|scarcely|rarely)\b)[\w']+ ){0,6}`;
const SHRINKS = String.raw`(?:shrinks?|shrinking|decays?|decaying|vanish(?:es)?|dies out|fades?(?: away)?|goes to (?:0|zero))\b`;
// "shrinks, but only slowly" is the cell path's true consequence, not its opposite.
const NOT_SLOWLY = String.raw`(?![^.;]{0,30}\b(?:slowly|slower|slowest|gradual\w*|a little|a bit|barely|hardly|nearly as|not as)\b)`;

/**
 * Consequences that undo a mechanism keeping the error (near) constant: an answer that names
 * the weight-1 loop or the forget gate near 1 and then concludes that the error shrinks
 * ("which means the gradient shrinks even faster than in a tanh RNN") names the mechanism
 * without its effect. `belowOne` adds a per-step factor below 1 ("so the error is multiplied
 * by 0.5"), which undoes a weight of exactly 1 but not a forget gate just under 1.
 */
function shrinkingConsequences(belowOne: boolean): string[] {
  const shrinks = String.raw`${CONSEQUENCE}${GAP}${SHRINKS}${NOT_SLOWLY}`;
  const scaled = String.raw`${CONSEQUENCE}${GAP}(?:multipl\w*|scaled) by (?:about |roughly )?0?\.\d+`;
  return belowOne ? [shrinks, scaled] : [shrinks];
}

/**
 * The idea's patterns, each stated only when no shrinking consequence follows it in its
 * sentence: such an answer names the mechanism but not what it does, so the idea is missing
 * (partial credit), not contradicted (no credit).
 */
export function unlessShrinking(patterns: readonly string[], { belowOne }: { belowOne: boolean }) {
  const after = String.raw`(?![^.;]*?(?:${shrinkingConsequences(belowOne).join("|")}))`;
  return patterns.map((p) => `(?:${p})${after}`);
}
