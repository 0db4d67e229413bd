/**
 * Follow-ups that change the last run or ask the thread's question again, recognised by their
 * form: a sign ("negative", "make it negative"), the other side of a comparison ("the other
 * one"), the same question for another model ("does that hold for GRUs too?") and a learner who
 * is lost ("huh?", "what?", "lost me"), who needs the same subject said more simply, and a
 * question about where a number of the last answer comes from.
 */

const LEAD = String.raw`^(?:(?:ok(?:ay)?|and|but|so|now|then|hmm+|right|wait|alright|sorry|um+|uh+)[,.!]*\s+)*`;

/** "negative", "make it negative", "flip the sign", "now positive": the sign of the main value. */
const SIGN = new RegExp(
  `${LEAD}(?:(?:try|make (?:it|that|this)|set (?:it|that|this) to|turn (?:it|that|this)|what about|how about|and with|with|go)\\s+)?(?:a\\s+)?(negative|positive|minus|negated?|flip(?:ped)? (?:the )?sign|(?:the )?other sign)(?:\\s+(?:instead|then|now|again|one|value|this time|please|pls|thanks))*\\s*[?!.]*$`,
  "i",
);

export function signOf(message: string): -1 | 1 | undefined {
  const m = SIGN.exec(message.trim())?.[1]?.toLowerCase();
  if (!m) return undefined;
  return m === "positive" ? 1 : -1;
}

/** "the other one", "and the other model?", "now the other variant": the other side of a pair. */
const OTHER = new RegExp(
  `${LEAD}(?:(?:what about|how about|try|run|show(?: me)?|do|switch to|and|now)\\s+)*the other (?:one|model|network|net|variant|version|option|setting|cell|side|curve|choice)(?:\\s+(?:instead|then|now|too|please))*\\s*[?!.]*$`,
  "i",
);

export const asksForOther = (message: string): boolean => OTHER.test(message.trim());

/**
 * "does that hold for GRUs too?", "is it the same for a GRU?", "same for the GRU?": the
 * thread's question asked again about the subject named after "for", "with" or "in".
 */
const SAME_FOR = new RegExp(
  `${LEAD}(?:(?:does|do|would|will|can|could)\\s+(?:that|this|it|the same|the same thing|all (?:that|this))\\s+(?:also\\s+|still\\s+)?(?:hold|apply|work|go|happen|count|carry over|transfer|stay true|hold true|matter)|(?:is|are|was)\\s+(?:that|this|it|they)\\s+(?:also\\s+)?(?:the same|true|also true)|(?:the )?same(?: thing| story| idea)?|is the same true|what'?s the equivalent)\\s+(for|with|in|on|to)\\s+(?:the |a |an )?([^?]{2,30}?)(?:\\s+(?:too|as well|also|then|though|tho))?\\s*[?!.]*$`,
  "i",
);

export function sameFor(message: string): { subject: string } | undefined {
  const subject = SAME_FOR.exec(message.trim())?.[2]?.trim();
  return subject && subject.split(/\s+/).length <= 4 ? { subject } : undefined;
}

/** "huh?", "what?", "lost me", "I'm confused": the learner did not follow the last answer. */
const LOST = new RegExp(
  `${LEAD}(?:huh|eh|wha+t|wut|sorry|pardon|come again|say what|hm+|(?:you )?lost me|(?:i'?m|i am) (?:lost|confused|not following)|(?:i'?m |i am )?(?:so |really |a bit |kinda |totally )?confused|(?:that'?s |this is |it'?s )?(?:confusing|too complicated|too technical|over my head|way over my head|gibberish)|not following|i (?:don'?t|do not) follow|(?:that |this |it )?(?:(?:doesn'?t|does not) make (?:any )?sense|makes no sense)|no idea what (?:that|this|you) mean(?:s|t)?)(?:\\s+(?:sorry|lol|tbh|honestly|there|now|here|again))*\\s*[?!.]*$`,
  "i",
);

export const isLost = (message: string): boolean => LOST.test(message.trim());

/**
 * "where does the 0.5 come from?", "how did you get that number?", "and the 1 comes from
 * where?": the working behind a number or a step of the last answer (origin.ts answers it).
 */
const ORIGIN_LEAD = String.raw`^(?:(?:ok(?:ay)?|and|but|so|wait|hang on|hold on|sorry|um+|hm+)[,.!]*\s+)*`;
const THING = String.raw`(.{1,40}?)`;
const ORIGIN = new RegExp(
  `${ORIGIN_LEAD}(?:where (?:does|did|do) ${THING} come from|where(?:'s| is| are) ${THING} from|how (?:did|do|does) (?:you|they|we|one|it) (?:get|arrive at|end up with) ${THING}|how (?:is|was|are|were) ${THING} (?:computed|calculated|derived|worked out|obtained|got)|${THING} comes? from where)(?:\\s+(?:exactly|again|then|though|tho))*\\s*[?!.]*$`,
  "i",
);

/** What the origin question asks about ("the 0.5", "that number"), or undefined when it asks none. */
export function asksOrigin(message: string): string | undefined {
  const m = ORIGIN.exec(message.trim());
  if (!m) return undefined;
  return m
    .slice(1)
    .find((g) => g !== undefined)
    ?.trim();
}
