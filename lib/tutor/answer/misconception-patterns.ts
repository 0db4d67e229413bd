/**
 * Question and colloquial forms of the catalogued misconceptions, by id: the wordings the
 * short-text rubrics' shared phrasings (lib/content) do not foresee ("so I can delete
 * clip_grad_norm since I use an LSTM?"). Regular-expression sources, matched case-insensitively
 * on the lower-cased message by `misconceptions.ts`, which also decides negation.
 */

const CLIP = String.raw`(?:clip\w*|clip_grad_norm\w*|clip_grad\w*)`;
const LSTM = String.raw`(?:lstms?|grus?|gated (?:networks?|units?|rnns?)|gates?)`;
const FIX = String.raw`(?:fix|solve|cure|prevent|stop|remove|eliminate|get rid of|avoid|take care of|takes care of|handle|sort out|sorts out|address|tackle)\w*`;
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
    String.raw`${CLIP}[^?.]*(?:${FIX}|help\w*|deal\w* with|cure\w*)[^?.]*vanish`,
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
    String.raw`(?:norm )?${CLIP}[^?.]*(?:each|every|individual|separate)\w* (?:\w+ ){0,2}(?:component|entr|element|coordinate|value)`,
    String.raw`(?:norm )?${CLIP}[^?.]*element[- ]?wise`,
  ],
  "relu-alone-fixes-rnns": [
    String.raw`relu[^?.]*(?:${FIX}|no (?:more )?vanish|won'?t (?:have )?(?:\w+ )?vanish|(?:don'?t|won'?t|never) (?:\w+ ){0,3}vanish)`,
    String.raw`(?:just|simply|only) (?:use|switch to) relu`,
  ],
  "gates-remove-all-multiplication": [
    String.raw`(?:no|without any|zero) multiplications?`,
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
  ],
  "full-equals-truncated": [
    String.raw`truncat\w*[^?.]*\bfull\b[^?.]*\b(?:the same|identical|equivalent|no different)\b`,
    String.raw`full\b[^?.]*truncat\w*[^?.]*\b(?:the same|identical|equivalent|no different)\b`,
    String.raw`truncat\w*[^?.]*(?:same|identical|equal)\w* (?:\w+ ){0,2}(?:as |to )?(?:the )?full`,
    String.raw`full[^?.]*(?:same|identical|equal)\w* (?:\w+ ){0,2}(?:as |to )?(?:the )?truncat`,
  ],
  "spectral-radius-suffices": [
    String.raw`spectral radius[^?.]*?(?:\b0?\.\d+|below 1|less than 1|under 1|<\s*1)[^?.]*(?:shrink|vanish|decay|gets? smaller)\w*`,
    String.raw`spectral radius[^?.]*(?:below|less than|under|<)\s*(?:1|one)\b[^?.]*(?:shrink|vanish|decay|always|guarantee|from the (?:very )?first)`,
    String.raw`(?:eigenvalues?|radius)[^?.]*(?:below|less than|<)\s*(?:1|one)[^?.]*(?:guarantee|always|every step|from the (?:very )?first)`,
  ],
  "large-norm-guarantees-explosion": [
    // "sigma_max(W) = 2.5 so it's definitely going to blow up": a value above 1, then certainty.
    String.raw`(?:sigma_max|σ_max|σmax|largest singular value|singular value|spectral norm)[^?.\d]{0,20}?(?:=|is|of|above|>)\s*(?:[1-9]\d*(?:\.\d+)?)[^?.]*(?:definitely|guarantee\w*|must|certainly|surely|bound to|going to|will|always)[^?.]*(?:explod|blow)`,
    String.raw`(?:singular value|spectral norm|norm)[^?.]*(?:above|greater than|bigger than|>)[^?.]*(?:guarantee|always|must|will|means? it)[^?.]*explod`,
  ],
  "sigmoid-derivative-one": [
    String.raw`(?:sigmoid|σ)(?:'s)?[^?.]*(?:derivative|slope|gradient)[^?.]*(?:reach|be|equal|hit|gets? to|gets? up to|goes? (?:up )?to|climbs? to|rises? to|tops? out at|peaks? at|maxes out at)\w* (?:up to |as high as |exactly )?(?:1|one)\b`,
  ],
  "residual-adds-parameters": [
    String.raw`residual[^?.]*(?:add|more|extra)\w* (?:\w+ )?(?:parameters|weights|capacity)`,
    String.raw`(?:skip|shortcut)[^?.]*(?:add|more|extra)\w* (?:\w+ )?(?:parameters|weights)`,
  ],
  "residual-path-still-multiplies": [
    String.raw`residual[^?.]*(?:just|still|only) (?:the )?product of (?:the )?branch`,
    String.raw`(?:residual|resnets?|skip connections?)[^?.]*(?:just|still|only|simply)[^?.]*branch\w*[^?.]*(?:multipl\w*|product)`,
    String.raw`(?:residual|resnets?|skip connections?)[^?.]*(?:just|still|only|simply) (?:multipl\w*|(?:a |the )?product of)[^?.]*branch`,
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
    String.raw`(?:forget[- ]gate )?bias[^?.]*(?:irrelevant|unimportant|no (?:real )?(?:effect|difference))`,
    // "I'll leave the forget bias at 0, surely it won't matter", "b_f 0 or 5 changes nothing".
    String.raw`${FORGET_BIAS}[^?.]*${NO_MATTER}`,
    String.raw`${NO_MATTER} (?:\w+ ){0,4}${FORGET_BIAS}`,
    String.raw`(?:leave|leaving|keep|keeping|left)\w* (?:the )?${FORGET_BIAS} (?:at |to |as )?(?:0|zero|default)\b[^?.]*\b(?:fine|ok|okay|enough|no problem)\b`,
  ],
  "truncation-cuts-cell-path": [
    String.raw`truncat\w*[^?.]*(?:cut|block|stop)\w* (?:\w+ ){0,2}(?:cell|self[- ]?loop|carousel)`,
  ],
  "clipping-not-applied": [
    String.raw`(?:components?|entries|elements|coordinates)[^?.]*(?:already )?(?:small|smaller|tiny|below|under|less than|within)[^?.]*(?:stay|remain|untouched|unchanged|as (?:they|it) (?:are|is|was|were))`,
    // "only the 30 gets scaled down": one named component said to be the only one rescaled
    // ("only the 30 gets clipped to 10" caps it at θ, the element-wise rule instead).
    String.raw`only (?:the )?(?:\d+(?:\.\d+)?|big|large|largest|biggest|first|second|last)(?: \w+)? (?:one |component |entry |element )?(?:gets?|is|are) (?:scaled|shrunk|reduced|rescaled|touched)`,
    String.raw`only (?:the )?(?:big|large|largest|biggest)(?: \w+)? (?:components?|entries|elements|coordinates|values|ones) (?:get |are )?(?:clipped|scaled|shrunk|cut|reduced|capped)`,
    String.raw`(?:small|smaller|tiny) (?:components?|entries|elements|coordinates|values|ones)[^?.]*(?:stay|remain|untouched|unchanged|as (?:they|it) (?:are|is|was|were))`,
  ],
  "clipping-sets-length": [
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
  "update-gate-always-copies": [String.raw`update gate[^?.]*always (?:keeps?|copies|copy)`],
  "update-bias-irrelevant": [
    String.raw`update[- ]gate bias[^?.]*(?:doesn'?t|does not|don'?t) (?:really )?matter`,
    String.raw`update[- ]gate bias[^?.]*(?:irrelevant|no (?:real )?effect)`,
    String.raw`update[- ]gate bias[^?.]*\b(?:barely|hardly|rarely|little|not much)\s+(?:\w+ )?(?:matters?|changes?|affects?|does)`,
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
