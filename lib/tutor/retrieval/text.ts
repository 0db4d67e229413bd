/**
 * Text to search terms, the same way for the course and for the learner's message, so that
 * synonyms and spellings meet: lower case, TeX and markdown reduced to words, domain phrases
 * rewritten to one form ("constant error carousel" and "CEC"), British and American spellings
 * merged, a light suffix stemmer, and a few single-word synonyms. Every rule is domain
 * vocabulary, not a fix for one test question.
 */

/** Multi-word and symbolic forms rewritten before tokenising. Order matters: longest first. */
const PHRASES: readonly [RegExp, string][] = [
  [/\blong[\s-]+short[\s-]+term[\s-]+memor(?:y|ies)\b/g, " lstm "],
  [/\bgated[\s-]+recurrent[\s-]+units?\b/g, " gru "],
  [/\brecurrent[\s-]+neural[\s-]+(?:net(?:work)?s?)\b/g, " rnn recurrent "],
  [/\bback[\s-]*prop(?:agation)?[\s-]+through[\s-]+time\b/g, " bptt backpropagation "],
  [/\bconstant[\s-]+error[\s-]+(?:carou?sel|flow)\b/g, " carousel cec "],
  [/\bcec\b/g, " carousel cec "],
  [/\bblow(?:s|ing|n)?[\s-]+up\b/g, " explode "],
  // "keep the gradient from vanishing", "prevents vanishing": the course's "solve"/"fix".
  [
    /\b(?:keeps?|keeping|stops?|stopping|prevents?|preventing|avoids?|avoiding)(?=\s+(?:[a-z']+\s+){0,3}?(?:from\s+)?(?:vanish|explod))/g,
    " fix ",
  ],
  [/\bskip[\s-]+connections?\b/g, " residual shortcut "],
  [/\bshort[\s-]?cuts?\b/g, " shortcut residual "],
  [/\bres[\s-]?nets?\b/g, " residual "],
  [/\bhighway\b/g, " highway residual "],
  [/\blayer[\s-]*norm(?:alization|alisation)?\b/g, " layer normalization "],
  [/\bbatch[\s-]*norm(?:alization|alisation)?\b/g, " batch normalization "],
  [/\brectified[\s-]+linear(?:[\s-]+units?)?\b/g, " relu "],
  [/\bhyperbolic[\s-]+tangent\b/g, " tanh "],
  [/\beigen[\s-]+values?\b/g, " eigenvalue "],
  // The course spells its acronyms out; a learner's notes often do not.
  // "Truncated BPTT" is the windowed kind everywhere the course and the field say it; the 1997
  // LSTM's cut gate paths are "the 1997 truncation", "the truncated gradient".
  [/\btbptt\b|\btruncated\s+bptt\b/g, " truncated bptt window "],
  // "Carry the hidden state between batches", "a stateful LSTM": the state carried over window
  // boundaries and detached there, which is windowed truncation.
  [
    /\b(?:carry|carries|carried|carrying|keep|keeps|keeping|pass|passes|passing)\s+(?:the\s+|my\s+)?(?:hidden\s+|lstm\s+|cell\s+)?(?:state|states)\s+(?:across|between|over|from one \w+ to the next|into the next)\s*(?:\w+\s+)?(?:batch|batches|chunk|chunks|window|windows|segment|segments)?\b|\bstateful\b/g,
    " $& window detach ",
  ],
  // "The gradient wrt W": the course writes "with respect to".
  [/\bw\.?r\.?t\b\.?/g, " with respect to "],
  [/\bb_\{?f\}?\b|\bb_?f\b/g, " forget bias "],
  [/\bw_\{?hh\}?\b|\bwhh\b|\bw_rec\b/g, " recurrent weight "],
  [/\bhidden[\s-]+(?:layers?|units?|sizes?|dimensions?|vectors?)\b/g, " hidden state "],
  // dh_t/dh_{t-1}, ∂h_t/∂h_{t-1}: one step's Jacobian, the course's name for it.
  [
    /(?:\bd|∂|\\partial\s*)h_\{?t\}?\s*\/\s*(?:d|∂|\\partial\s*)h_\{?t\s*-\s*1\}?/g,
    " one step jacobian $& ",
  ],
  // "||dL/dh_k||", "∂L/∂W": the derivative of the loss is the gradient, whatever it is taken by.
  [/(?:\bd|∂|\\partial\s*)l\s*\/\s*(?=d|∂|\\partial)/g, " gradient $& "],
  // dc_t/dc_{t-1}, dL/dW: Leibniz notation to the course's \partial
  [/\bd([a-z])(?=_|\s*\/)/g, " partial $1 "],
  [/\bnan'?s?\b|\binf(?:inity)?\b|\boverflow(?:s|ed|ing)?\b/g, " overflow explode "],
];

/** Whole-word synonyms mapped to the course's word (after lower-casing, before stemming). */
const WORDS: Readonly<Record<string, string>> = {
  lstms: "lstm",
  rnns: "rnn",
  grus: "gru",
  grad: "gradient",
  grads: "gradient",
  gradiant: "gradient",
  gradiants: "gradient",
  backprop: "backpropagation",
  disappear: "vanish",
  disappears: "vanish",
  disappearing: "vanish",
  diminish: "vanish",
  diminishing: "vanish",
  dying: "vanish",
  explosion: "explode",
  explosions: "explode",
  explosive: "explode",
  // "Shrinks exponentially" is the course's "vanishes geometrically".
  exponential: "geometric",
  exponentially: "geometric",
  logistic: "sigmoid",
  orthonormal: "orthogonal",
  init: "initialization",
  remember: "memory",
  remembers: "memory",
  remembering: "memory",
  memorise: "memory",
  memorize: "memory",
  diff: "difference",
  solve: "fix",
  solves: "fix",
  solved: "fix",
  solving: "fix",
  remedy: "fix",
  remedies: "fix",
  cure: "fix",
  cures: "fix",
  // "Mathematically, how does the cell keep the gradient?": the course's maths of a gradient's
  // path is its Jacobian, so asking for the maths is asking for the Jacobian sections.
  mathematically: "jacobian",
  mathematical: "jacobian",
  formally: "jacobian",
  maths: "jacobian",
  math: "jacobian",
};

/**
 * Words that carry no topic. "why" and "how" are here because lesson titles start with them and
 * would otherwise pull every why-question to those lessons; "not" stays (it flips a claim).
 */
const STOP = new Set(
  (
    "a an the and or of to in on for with by at from as is are was were be been being it its " +
    "this that these those there here i me my we our you your he she they them do does did done " +
    "can could would should will shall may might must so if then than too very just also into " +
    "about up down out over again what which who whom whose when where why how please tell " +
    "explain " +
    "thing things stuff get got one ones let us ok okay some any all each really actually know " +
    "work works working like kinda basically"
  ).split(" "),
);

/** Lower case; TeX commands and markdown to plain words; Greek letters to their names. */
export function normalise(text: string): string {
  let t = text.normalize("NFKC").toLowerCase();
  t = t
    .replace(/σ/g, " sigma ")
    .replace(/γ/g, " gamma ")
    .replace(/θ/g, " theta ")
    .replace(/η/g, " eta ")
    .replace(/ρ/g, " rho ")
    .replace(/\\operatorname\{([a-z]+)\}/g, " $1 ")
    .replace(/\\([a-z]+)/g, " $1 ")
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/n't\b/g, " not");
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  return t;
}

/** Splits normalised text into raw word tokens (letters and digits, hyphens split). */
export function words(normalised: string): string[] {
  return normalised.match(/[a-z][a-z0-9]*|\d+(?:\.\d+)?/g) ?? [];
}

const SUFFIXES: readonly [string, string, number][] = [
  // [suffix, replacement, minimum stem length left]
  ["isations", "iz", 3],
  ["izations", "iz", 3],
  ["isation", "iz", 3],
  ["ization", "iz", 3],
  ["ational", "ate", 3],
  ["ations", "ate", 3],
  ["ation", "ate", 3],
  ["nesses", "", 3],
  ["ness", "", 3],
  ["ments", "", 4],
  ["ment", "", 4],
  ["ising", "iz", 4],
  ["izing", "iz", 4],
  ["ised", "iz", 4],
  ["ized", "iz", 4],
  ["ises", "iz", 4],
  ["izes", "iz", 4],
  ["ingly", "", 3],
  ["ings", "", 3],
  ["ing", "", 3],
  ["edly", "", 3],
  ["ies", "y", 2],
  ["ied", "y", 2],
  ["ed", "", 3],
  ["ly", "", 4],
  ["es", "", 4],
  ["s", "", 3],
];

/**
 * A light English stemmer: enough to merge vanish/vanishes/vanishing/vanished,
 * initialisation/initialization/initialize, clip/clipping/clipped, gate/gates/gating. Both sides
 * of the search use it, so its stems only need to be consistent, not pretty.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  for (const [suffix, replacement, minStem] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= minStem) {
      if (suffix === "s" && /(ss|us|is|as)$/.test(w)) break;
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  // clipping -> clipp -> clip; explod(e) -> explod
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (/i[sz]e?$/.test(w) && w.length >= 7) w = w.replace(/i[sz]e?$/, "iz");
  if (w.endsWith("e") && w.length >= 4) w = w.slice(0, -1);
  return w;
}

/** One word to its search term, or null for stop words. */
export function term(word: string): string | null {
  // Own keys only: "constructor" or "toString" must not find the object's prototype.
  const mapped = Object.hasOwn(WORDS, word) ? (WORDS[word] ?? word) : word;
  if (STOP.has(mapped)) return null;
  return stem(mapped);
}

/** Text to search terms (what the index stores and the query asks for). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(normalise(text))) {
    const t = term(w);
    if (t !== null) out.push(t);
  }
  return out;
}
