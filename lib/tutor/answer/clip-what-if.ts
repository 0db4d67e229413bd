/**
 * A what-if about the clipping rule's own condition ("what if my threshold is bigger than the
 * gradient norm?", "what if I clip at 1000?") is answered by the rule, $g \leftarrow \theta g/\|g\|$
 * only when $\|g\| \ge \theta$: the reply opens on what happens to the gradient, not on a
 * passage that merely shares the words "clip", "threshold" and "norm".
 */

const THRESHOLD = /\b(?:clip(?:ping)? (?:threshold|value|norm)|threshold|max[_ ]norm|theta)\b|θ/i;
const NORM =
  /\b(?:(?:gradient(?:'s)?|grad) norm|norm of the (?:gradient|grad)|the norm|its norm)\b|‖g‖/i;
const ABOVE = /\b(?:bigger|larger|greater|higher|more|above|over|exceeds?|beyond)\b/i;
const BELOW = /\b(?:smaller|less|lower|below|under|beneath)\b/i;
const TRAILING = /^\s*(?:is|are|'s|stays?|sits?)?\s*(?:\w+\s+)?(\w+)\s+(?:it|that)\b/i;
const HIGH =
  /\b(?:really|very|huge|way too|too|super)?\s*(?:high|large|big)\b|\b(?:1e\d|[1-9]\d{2,})\b/i;
const LOW = /\b(?:really|very|too|super)?\s*(?:low|small|tiny)\b|\b0\.0*[1-9]\b/i;

const UNCHANGED = String.raw`The gradient is left unchanged: clipping replaces $g$ by $\theta g/\|g\|$ only when $\|g\| \ge \theta$, so a threshold above the gradient's norm does nothing to it.`;
const RESCALED = String.raw`The gradient is rescaled to length $\theta$, the threshold: when $\|g\| \ge \theta$, clipping replaces $g$ by $\theta g/\|g\|$, which keeps its direction and caps its length.`;
const RARELY = String.raw`Clipping then never acts on an ordinary step: only a gradient whose norm reaches $\theta$ is rescaled to $\theta g/\|g\|$, so every smaller one is left unchanged and only the rare huge spike is cut.`;
const ALWAYS = String.raw`Then nearly every step is clipped: every gradient whose norm reaches $\theta$ is rescaled to length $\theta$, so each step is at most the learning rate times $\theta$ and training slows; set $\theta$ somewhat above the usual norm so that only the spikes are cut.`;

/** "What if I double θ while the norm is above it?": the clipped length follows θ. */
const SCALED = /\b(?:double|doubl(?:e|ed|ing)|twice|halve|half|triple)\b/i;
const SCALES_WITH = String.raw`Scaling the threshold scales every clipped step by the same factor: double $\theta$ and a gradient that is still clipped comes out twice as long, in the same direction.`;

/** Which side of the threshold the norm falls on, by the order the message names them in. */
function comparison(message: string): "unchanged" | "rescaled" | undefined {
  const t = THRESHOLD.exec(message);
  const n = NORM.exec(message);
  if (!t || !n) return undefined;
  const [first, second] = t.index < n.index ? [t, n] : [n, t];
  const between = message.slice(first.index + first[0].length, second.index);
  // "…while my gradient norm is way above it": the second one named, compared with "it".
  const after = TRAILING.exec(message.slice(second.index + second[0].length))?.[1] ?? "";
  const [said, subject] =
    ABOVE.test(between) || BELOW.test(between) ? [between, first] : [after, second];
  const above = ABOVE.test(said);
  if (above === BELOW.test(said)) return undefined;
  // "threshold above the norm" and "norm below the threshold" leave the gradient as it is.
  const thresholdAbove = (subject === t) === above;
  return thresholdAbove ? "unchanged" : "rescaled";
}

/** The opening sentence for a what-if about the clipping condition, or undefined. */
export function clipWhatIfOpening(message: string): string | undefined {
  if (!/\bclip/i.test(message) && !THRESHOLD.test(message)) return undefined;
  const side = comparison(message);
  if (side === "unchanged") return UNCHANGED;
  if (side === "rescaled") return SCALED.test(message) ? `${RESCALED} ${SCALES_WITH}` : RESCALED;
  const rest = message.replace(THRESHOLD, " ");
  if (!THRESHOLD.test(message) || NORM.test(message)) return undefined;
  if (HIGH.test(rest) && !LOW.test(rest)) return RARELY;
  if (LOW.test(rest) && !HIGH.test(rest)) return ALWAYS;
  return undefined;
}
