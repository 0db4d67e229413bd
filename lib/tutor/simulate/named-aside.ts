/**
 * "run the loss cliff thing (w=1.1 recurrence) with learning rate 0.05": the brackets after the
 * run's name say which run is meant (the cliff starts from w = 1.1), they set no dial. Read as
 * a setting, the 1.1 would change the recurrent scale the learner never asked to change.
 */
import type { NumberMention } from "../numbers";

/** A noun that names a run, right before the bracket. */
const RUN_NOUN =
  /\b(?:thing|one|demo|sim|simulation|scenario|experiment|plot|setup|example|toy)\s*$/;

export function insideNameAside(n: NumberMention, lower: string): boolean {
  const open = lower.lastIndexOf("(", n.start);
  if (open < 0 || lower.lastIndexOf(")", n.start) > open) return false;
  const close = lower.indexOf(")", n.end);
  return close >= 0 && RUN_NOUN.test(lower.slice(0, open));
}
