/**
 * Question and colloquial forms of the catalogued misconceptions, by id: the wordings the
 * short-text rubrics' shared phrasings (lib/content) do not foresee ("so I can delete
 * clip_grad_norm since I use an LSTM?"). Regular-expression sources, matched case-insensitively
 * on the lower-cased message by `misconceptions.ts`, which also decides negation.
 */

/** Clipping by name, or "capping the (gradient) norm", which is the same rule in other words. */
const CLIP = String.raw`(?:clip\w*|clip_grad_norm\w*|clip_grad\w*|cap\w* (?:the |my )?(?:grad\w* )?norms?)`;
const LSTM = String.raw`(?:lstms?|grus?|gated (?:networks?|nets?|units?|rnns?)|gates?)`;
const FIX = String.raw`(?:fix|solve|cure|prevent|stop|remove|eliminate|get rid of|avoid|take care of|takes care of|handle|sort out|sorts out|address|tackle)\w*`;
/** Remedies that would lengthen a shrunk gradient: "boost them", "bring back the signal". */
const ENLARGE = String.raw`(?:boost|amplify|revive|restore|pump|strengthen|rescue|enlarge|bring (?:\w+ ){0,2}back|scale (?:them|it) up)\w*`;
/** A vanished gradient by name, by its size ("too small", "tiny") or by what it carries. */
const VANISHED = String.raw`(?:vanish\w*|too[- ](?:small|tiny|weak)|tiny (?:grad\w*|ones)|small (?:grad\w*|ones)|long[- ](?:range|term) (?:signal|grad\w*|dependenc\w*|information))`;
/** The forget-gate bias by name or symbol ("b_f"), and the GRU's update-gate bias ("b_z"). */
const FORGET_BIAS = String.raw`(?:forget[- ]gate bias|forget bias|\bb_?f\b)`;
const UPDATE_BIAS = String.raw`(?:update[- ]gate bias|update bias|\bb_?z\b)`;
/** "Won't matter", "makes no difference", "changes nothing": a setting said to be irrelevant. */
const NO_MATTER = String.raw`(?:(?:doesn'?t|does not|don'?t|won'?t|will not|wouldn'?t|shouldn'?t|isn'?t going to) (?:really |even |much )?(?:matter|make (?:a|any|much) difference)|changes? nothing|makes? no (?:real )?difference)`;

/** Question and colloquial forms, by misconception id. */
export const MISCONCEPTION_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  "lstm-never-explodes": [
    // "delete gradient clipping", "drop the norm clipping": a few words may name the clipping.
    String.raw`(?:delete|drop|remove|skip|turn off|disable|don'?t need|do not need|no need for|without)\s+(?:(?:the|my|our|gradient|grad|norm)\s+){0,3}${CLIP}[^?.]*\b${LSTM}`,
    String.raw`\b${LSTM}\b[^?.]*(?:don'?t|do not|never|doesn'?t|does not|no longer) (?:need|use|require)\w* (?:\w+ ){0,2}${CLIP}`,
    String.raw`\b${LSTM}\b[^?.]*(?:can'?t|cannot|never|don'?t|doesn'?t|won'?t) (?:\w+ ){0,2}(?:explod\w*|blow\w* up)`,
    String.raw`\b${LSTM}\b[^?.]*(?:immune|safe) (?:to|from) (?:\w+ )?explod`,
    // "the gates are squashed into [0,1] so the gradients through time are bounded": a gated
    // network's gradient said to be bounded is the claim that it cannot explode.
    String.raw`\b${LSTM}\b[^?]*\bgrad\w*[^?.]*(?:are |is |stays? |remains? |gets? |always )*(?:bounded|capped|limited)\b(?! (?:by|above))`,
    String.raw`\bgrad\w*[^?.]*\b(?:through|of|in) (?:an? |the )?${LSTM}\b[^?.]*(?:are |is |stays? |remains? |always )+(?:bounded|capped|limited)\b(?! (?:by|above))`,
    // "why do we need clipping at all if LSTMs exist": the question presupposes the claim.
    String.raw`\bwhy (?:do|would|should) (?:we|i|you|people) (?:still |even )?(?:need|use|bother with) (?:\w+ ){0,2}${CLIP}[^?.]*\b(?:if|when|since|once|given) (?:\w+ ){0,3}${LSTM}`,
  ],
  "lstm-never-vanishes": [
    String.raw`\b(?:lstms?|grus?)\b[^?.]*(?:never|can'?t|cannot|don'?t|doesn'?t|won'?t) (?:\w+ ){0,3}vanish`,
    String.raw`\b(?:lstms?|grus?)\b[^?.]*(?:immune|safe) (?:to|from) (?:\w+ )?vanish`,
  ],
  "clipping-fixes-vanishing": [
    String.raw`${CLIP}[^?.]*(?:${FIX}|help\w*|deal\w* with|cure\w*|protect\w* (?:\w+ )?against|guard\w* against|${ENLARGE})[^?.]*${VANISHED}`,
    // "grads are vanishing so I'm adding clip_grad_norm to boost them": a plan to lengthen
    // small gradients by clipping.
    String.raw`(?![^?.]*(?:explo|\bboth\b))${VANISHED}[^?.]*${CLIP}[^?.]*\b${ENLARGE}`,
    String.raw`vanish\w*[^?.]*(?:${FIX}|solved|fixed)[^?.]*(?:by|with) ${CLIP}`,
    // "my gradient vanishes, so I'll just turn on clipping, that should fix it": the remedy
    // named after the symptom. With explosion in the claim too ("clipping handles both"), it is
    // the two failures taken for one.
    String.raw`(?![^?.]*(?:explo|\bboth\b))vanish\w*[^?.]*${CLIP}[^?.]*(?:${FIX}|help\w*|sort\w* (?:it|this) out)`,
    String.raw`(?![^?.]*(?:explo|\bboth\b))vanish\w*[^?.]*(?:just|simply) (?:\w+ ){0,3}(?:turn on|add|use|enable|apply)\w* (?:\w+ ){0,2}${CLIP}`,
  ],
  "clipping-changes-direction": [
    String.raw`${CLIP}[^?.]*\b(?:rotat|tilt|skew|bend|twist)\w*`,
    String.raw`\b(?:rotat|tilt|skew|twist)\w* the (?:clipped )?gradient`,
    String.raw`${CLIP}[^?.]*(?:change|alter|rotate|flip|distort|mess(?:es)? up)\w* (?:\w+ ){0,3}direction`,
    String.raw`direction[^?.]*(?:change|alter)\w*[^?.]*${CLIP}`,
    String.raw`${CLIP}[^?.]*(?:change|alter|shift|move)\w* (?:where|which way) (?:\w+ ){0,2}points?`,
    // "has to point the gradient somewhere else", "sends it off in another direction".
    String.raw`${CLIP}[^?.]*(?:point|send|turn|steer|aim)\w* (?:\w+ ){0,3}(?:somewhere else|elsewhere|another way|a different way|(?:in |towards? )?(?:a |an )?(?:new|different|other) direction)`,
  ],
  "clipping-is-elementwise": [
    // Not "scales every component by the same factor", which is the rule itself.
    String.raw`(?:norm )?${CLIP}(?![^?.]*\b(?:same|one|single|common) (?:factor|scale|number)\b)[^?.]*(?:each|every|individual|separate)\w* (?:\w+ ){0,2}(?:component|entr|element|coordinate|value)`,
    String.raw`(?:norm )?${CLIP}[^?.]*element[- ]?wise`,
  ],
  "relu-alone-fixes-rnns": [
    String.raw`relu[^?.]*(?:${FIX}|no (?:more )?vanish|won'?t (?:have )?(?:\w+ )?vanish|(?:don'?t|won'?t|never) (?:\w+ ){0,3}vanish)`,
    // "since relu has slope 1, vanishing gradients just can't happen in my relu rnn".
    String.raw`relu[^?.]*vanish\w*(?: gradients?)?(?: problems?)? (?:\w+ )?(?:can'?t|cannot|won'?t|never|will never) (?:\w+ )?(?:happen|occur|arise|be a problem)`,
    String.raw`(?:just|simply|only) (?:use|switch to) relu`,
    // "replaced tanh with relu so the vanishing problem is gone", "relu is all an rnn needs".
    String.raw`relu[^?.]*vanish\w*(?: gradients?)?(?: problem)? (?:is |are )?(?:now )?(?:gone|over|solved|fixed|history|a thing of the past)\b`,
    String.raw`relu\b[^?.]*\bis all (?:an? |the |my )?(?:\w+ ){0,2}(?:rnns?|networks?|nets?) (?:\w+ )?needs?\b`,
  ],
  "gates-remove-all-multiplication": [
    String.raw`(?:no|without any|zero) multiplications?`,
    // "there are no products anywhere in the lstm's backward pass".
    String.raw`(?:no|without any|zero) products? (?:\w+ )?(?:anywhere|at all|whatsoever)`,
    String.raw`(?:gates?|additive|lstms?)[^?.]*(?:remove|eliminate|avoid)\w* (?:all )?(?:the )?multiplication`,
    // "going back along the cell nothing gets multiplied, it's pure addition".
    String.raw`(?:cell|carousel|lstms?)\b[^?.]*\bnothing (?:\w+ ){0,2}multipl`,
    String.raw`(?![^?.]*(?:multipl|product|forget|\bf_t\b|\bupdate|forward))(?:cell|carousel|lstms?)\b[^?.]*\b(?:pure|purely|only|just) (?:an? )?(?:addition|additive|sums?|adding)\b`,
  ],
  "forget-gate-always-one": [
    // Not "the forget gate bias is set to 1": a bias of 1 is the recommended start, not the claim.
    String.raw`forget[- ]gate(?! ?bias)(?![^?.]*\bbias (?:is |are |was |gets? |of |at |to |=|set|default))[^?.]*(?:sits?|stays?|is|are|fixed|stuck|set|equals?|starts?|begins?|defaults?) (?:\w+ ){0,2}(?:at |to |as )?(?:1|one|fully open)\b`,
    String.raw`forget[- ]gate[^?.]*always (?:\w+ )?(?:1|one|open)\b`,
    String.raw`\bf_?t\b (?:is |=\s*)(?:always )?1\b`,
  ],
  "truncation-is-modern-practice": [
    String.raw`\b(?:modern|today'?s|current|pytorch|tensorflow|keras|frameworks?|nowadays)\b[^?.]*(?:still |also )?truncat`,
    String.raw`\b(?:modern|today'?s|current|pytorch)\b[^?.]*(?:like|as in) (?:the )?1997`,
    // "pytorch lstms cut the gradient through the gates like hochreiter did in '97".
    String.raw`\b(?:modern|today'?s|current|pytorch|tensorflow|keras|frameworks?|nowadays)\b[^?.]*\b(?:cut|stop|block|drop|detach)\w* (?:\w+ ){0,5}gates?\b[^?.]*\b(?:like|as in|as|same as) (?:\w+ ){0,2}(?:1997|'?97|hochreiter|schmidhuber|original)`,
  ],
  "full-equals-truncated": [
    String.raw`truncat\w*[^?.]*\bfull\b[^?.]*\b(?:the same|identical|equivalent|no different)\b`,
    String.raw`full\b[^?.]*truncat\w*[^?.]*\b(?:the same|identical|equivalent|no different)\b`,
    String.raw`truncat\w*[^?.]*(?:same|identical|equal)\w* (?:\w+ ){0,2}(?:as |to )?(?:the )?full`,
    String.raw`full[^?.]*(?:same|identical|equal)\w* (?:\w+ ){0,2}(?:as |to )?(?:the )?truncat`,
    // "it makes no difference whether you use the truncated gradient or the full one, they're equal".
    String.raw`(?:truncat\w*[^?.]*\bfull\b|\bfull\b[^?.]*truncat\w*)[^?.]*\b(?:equal|interchangeable)\b`,
    String.raw`(?:makes? no (?:real )?difference|doesn'?t matter|no matter)[^?.]*(?:truncat\w*[^?.]*\bfull\b|\bfull\b[^?.]*truncat)`,
  ],
  "spectral-radius-suffices": [
    String.raw`spectral radius[^?.]*?(?:\b0?\.\d+|below 1|less than 1|under 1|<\s*1)[^?.]*(?:shrink|vanish|decay|gets? smaller)\w*`,
    String.raw`spectral radius[^?.]*(?:below|less than|under|<)\s*(?:1|one)\b[^?.]*(?:shrink|vanish|decay|always|guarantee|from the (?:very )?first)`,
    String.raw`(?:eigenvalues?|radius)[^?.]*(?:below|less than|<)\s*(?:1|one)[^?.]*(?:guarantee|always|every step|from the (?:very )?first)`,
    // "both eigenvalues at 0.5 so it must shrink from step one", "inside the unit circle":
    // every value below 1, then shrinking at once.
    String.raw`(?:eigenvalues?|spectral radius|\|λ\||\brho\b|ρ)[^?.]*(?:(?:at|of|is|are|=|be)\s*(?:about |around |only )?0?\.\d+\b|inside the unit circle|(?:below|less than|under|smaller than|<)\s*(?:1|one)\b)[^?.]*(?:shrink|vanish|decay|smaller)\w*[^?.]*(?:from (?:the )?(?:very )?(?:first step|start|beginning|step (?:one|1|0))|right away|immediately|straight away|at once|every (?:single )?step)`,
    String.raw`(?:eigenvalues?|spectral radius|\|λ\||\brho\b|ρ)[^?.]*(?:(?:at|of|is|are|=|be)\s*(?:about |around |only )?0?\.\d+\b|inside the unit circle|(?:below|less than|under|smaller than|<)\s*(?:1|one)\b)[^?.]*(?:must|guarantee\w*|definitely|always|bound to)[^?.]*(?:shrink|vanish|decay|smaller)`,
  ],
  "large-norm-guarantees-explosion": [
    // "sigma_max(W) = 2.5 so it's definitely going to blow up": a value above 1, then certainty.
    String.raw`(?:sigma_max|σ_max|σmax|largest singular value|singular value|spectral norm)[^?.\d]{0,20}?(?:=|is|of|above|>)\s*(?:[1-9]\d*(?:\.\d+)?)[^?.]*(?:definitely|guarantee\w*|must|certainly|surely|bound to|going to|will|always)[^?.]*(?:explod|blow)`,
    String.raw`(?:singular value|spectral norm|norm)[^?.]*(?:above|greater than|bigger than|>)[^?.]*(?:guarantee|always|must|will|means? it)[^?.]*explod`,
    // "sigma_max(W) = 3 means explosion is guaranteed": the certainty after the failure.
    String.raw`(?:sigma_max|σ_max|σmax|largest singular value|singular value|spectral norm)[^?.\d]{0,20}?(?:=|is|of|above|>)\s*(?:[1-9]\d*(?:\.\d+)?)[^?.]*(?:explo\w*|blow\w* up)[^?.]*\b(?:guarantee\w*|certain|inevitable|unavoidable|a given)\b`,
  ],
  "sigmoid-derivative-one": [
    String.raw`(?:sigmoid|σ)(?:'s)?[^?.]*(?:derivative|slope|gradient)[^?.]*(?:reach|be|equal|hit|gets? to|gets? up to|goes? (?:up )?to|climbs? to|rises? to|tops? out at|peaks? at|maxes out at)\w* (?:up to |as high as |exactly )?(?:1|one)\b`,
  ],
  "residual-adds-parameters": [
    String.raw`residual[^?.]*(?:add|more|extra)\w* (?:\w+ )?(?:parameters|weights|capacity)`,
    String.raw`(?:skip|shortcut)[^?.]*(?:add|more|extra)\w* (?:\w+ )?(?:parameters|weights)`,
  ],
  "residual-path-still-multiplies": [
    String.raw`residual[^?.]*(?:just|still|only) (?:the )?product of (?:all )?(?:the )?branch`,
    // "skips" and "shortcuts" name the residual path too.
    String.raw`(?:residual|resnets?|skip(?:s| connections?)?|shortcuts?)\b[^?.]*(?:just|still|only|simply)[^?.]*branch\w*[^?.]*(?:multipl\w*|product)`,
    String.raw`(?:residual|resnets?|skip(?:s| connections?)?|shortcuts?)\b[^?.]*(?:just|still|only|simply) (?:\w+ )?(?:multipl\w*|(?:a |the )?product of)[^?.]*branch`,
  ],
  "lstm-stores-everything": [
    String.raw`\b(?:lstms?|grus?)\b[^?.]*(?:unlimited|infinite|arbitrar\w*|endless) (?:amount of |length of )?(?:history|memory|context|past|inputs?)`,
    String.raw`\b(?:lstms?|grus?)\b[^?.]*(?:remember|store|keep|save)\w* (?:\w+ ){0,2}(?:everything|all (?:of )?(?:the )?(?:past|history|inputs)|forever)`,
    String.raw`\b(?:lstms?|grus?)\b[^?.]*(?:never forget|perfect memory|infinite memory)`,
    // "can store the whole sequence perfectly", "memory is unlimited": a whole input kept.
    String.raw`\b(?:lstms?|grus?)\b[^?.]*(?:remember|store|keep|save|hold)\w* (?:\w+ ){0,2}(?:whole|entire|full|complete) (?:sequence|history|input|past|stream)`,
    String.raw`\b(?:lstms?|grus?)\b[^?.]*memory (?:is |becomes )?(?:unlimited|infinite|unbounded|endless)`,
  ],
  "rnn-cannot-remember-at-all": [
    String.raw`(?:plain |vanilla |simple )?rnns?\b[^?.]*(?:can'?t|cannot|don'?t|doesn'?t) (?:remember|store|keep) (?:anything|at all)`,
    String.raw`rnns?\b[^?.]*(?:no|zero) memory at all`,
  ],
  "bigger-hidden-fixes-vanishing": [
    String.raw`(?:bigger|larger|wider|more) (?:hidden|units|neurons|state|layer|width)[^?.]*(?:${FIX}|help|stop|solve|cure)\w*[^?.]*(?:vanish|gradient)`,
    String.raw`(?:increase|increasing|raise|double)\w* (?:the )?(?:hidden (?:size|state|units)|width)[^?.]*(?:vanish|${FIX})`,
    // "1024 units instead of 128 so long-term gradients won't die out": a width named by number.
    String.raw`\b\d+ (?:hidden )?(?:units|neurons|dims?|dimensions)\b (?:instead of|rather than|up from|over|vs\.?) \d+\b[^?.]*(?:won'?t|don'?t|never|no longer|can'?t|cannot) (?:\w+ ){0,2}(?:vanish|die|fade|shrink|decay)`,
  ],
  "cec-has-gates": [
    String.raw`(?:carousel|cec)\b[^?.]*(?:is|are|=|means|made of|consists of) (?:just |basically |simply )?(?:the )?(?:\w+ ){0,4}gat`,
  ],
  "gradients-add-over-time": [
    String.raw`(?:bptt|backprop\w*)[^?.]*(?:add|sum)\w* (?:up )?(?:the )?(?:per[- ]step )?(?:factors|jacobians|derivatives)`,
    String.raw`(?:factors|jacobians)[^?.]*(?:are )?(?:added|summed)`,
  ],
  "vanishing-is-forward-only": [
    String.raw`vanish\w*[^?.]*(?:just|only|about|really)[^?.]*(?:activations?|outputs?|hidden states?)[^?.]*(?:small|shrink|smaller|forward)`,
    String.raw`vanish\w*[^?.]*forward[- ]pass`,
    // "the hidden state itself goes to zero": the forward values taken for the gradient.
    String.raw`vanish\w*[^?.]*(?:hidden states?|activations?|outputs?) (?:\w+ ){0,2}(?:goes|go|shrinks?|decays?|drops?|fades?) (?:to|toward|towards) (?:zero|0)\b`,
  ],
  "init-fixes-training-forever": [
    String.raw`(?:orthogonal|identity|good|careful|right|proper) init\w*[^?.]*(?:enough|forever|(?:whole|entire|rest)(?: of)? (?:the )?training|all (?:of )?training|throughout|for good|permanently|always|(?:stay|remain)\w* (?:nice|fine|good|healthy|stable|ok|okay|well[- ]behaved))`,
    // "once I init orthogonally it stays fine for the whole training"
    String.raw`init\w* (?:\w+ ){0,2}(?:orthogonal|identity)\w*[^?.]*(?:enough|forever|(?:whole|entire|rest)(?: of)? (?:the )?training|all (?:of )?training|throughout|for good|permanently|(?:stay|remain)\w* (?:nice|fine|good|healthy|stable|ok|okay|well[- ]behaved))`,
  ],
  "gru-has-cell-state": [
    String.raw`grus?\b[^?.]*(?:has|have|keeps?|uses?|with) (?:a |its own |a separate )?(?:separate )?cell state`,
    // "a gru has its own memory cell separate from h", "carries a c_t next to its hidden state".
    String.raw`grus?\b[^?.]*\b(?:has|have|keeps?|uses?|carr(?:y|ies)|maintains?|with) (?:an? |its own |a separate |its )?(?:separate |own |extra )?(?:memory cell|cell|c_t)\b(?! (?:gate|update|path))`,
  ],
  "explosion-without-large-weights": [
    String.raw`explod\w*[^?.]*\b(?:when|with|if|though)\b[^?.]*weights?[^?.]*\b(?:tiny|small|near zero|close to zero|below 1)\b`,
    String.raw`\b(?:tiny|small) (?:recurrent )?weights?[^?.]*(?:can |still |also )?explod`,
  ],
  "bounded-activation-bounds-gradient": [
    String.raw`(?:tanh|sigmoid|bounded)[^?.]*bounded[^?.]*(?:gradient|can'?t|cannot|won'?t|never)[^?.]*(?:explode|blow|bounded|grow)`,
    String.raw`(?:tanh|sigmoid)[^?.]*(?:is |are )?bounded[^?.]*so[^?.]*(?:gradient|it)[^?.]*(?:can'?t|cannot|won'?t|never)`,
    // "tanh outputs are between -1 and 1 so the gradient can't blow up": output range taken for a gradient bound.
    String.raw`(?:tanh|sigmoid)[^?]*(?:between|in|within) (?:\[|\()?(?:-1|−1|0)(?: and|,) ?1\b[^?]*(?:gradient|it)[^?]*(?:can'?t|cannot|can not|won'?t|never|couldn'?t)[^?]*(?:explod|blow|grow)`,
    // "tanh caps h between -1 and 1, so backprop can never blow up", "squashes everything into
    // [-1, 1] so the gradient can't get huge": the range of the values read as one of the gradient.
    String.raw`(?:tanh|sigmoid)[^?]*(?:between|in|within|into|to) (?:\[|\()? ?(?:-1|−1|0)(?: and|,) ?1\b[^?]*\b(?:grad\w*|it|backprop\w*|bptt|nothing|they|rnns?|networks?|nets?)\b[^?]*(?:can'?t|cannot|can not|won'?t|never|couldn'?t|no way)\s+(?:\w+\s+){0,2}(?:explod|blow|grow|get (?:huge|large|big)|become (?:huge|large))`,
  ],
  "saturation-harmless": [
    String.raw`saturat\w*[^?.]*(?:fine|ok|okay|no problem|harmless|not a problem)`,
    String.raw`saturat\w*[^?.]*(?:doesn'?t|does not|don'?t|no) (?:\w+ )?(?:matter|affect|effect|harm|hurt)`,
    String.raw`saturat\w*[^?.]*harmless`,
  ],
  "forget-bias-irrelevant": [
    String.raw`(?:forget[- ]gate )?bias[^?.]*\b(?:barely|hardly|rarely|little|not much)\s+(?:\w+ )?(?:matters?|changes?|affects?|does)`,
    String.raw`(?:forget[- ]gate )?bias[^?.]*(?:is )?(?:just|only|merely) (?:an? )?initiali[sz]`,
    String.raw`(?:forget[- ]gate )?bias[^?.]*(?:doesn'?t|does not|don'?t) (?:really )?(?:matter|change|make a difference)`,
    String.raw`(?:forget[- ]gate )?bias[^?.]*(?:irrelevant|unimportant|no (?:real )?(?:effect|difference)|rounding error)`,
    // "Is there any point setting forget bias to 1? Surely it's a rounding error": the next
    // sentence dismisses what the question named.
    String.raw`${FORGET_BIAS}[^.?!]*[.?!]\s+(?:surely |honestly |i mean |come on,? )?(?:it'?s|it is|that'?s|that is)\s+(?:just |only |basically )?(?:a |an )?(?:rounding error|negligible|irrelevant|noise|cosmetic|nothing)`,
    // "I'll leave the forget bias at 0, surely it won't matter", "b_f 0 or 5 changes nothing".
    String.raw`${FORGET_BIAS}[^?.]*${NO_MATTER}`,
    String.raw`${NO_MATTER} (?:\w+ ){0,4}${FORGET_BIAS}`,
    String.raw`(?:leave|leaving|keep|keeping|left)\w* (?:the )?${FORGET_BIAS} (?:at |to |as )?(?:0|zero|default)\b[^?.]*\b(?:fine|ok|okay|enough|no problem)\b`,
  ],
  "truncation-cuts-cell-path": [
    String.raw`truncat\w*[^?.]*(?:cut|block|stop)\w* (?:\w+ ){0,2}(?:cell|self[- ]?loop|carousel)`,
  ],
  "clipping-not-applied": [
    // "with θ = 4 the 1 is already under 4 so it stays 1": a component named by its value.
    String.raw`\bthe (?:\d+(?:\.\d+)?) (?:is |was |being )?(?:already )?(?:below|under|less than|smaller than|within)\b[^?.]*\b(?:stays?|remains?|untouched|unchanged|left alone|as (?:it|is))\b`,
    String.raw`(?:components?|entries|elements|coordinates)[^?.]*(?:already )?(?:small|smaller|tiny|below|under|less than|within)[^?.]*(?:stay|remain|untouched|unchanged|as (?:they|it) (?:are|is|was|were))`,
    // "only the 30 gets scaled down": one named component said to be the only one rescaled
    // ("only the 30 gets clipped to 10" caps it at θ, the element-wise rule instead).
    String.raw`only (?:the )?(?:\d+(?:\.\d+)?|big|large|largest|biggest|first|second|last)(?: \w+)? (?:one |component |entry |element )?(?:gets?|is|are) (?:scaled|shrunk|reduced|rescaled|touched)`,
    String.raw`only (?:the )?(?:big|large|largest|biggest)(?: \w+)? (?:components?|entries|elements|coordinates|values|ones) (?:get |are )?(?:clipped|scaled|shrunk|cut|reduced|capped)`,
    String.raw`(?:small|smaller|tiny) (?:components?|entries|elements|coordinates|values|ones)[^?.]*(?:stay|remain|untouched|unchanged|as (?:they|it) (?:are|is|was|were))`,
  ],
  "clipping-sets-length": [
    // "every gradient has norm exactly 5, even the small ones", "rescales every gradient to
    // exactly norm θ": every gradient, whatever its length, said to end at the threshold.
    String.raw`${CLIP}[^?.]*\b(?:every|all|any|each) (?:\w+ )?grad\w*[^?.]*\b(?:exactly|always)\b[^?.]*(?:norm|length|threshold|θ|theta)`,
    String.raw`${CLIP}[^?.]*(?:(?:norm|length) (?:of |to |equal to |exactly )*(?:the )?(?:θ|theta|threshold|\d+)|(?:to|at) exactly)[^?.]*\beven (?:the )?(?:small|tiny|short)\w*(?! (?:\w+ )?(?:stay|remain|are left|untouched|unchanged))`,
    String.raw`${CLIP}[^?.]*always (?:sets?|makes?) (?:\w+ ){0,3}(?:length|norm)`,
    String.raw`${CLIP}[^?.]*(?:every|any|all) gradients?[^?.]*(?:length|norm) (?:of |to |equal to )?(?:the )?threshold`,
    String.raw`${CLIP}[^?.]*(?:norm|length)[^?.]*\b(?:always|exactly)\b[^?.]*(?:threshold|θ|theta)`,
  ],
  "clipping-useless-for-explosion": [
    String.raw`${CLIP}[^?.]*(?:doesn'?t|does not|can'?t|cannot|won'?t)[^?.]*(?:help|protect|do anything)[^?.]*explod`,
  ],
  "derivative-is-value": [
    String.raw`(?:gradient|derivative)[^?.]*(?:wrt|with respect to|w\.r\.t\.?) w\b[^?.]*(?:is )?(?:just |simply )?(?:x_?t\b|the value|the output|itself)`,
    String.raw`(?:derivative|gradient)[^?.]*(?:is|equals) (?:just |simply )?(?:the )?(?:value|output) itself`,
  ],
  "update-gate-always-copies": [
    String.raw`update gate[^?.]*always (?:keeps?|copies|copy)`,
    // "starts out copying the old state", "pinned near 1 from the start": copying said to be the
    // gate's initial behaviour (with a bias of 0 it starts near 0.5, half old and half new).
    String.raw`update gate(?![^?.]*(?:0?\.5\b|half))[^?.]*\b(?:starts?(?: out)?|begins?|initially|from the start|at init\w*|by default)\b[^?.]*\b(?:cop(?:y|ies|ying)|keep(?:s|ing)? (?:\w+ )?old|(?:near|at|close to) (?:1|one)\b|pinned|remembers? perfectly)`,
    String.raw`update gate(?![^?.]*(?:0?\.5\b|half))[^?.]*\b(?:cop(?:y|ies|ying)|pinned|(?:near|at|close to) (?:1|one)\b)[^?.]*\b(?:from the start|at init\w*|by default|initially|out of the box)`,
  ],
  "update-bias-irrelevant": [
    String.raw`update[- ]gate bias[^?.]*(?:doesn'?t|does not|don'?t) (?:really )?matter`,
    String.raw`update[- ]gate bias[^?.]*(?:irrelevant|no (?:real )?effect)`,
    String.raw`${UPDATE_BIAS}[^?.]*\b(?:barely|hardly|rarely|little|not much)\s+(?:\w+ )?(?:matters?|changes?|affects?|does)`,
    String.raw`${UPDATE_BIAS}[^?.]*\b(?:throwaway|irrelevant|unimportant|cosmetic|negligible|a detail)\b`,
    String.raw`(?:bias|b_z) of (?:the |a )?(?:gru'?s? )?update gate[^?.]*(?:barely|hardly|doesn'?t|does not|irrelevant|little)`,
    String.raw`${UPDATE_BIAS}[^?.]*${NO_MATTER}`,
    String.raw`${NO_MATTER} (?:\w+ ){0,4}${UPDATE_BIAS}`,
    String.raw`(?:leave|leaving|keep|keeping|left|don'?t bother with)\w* (?:the |my )?${UPDATE_BIAS}[^?.]*\b(?:fine|ok|okay|enough|no problem|at (?:0|zero)|default)\b`,
  ],
  "gru-convention-mixup": [
    String.raw`\bz(?:_t)?\b[^?.]*(?:close to|near|=|equals?|at|is) ?(?:1|one)\b[^?.]*(?:writes?|takes?|uses?|picks?|new candidate|candidate|overwrit)`,
    String.raw`update gate (?:near|close to|at|=|of) ?(?:1|one)\b[^?.]*(?:candidate|overwrit|writes)`,
    // "pytorch and chung et al. write the gru the same way", "z near 1 always means the same":
    // the two conventions taken for one. PyTorch and Cho et al. (2014) do write it the same way
    // (z near 1 keeps the old state); Chung et al. (2014) swap z and 1 - z.
    String.raw`(?=[^?.]*\bgru)(?=[^?.]*\b(?:chung|every|all|always|any|each)\b)[^?.]*(?:same (?:way|convention|equation|meaning|thing)|identical)`,
    // "copied a gru from chung et al., set the update bias to +4 for long memory, but it forgets
    // everything": Chung et al.'s z weights the candidate, so a positive bias overwrites; the
    // advice for a long memory was written in the other convention.
    String.raw`(?=[^?]*\bchung\b)(?=[^?]*(?:${UPDATE_BIAS}|\bz\b)[^?]*(?:\+ ?\d|positive|\b[1-9]\b))[^?]*\b(?:forget\w*|overwrit\w*|loses?|lost|wip\w*|no memory|doesn'?t remember)`,
  ],
  "init-irrelevant": [
    String.raw`init\w*[^?.]*(?:doesn'?t|does not|don'?t) (?:really )?matter`,
    String.raw`init\w*[^?.]*(?:hardly|barely|rarely|little|not really|doesn'?t really) matters?`,
    String.raw`init\w*[^?.]*(?:irrelevant|unimportant)`,
    // "whatever, the network will learn its way out of either": training said to undo any start.
    String.raw`init\w*[^?.]*\b(?:learn|train|work|sort)\w* (?:its|their) way out\b`,
    String.raw`init\w*[^?.]*\b(?:sorts?|fix(?:es)?|works?) (?:itself|themselves) out\b`,
  ],
  "lstm-no-better-on-long-lags": [
    // "an LSTM won't learn a long lag any better than a tanh RNN", "LSTMs are no better than RNNs"
    String.raw`\b(?:lstms?|gated (?:networks?|rnns?))\b[^?.]*(?:won'?t|wont|doesn'?t|don'?t|isn'?t|aren'?t|not|no|never|can'?t)\b[^?.]*\b(?:better|more|longer|further)\b[^?.]*\b(?:than|over|compared to) (?:an? |the )?(?:plain |vanilla |simple |ordinary |normal |tanh |basic )*(?:rnns?|recurrent)`,
    String.raw`\b(?:lstms?|gating|gated (?:networks?|rnns?))\b[^?.]*\b(?:(?:just|all|mostly|only|pure) )?(?:hype|overrated|overhyped)\b`,
    String.raw`\b(?:lstms?)\b[^?.]*\b(?:same|no different|just as bad)\b[^?.]*\b(?:as|from) (?:an? |the )?(?:plain |vanilla |simple |tanh )*rnns?\b[^?.]*\b(?:long|lags?|dependenc)`,
  ],
  "explosion-treated-as-vanishing": [
    String.raw`(?=[^?.]*explo)(?=[^?.]*vanish)[^?.]*same (?:fix|solution|cure|remedy|treatment)`,
    String.raw`(?:exploding|explosion)[^?.]*(?:same|identical) (?:fix|solution|cure|remedy)[^?.]*vanish`,
    String.raw`vanish\w*[^?.]*(?:same|identical) (?:fix|solution|cure|remedy)[^?.]*explod`,
    String.raw`${CLIP}[^?.]*(?:both|vanishing and exploding|exploding and vanishing)`,
    // "my loss is NaN so I'll add an LSTM to fix the vanishing gradient": explosion's symptom,
    // vanishing's remedy.
    String.raw`(?:\bnan\b|\binf\b|spik\w*|blow\w* up|blew up)[^?.]*(?:${FIX}|help\w*)[^?.]*vanish`,
  ],
};
