/**
 * Phrases that say one idea in several words, rewritten to that idea's word before a claim is
 * read by meaning (misconception-meaning.ts), for the learner's message and the catalogue's
 * labels alike: "from the first step" and "must" are certainty ("always"), "under 1" and "< 1"
 * are "below 1", "comes out with norm 5" and "gives a norm of 5" set the norm. A number the
 * message names as the clipping threshold ("clipping at 5") is that threshold where it comes
 * back ("…norm exactly 5"), a change "from 128 to 1024" makes something bigger, and a failure
 * that "goes away" or "stops" is fixed.
 */

const PHRASES: readonly (readonly [RegExp, string])[] = [
  // σ_max(W) is the largest singular value, in the catalogue's words.
  [/(?:\bsigma|σ)[_ ]?max\b/gi, " largest singular value "],
  // "A fixed size", "fixed at 1": constant, not repaired.
  [/\bfixed(?=[- ](?:size|length|width|number|point|vector|value|shape|at|to)\b)/gi, "constant"],
  // Certainty: a claim that holds at every step, whatever the case.
  [/\bfrom the (?:very )?first step\b/gi, " always "],
  [
    /\b(?:must|guarantee[sd]?|guaranteeing|definitely|certainly|inevitably|bound to)\b/gi,
    " always ",
  ],
  [/(?:\b(?:under|less than|smaller than|lower than)\b|<)\s*(?=(?:1|one)\b)/gi, " below "],
  // What a rule makes of its input.
  [/\b(?:comes?|ends?) (?:out|up) (?:with|at|as)\b|\b(?:gives?|giving)\b|\bbecomes?\b/gi, " sets "],
  // "That brings them back (up)": restores what had shrunk.
  [/\bbring(?:s|ing)? (?:them|it|those|these|the \w+) back(?: up)?\b/gi, " fix "],
  // "the vanishing should go away", "make the exploding stop": the failure fixed.
  [
    /\b(vanish\w*|explo\w*|(?:the )?problem)((?:\s+gradients?)?(?:\s+(?:should|will|would|must|then))?)\s+(?:go(?:es)? away|disappears?|stops?|is gone|goes)\b/gi,
    "$1$2 fixed",
  ],
  // "It can't matter much", "doesn't matter that much": mattering little, not at all.
  [
    /\b(?:can'?t|cannot|can not|doesn'?t|does not|don'?t|do not|won'?t|shouldn'?t|wouldn'?t)\s+(?:really\s+)?matter\s+(?:all\s+)?(?:that\s+|very\s+|too\s+|so\s+)?much\b/gi,
    " hardly matters ",
  ],
  // "That should sort it out": fixed.
  [/\bsort(?:s|ed|ing)?\s+(?:(?:it|this|that|them)\s+)?out\b/gi, " fix "],
  // "If they're tiny you should clip them": advice given for a case is its remedy.
  [/\bif\b[^,.;?!]*?\b(?:you should|you need to|you have to|just)\b/gi, "$& fix "],
  // "Not picking up long-range stuff", "can't capture long-term patterns": vanishing's symptom.
  [
    /\b(?:not|never|doesn'?t|can'?t|cannot|won'?t|isn'?t|fail(?:s|ing)? to|unable to)\s+(?:\w+\s+){0,2}?(?:long[- ](?:range|term|distance)|distant|far[- ]back)\b/gi,
    " vanishing ",
  ],
  // "Never throws anything away": everything stored.
  [
    /\b(?:never|doesn'?t|does not|won'?t)\s+(?:throws?|forgets?|loses?|discards?|deletes?|drops?|erases?)\s+(?:anything|a thing)(?:\s+away)?\b/gi,
    " stores everything ",
  ],
  // "The entire sequence", "its whole input history": everything the network has seen.
  [
    /\b(?:the|its|their|my)\s+(?:entire|whole|full|complete)\s+(?:input\s+)?(?:sequence|history|past|stream)\b/gi,
    " everything seen ",
  ],
  // "No need for an LSTM", "on its own": a remedy said to be enough by itself.
  [
    /\bno need for (?:an? |any )?(?:lstms?|grus?|gat\w+|anything (?:else|more))\b|\b(?:by itself|on its own|and nothing else)\b/gi,
    " alone ",
  ],
  // "More units = no more vanishing gradients": the failure fixed.
  [/\bno (?:more|longer any) (vanish\w*|explo\w*)/gi, "$1 fixed"],
  // Hochreiter & Schmidhuber's paper, "like they did in '97": the 1997 LSTM.
  [
    /\bhochreiter\b(?:\s*(?:&|and)\s*schmidhuber\b)?(?:\s+did)?(?:\s+in\s+'?(?:19)?97\b)?|\bin\s+'?97\b|(?<![\d.])'97\b/gi,
    " 1997 ",
  ],
  // What today's libraries run is modern practice.
  [/\b(?:pytorch|tensorflow|keras|jax)(?:'s)?\b/gi, " modern "],
  // "A c_t and an h_t": two states, a cell beside the hidden state.
  [
    /\b(?:an?\s+)?c_\{?t\}?\s+and\s+(?:an?\s+)?h_\{?t\}?/gi,
    " separate cell state and hidden state ",
  ],
  // "Passes a c_t and an h_t along", "carries a cell": what a model keeps from step to step.
  [
    /\b(?:pass(?:es|ing)?|hand(?:s|ing)?)\b(?=[^.?!]{0,40}\balong\b)|\bcarr(?:y|ies|ying)\b/gi,
    " keeps ",
  ],
  // "Points it in a new, safer direction", "sends it off another way": the direction changed.
  [
    /\b(?:in|into|to|towards?|off in)\s+(?:(?:a|an)\s+)?(?:new|different|other|another)\b(?:,?\s+[a-z]+){0,2}?\s+(?:direction|way)\b/gi,
    " change direction ",
  ],
  // "Too-small gradients" are vanishing ones, "too-big" ones exploding.
  [/\btoo[- ](?:small|tiny|weak)\b/gi, " vanishing "],
  [/\btoo[- ](?:big|large|huge)\b/gi, " exploding "],
  [/\b(?:protects?|protecting|guards?|guarding)\s+(?:us\s+)?against\b/gi, " fixes "],
  // "Into [-1, 1]", "between -1 and 1": a bounded range.
  [
    /\b(?:into|in|within|between|to)\s*(?:[[(]\s*-\s*1\s*,\s*1\s*[\])]|-\s*1\s+and\s+1\b)/gi,
    " bounded ",
  ],
];

/** "clipping at 5", "clip to 5", "a threshold of 5": the number named as the threshold. */
const THRESHOLD_NAMED = /\b(?:clip\w*\s+(?:at|to)|threshold\s+(?:of|at|is))\s+(\d+(?:\.\d+)?)\b/i;

/** Later mentions of the threshold's number, read as "the threshold". */
function thresholdByName(text: string): string {
  const named = THRESHOLD_NAMED.exec(text);
  if (!named?.[1]) return text;
  const end = named.index + named[0].length;
  const value = named[1].replace(".", "\\.");
  const again = new RegExp(`(?<![\\d.])${value}(?![\\d]|\\.\\d)`, "g");
  return text.slice(0, end) + text.slice(end).replace(again, " threshold ");
}

/** "From 128 to 1024 units" makes the thing bigger; "from 1024 to 128" smaller. */
const CHANGE = /\bfrom (\d+(?:\.\d+)?) (?:up |down )?to (\d+(?:\.\d+)?)\b/gi;
const changeOf = (text: string) =>
  text.replace(CHANGE, (all: string, from: string, to: string) =>
    Number(to) > Number(from)
      ? `${all} bigger`
      : Number(to) < Number(from)
        ? `${all} smaller`
        : all,
  );

/**
 * "The largest singular value of my W is 2.5", "eigenvalues all 0.6": a per-step quantity given a
 * value is on one side of 1, the side the course's bounds turn on, and the claims say so.
 */
const FACTOR_VALUE =
  /\b(?:singular values?|spectral radius|eigenvalues?|spectral norm|norm of (?:w|the recurrent matrix)|gain|recurrent scale)\b(?:\s+(?:of\s+)?[\w']+){0,4}?\s+(?:is|are|of|=|at|around|about|≈|~)\s+(?:all\s+|only\s+|just\s+)?(\d+(?:\.\d+)?)(?![\d.]|\/)/gi;
const sideOfOne = (text: string) =>
  text.replace(FACTOR_VALUE, (all: string, value: string) =>
    Number(value) > 1 ? `${all} above 1` : Number(value) < 1 ? `${all} below 1` : all,
  );

/** The text with each many-word idea in its one word. */
export function ideaWording(text: string): string {
  let t = sideOfOne(changeOf(thresholdByName(text)));
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  return t;
}
