/**
 * The quantities a calculation is asked with, each as the learner may name it again in a
 * follow-up ("and w = 1.1?", "with 20 blocks?", "what if the forget gate is 0.8?"): a follow-up
 * that names one replaces the same quantity of the last calculation, which is computed again.
 */
const V = String.raw`([-+−]?\d+(?:\.\d+)?)`;
/** How a new value is given: "bias 4", "bias = 4", "if the bias were 4", "threshold becomes 2". */
const GIVEN = String.raw`(?:of|=|is|at|to|:|were|was|be|becomes?|goes to|set to|now)?`;

export const QUANTITIES: readonly RegExp[] = [
  // The length, as lengthOf reads it: "50 steps", "T = 50", "after 50", "^50", "over 50", and
  // the step a derivative is taken at ("dx_50/dw", "dh_50/dh_0").
  new RegExp(
    String.raw`(\d+)\s*(?:time ?)?steps?\b|\bT\s*=\s*(\d+)|\bafter\s+(\d+)\b(?!\s*%)|\^\s*\{?\s*(\d+)|\b(?:over|across|for)\s+(\d+)\b(?![.\d])(?!\s*(?:%|percent|layers|blocks|units))|\bd[hxc]_?\{?(\d+)\}?\s*\/\s*d(?:[hxc]_?\{?0\}?|w)\b`,
    "i",
  ),
  new RegExp(
    String.raw`\bbias(?:\s+b_?\{?[fz]?\}?)?\s*${GIVEN}\s*${V}|\bb_?\{?[fz]\}?\s*=\s*${V}`,
    "i",
  ),
  // "and (30, 40)?" after clipping (6, 8): the vector itself.
  new RegExp(String.raw`([([]\s*${V}(?:\s*[,;]\s*${V})+\s*[)\]])`),
  new RegExp(String.raw`\b(?:threshold|θ|theta)\s*${GIVEN}\s*${V}`, "i"),
  new RegExp(String.raw`\bfactors? (?:of|is)?\s*${V}|${V}\s*(?:per|each|every) step`, "i"),
  // A linear unit's (or the recurrent) weight: "w = 0.9", "the weight is 1.2".
  new RegExp(String.raw`\b(?:w|(?:recurrent )?weight)\s*(?:=|is|of|at|to|were|was)?\s*${V}`, "i"),
  // The forget gate's own value (not its bias): "f = 0.95", "forget gate held at 0.9".
  new RegExp(
    String.raw`(?:\bf_?t?\b|\bforget[- ]gates?)\s*(?:=|is|of|at|were|was|(?:held|kept|stuck|fixed|stays|sits) at)\s*${V}(?!\s*(?:steps|%))`,
    "i",
  ),
  // A stack's depth or a chain's length in units: "10 blocks", "20 residual layers", "depth 30".
  new RegExp(
    String.raw`(\d+)\s*(?:[\w-]+\s+){0,2}?(?:blocks?|layers?|units|neurons)\b|\bdepth\s*(?:of|=|is)?\s*(\d+)`,
    "i",
  ),
];
