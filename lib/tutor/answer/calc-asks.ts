/**
 * Whether a calculation request asks for a number rather than for a run or an explanation: a
 * question word ("what is", "how big", "how many"), what is left of the gradient, or a bare
 * question over the numbers it needs. A run request ("run", "plot", "show me", "simulate", "set the …") never is one,
 * and neither is a question about a cause ("why does 0.9 per step vanish?").
 */

/**
 * The wording of a request for a number: a question word, what is left of the gradient, or the
 * gradient named as what is wanted ("grad after 50 steps w factor .9"). A quantity's noun alone
 * ("gain", "norm", "scale") is no request: it is also a dial's name ("a recurrent gain of 1.6").
 */
const ASKS_FOR_NUMBER =
  /\bwhat(?:'s|s| is| was| would| does| do)?\b|\bhow (?:much|big|small|large|many|far|long)\b|\b(?:left|remains?|surviv\w*|reach\w*|comes? (?:out|to))\b|\bcompute\b|\bcalculate\b|\bwork out\b|\bgive me\b|=\s*\?|^\s*(?:the\s+)?(?:grad|gradient)s?(?:\s+(?:norm|size|magnitude))?\s+(?:after|over|left|through|across)\b/i;
/** Asks to run, plot or set something, or to see what a run looks like: a simulation. */
const RUN_REQUEST =
  /\b(?:run|re-?run|simulate|simulation|sim|plot|draw|show me|animate|sweep)\b|\bset (?:the|it|its|a|steps?|[a-z]+ to)\b|\bwhat happens\b|\blooks? like\b/i;
/**
 * Asks for a reason, a verdict or a diagnosis, not a value: "why …", "…, does it explode?",
 * "what does clipping at 2 do", "what's happening".
 */
const ASKS_REASON =
  /(?:^|[,;:.]\s*|\band\s+)(?:why|how come|explain|describe|does|do|did|is|are|should|would|could|can|will)\b|\bwhy\b|\bwhat (?:does|do|did|would|will)\b[^?]*\bdo\b|\bhappen\w*|\bwhat'?s (?:going on|wrong)\b/i;

export function asksForNumber(message: string): boolean {
  const m = message.trim();
  if (RUN_REQUEST.test(m) || ASKS_REASON.test(m)) return false;
  return ASKS_FOR_NUMBER.test(m) || /\?\s*$/.test(m);
}

/** Asks why, or for a verdict: the number, if any, is only part of the answer. */
export function asksForReason(message: string): boolean {
  return ASKS_REASON.test(message.trim());
}
