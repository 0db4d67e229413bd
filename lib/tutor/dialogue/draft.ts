/**
 * A learner's own draft for the open short-text question, announced as one ("my attempt: …",
 * "here's my try: …", "can you check my answer: …", "is this enough now: …"), and "what am I
 * missing?" about it. A draft gets formative feedback from the rubric (feedback.ts), even when
 * its wording would otherwise read as asking for the key or as stating a misconception the
 * question tests; "what am I missing?" gets the question's next hint.
 */

const LEAD_IN = String.raw`(?:(?:ok(?:ay)?|so|hey|hi|um+|hmm+|right|alright)[,.!\s]+)*`;
const DRAFT_NOUN = String.raw`(?:answer|attempt|try|draft|explanation|version|go|response)`;
const ANNOUNCES_DRAFT = new RegExp(
  String.raw`^${LEAD_IN}(?:` +
    [
      String.raw`(?:here(?:'?s| is) )?my (?:first |second |new |revised |updated )?${DRAFT_NOUN}(?: (?:at it|so far|now|then))?`,
      String.raw`(?:can|could|would) you (?:please )?(?:check|look at|read|grade|mark|rate|review) (?:my ${DRAFT_NOUN}|this)(?: (?:for me|please|pls))?`,
      String.raw`(?:please )?(?:check|rate|grade|mark|review) (?:my ${DRAFT_NOUN}|this)(?: (?:please|pls))?`,
      String.raw`is (?:this|that) (?:right|correct|enough|ok|okay|good enough|better)(?: now)?`,
      String.raw`would (?:this|that) (?:get|earn) (?:full )?(?:marks|credit|points)`,
      String.raw`how about(?: this)?`,
      String.raw`what about this`,
    ].join("|") +
    String.raw`)\s*[:\-–—]\s*`,
  "i",
);

/** The draft after its announcement, when the message is one (at least four words of it). */
export function announcedDraft(message: string): string | undefined {
  const m = ANNOUNCES_DRAFT.exec(message.trim());
  if (!m) return undefined;
  const draft = message
    .trim()
    .slice(m[0].length)
    .replace(/^["“'‘]+|["”'’]+$/g, "")
    .trim();
  return draft.split(/\s+/).length >= 4 ? draft : undefined;
}

/** "what am I missing?", "what's wrong with my answer?": asking about one's own attempt. */
export const ASKS_WHAT_IS_MISSING =
  /^(?:(?:ok(?:ay)?|so|hmm+|right|and|but)[,.!\s]+)*(?:what am i missing|what(?:'?s| is) missing|what else (?:do i need|is missing|should i (?:add|say))|what did i (?:get|do) wrong|where did i go wrong|what(?:'?s| is) wrong with (?:my|this|that) ?(?:answer|attempt|draft|explanation|one)?)\W*$/i;
