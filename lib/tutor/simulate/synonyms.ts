/**
 * The words learners use for a scenario's dials and choice values, beyond each ParamDef's key and
 * label: textbook symbols ("b_f", "θ"), framework names ("max norm", "lr") and how people
 * describe a setting ("sequence length", "horizon", "gain").
 */

/** Extra names by parameter key. A key shared by scenarios ("steps") is named the same in all. */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  steps: [
    "steps",
    "step",
    "time steps",
    "timesteps",
    "sequence length",
    "sequence len",
    "seq length",
    "seq len",
    "number of steps",
    "unroll length",
    "horizon",
    "time horizon",
    "time lag",
    "lag",
    "length",
    "t",
    "delay",
    "gap",
    "sequence",
  ],
  depth: [
    "depth",
    "layers",
    "layer",
    "blocks",
    "number of layers",
    "stack depth",
    "steps",
    "time steps",
    "sequence length",
    "horizon",
    "length",
    "t",
    "chain length",
    // "100 deep", "80 layers deep": the depth said after its value.
    "layers deep",
    "deep",
  ],
  forgetBias: [
    "forget bias",
    "forget-gate bias",
    "forget gate bias",
    "forget gate's bias",
    "bias of the forget gate",
    "forget-bias",
    "b_f",
    "bf",
    "bias",
  ],
  updateBias: [
    "update bias",
    "update-gate bias",
    "update gate bias",
    "update gate's bias",
    "bias of the update gate",
    "z-gate bias",
    "z gate bias",
    "z bias",
    "b_z",
    "gru bias",
  ],
  recurrentScale: [
    "recurrent scale",
    "spectral radius",
    "spectral norm",
    "largest singular value",
    "singular value",
    "weight scale",
    "recurrent gain",
    "gain",
    "scale",
    "s",
    "sigma",
    "σ",
    "rho",
    "ρ",
    "radius",
    "w scale",
    "w_hh scale",
    "scale of w",
    // "recurrent weights scaled by 2.5": the scale said with its verb.
    "recurrent weights scaled by",
    "recurrent weights scaled up by",
    "weights scaled by",
    "recurrent weights",
    "recurrent weight",
  ],
  weightScale: ["weight scale", "scale", "spectral radius", "gain", "s", "sigma", "σ", "radius"],
  branchScale: [
    "branch scale",
    "residual branch scale",
    "branch weight scale",
    "branch weight",
    "branch gain",
    "residual scale",
    "branches",
    "branch",
  ],
  inputScale: [
    "input size",
    "input scale",
    "input noise",
    "input std",
    "input standard deviation",
    // Only the inputs' spread is a dial of a standard deviation in these scenarios.
    "standard deviation",
    "std",
    "input magnitude",
    "input amplitude",
    "inputs",
    "input",
  ],
  clipThreshold: [
    "clipping threshold",
    "clip threshold",
    "threshold",
    "max norm",
    "max-norm",
    "max_norm",
    "maximum norm",
    "max grad norm",
    "max gradient norm",
    "clip norm",
    "clip value",
    "clipping value",
    "clip the gradients at",
    "clip the gradient at",
    "clip gradients at",
    "clip it at",
    "clip at",
    "clip to",
    "clipped",
    "clip",
    "clipping",
    "theta",
    "θ",
  ],
  learningRate: ["learning rate", "learning-rate", "lr", "step size", "eta", "η"],
  hiddenSize: [
    "hidden units",
    "hidden size",
    "hidden state size",
    "hidden dimension",
    "hidden dim",
    "hidden layer size",
    "hidden layer",
    "hidden width",
    "state size",
    "units",
    "width",
    "neurons",
    "hidden",
  ],
  seed: ["seed", "random seed"],
  distractors: ["distractor size", "distractors", "distractor", "noise level", "noise"],
  bit: ["bit", "store a", "stores a", "storing a", "remember a", "stored bit"],
};

/** "has a forget gate", "keeps its forget gate": the cell with one, said with any verb. */
const WITH = ["with", "has", "having", "keep", "keeps", "keeping", "use", "uses", "add", "enable"];
/** "drop the forget gate", "minus the forget gate": the 1997 cell. */
const WITHOUT = ["no", "without", "drop", "dropping", "remove", "removing", "minus", "disable"];

function gatePhrases(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) =>
    ["a ", "the ", "its ", ""].flatMap((d) =>
      ["forget gate", "forget-gate"].map((g) => `${v} ${d}${g}`),
    ),
  );
}

/** Extra words for choice values, beyond the value and its label. */
export const VALUE_WORDS: Readonly<Record<string, readonly string[]>> = {
  identity: ["identity", "irnn", "identity init"],
  orthogonal: ["orthogonal init", "orthogonal"],
  "lstm-1997": [
    "1997 lstm",
    "1997 cell",
    "1997",
    "no forget gate",
    "without a forget gate",
    "without forget gate",
    "original lstm",
    ...gatePhrases(WITHOUT),
  ],
  "forget-gate": [
    "with a forget gate",
    "with the forget gate",
    "using the forget gate",
    "with forget gate",
    "forget gate variant",
    "forget-gate variant",
    "forget gate version",
    "forget-gate version",
    "forget gate on",
    "forget-gate on",
    "forget gate enabled",
    "forget gate turned on",
    "use a forget gate",
    "using a forget gate",
    "add a forget gate",
    "add the forget gate",
    "modern lstm",
    ...gatePhrases(WITH),
  ],
  gaussian: ["gaussian", "random normal", "non-normal"],
};

/**
 * Phrases that name a dial or a value only when the words after them do not make them part of
 * something else: "input" but not "input gate", "1997" but not "the 1997 truncation" (the
 * gradient rule, whichever cell it runs on), "gain" but not "gain intuition".
 */
export const NOT_BEFORE: Readonly<Record<string, RegExp>> = {
  // "with a forget gate bias of 3" names the bias, not the variant.
  ...Object.fromEntries(
    [...gatePhrases(WITH), ...gatePhrases(WITHOUT)].map((p) => [p, /^\s*(?:'s\s+)?bias/]),
  ),
  input: /^\s*(?:gates?|weights?|layers?|sequences?|to|of|x_?t|and output)\b/,
  "1997": /^[\s-]*(?:truncat|gradient|rule|paper|bptt)/,
  gain: /^\s*(?:intuition|insight|an? |some |more )/,
};
