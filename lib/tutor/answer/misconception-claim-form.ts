/**
 * Whether a message states something (or asks to have a statement confirmed) rather than asks
 * a neutral question or requests a run: only then does the similarity fallback read it as a
 * catalogued claim.
 */

/** Neutral questions ask about the course's claims; they state none. */
const ASKS =
  /^\s*(?:so\s+|but\s+|and\s+|ok\s+|okay\s+)?(?:why|how|what|whats|when|where|which|who|explain|describe|tell me|show|can you|could you|would you|give|is there|are there)\b/i;
/**
 * Requests: a command ("simulate…", "compose…"), a comparison or a demo to run ("exploding
 * gradients demo with recurrent scale 2") or a formula to work out ("g = (3, 4), clipped?") asks
 * for something and claims nothing; "clipping at θ=5 means…" states a claim with a value in it.
 */
const REQUESTS =
  /^\s*(?:please\s+|now\s+|ok\s+|okay\s+)?(?:simulate|run|plot|show|compare|compose|write|draw|calculate|compute|clip|try|let'?s|quiz|test|give|list|summari[sz]e|define|sketch|start|stop|skip|next|again)\b|\b(?:vs\.?|versus|compared? (?:to|with)|demo|demonstration|scenario|simulation|sim|plot|chart|graph)\b|[()]|=.*\?\s*$/i;
/** "Mathematically, why…", "ok so how…": the question word opens a later clause. */
const ASKS_LATER =
  /(?:^|[,;:]\s*)(?:so\s+)?(?:why|how|what|whats|which(?! is (?:why|how)| means| makes| explains| lets| gives))\b/i;
/**
 * "The lesson says the gates see c_{t-1} only indirectly. Indirectly through what exactly?": a
 * last sentence asking with a question word after a preposition ("through what", "by how much")
 * asks about the statement before it. A last sentence opening on "how" may still lean on a claim
 * stated earlier ("…it keeps a full record. But how does it read it out?").
 */
const LAST_SENTENCE = /(?:^|[.!?]\s+)([^.!?]*\?+)\s*$/;
const QUESTION_WORD =
  /\b(?:through|by|from|for|of|to|with|via|about|on)\s+(?:why|how|what|whats|which|who|where)\b/i;
const asksInLastSentence = (text: string) =>
  QUESTION_WORD.test(LAST_SENTENCE.exec(text)?.[1] ?? "");

/** A yes/no question in question order is neutral unless it leans ("…, right?"). */
const QUESTION_ORDER =
  /^\s*(?:so\s+|but\s+|and\s+)?(?:is|are|does|do|did|can|could|will|would|should|must|might|was|were|has|have)\b/i;
export const LEANS = new RegExp(
  [
    /(?:\b(?:right|yeah|yes|yep|correct|true|no|innit|surely)|\b(?:is|does|do|are|was|can|would|will)n'?t\s+(?:it|they|that|this|there|he|she))\s*\??\s*$/
      .source,
    /^\s*surely\b/.source,
    // "…can't give huge gradients, can it": a tag in the claim's own auxiliary, after a comma.
    /,\s*(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have)\s+(?:it|they|that|this|there|we|you|i|he|she)(?:\s+not)?\s*\??\s*$/
      .source,
    // "…, or not?", "…, am I wrong?", "…, don't you think": asks for agreement in other words.
    /\b(?:or not|or no|am i (?:right|wrong)|or am i (?:wrong|missing something)|(?:do|don'?t) you (?:think|agree)|isn'?t that so|eh|ok|okay)\s*\??\s*$/
      .source,
  ].join("|"),
  "i",
);

/**
 * "clipping with θ=5 makes every length exactly 5, so tiny grads get bigger too?": a value set
 * with "=" and a verb stated of it, then a consequence drawn ("so …", "which means …"), is a
 * claim with a number in it, not a formula to work out ("g = (3, 4), clipped?").
 */
const CONSEQUENCE_DRAWN =
  /=[^?]*\b(?:makes?|means?|gives?|keeps?|sets?|stays?|becomes?|gets?|is|are)\b[^?]*(?:,|—|–|-|;)\s*(?:so|which means|hence|therefore|thus)\s+\w+\s+\w+/;
const reasonsToConsequence = (text: string) => CONSEQUENCE_DRAWN.test(text) && !/[()]/.test(text);

/** The opening verb of a request ("simulate…", "run…"): a tag on it still asks for the run. */
const REQUEST_VERB =
  /^\s*(?:please\s+|now\s+|ok\s+|okay\s+)?(?:simulate|run|plot|show|compare|compose|write|draw|calculate|compute|try|let'?s|quiz|test|give|list)\b/i;

export const normalised = (message: string) => message.trim().toLowerCase().replace(/[’`]/g, "'");

/** The message states something, or asks to have a statement confirmed. */
export function claimOrLeading(message: string): boolean {
  const text = normalised(message);
  if (ASKS.test(text) || ASKS_LATER.test(text) || asksInLastSentence(text)) return false;
  // "…with max_norm=1, that should pump them back up, yeah?": a tag asks for agreement with a
  // claim, whatever code the message quotes on the way.
  if (LEANS.test(text) && !REQUEST_VERB.test(text)) return true;
  if (REQUESTS.test(text) && !reasonsToConsequence(text)) return false;
  if (LEANS.test(text)) return true;
  return !(text.endsWith("?") && QUESTION_ORDER.test(text));
}
