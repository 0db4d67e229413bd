/**
 * Follow-ups: short messages that only make sense against the thread ("why?", "show me", "and
 * with 0?", "explain simpler", "what about exploding?", "do modern ones still do that?"). The
 * kind decides how the engine resolves it against the dialogue state.
 */
import { STRONG } from "../retrieval/vocabulary";
import { correct } from "../retrieval";
import { terms } from "../retrieval/text";

export type FollowUp =
  | { kind: "why" | "show" | "simpler" | "example" | "reference" }
  | { kind: "number" }
  | { kind: "what-about"; subject: string };

const LEAD = String.raw`^(?:(?:ok(?:ay)?|but|so|and|hmm+|right|sure|yes|yeah|wait|then|really|huh)[,.!]*\s+)*`;
const WHY = new RegExp(
  `${LEAD}(?:but\\s+)?(?:why|how come|how so|what for|why (?:is|does|would|do) (?:that|it|this)(?: \\w+)?|what(?:'s| is) the reason|because\\?)\\b(?:\\s+(?:tho|though|exactly|again|then|is that|so|that))*\\s*[?!.]*$`,
  "i",
);
const SHOW =
  /\b(?:show (?:me|it|that|this|us)|can you show|demonstrate|plot (?:it|that)|visuali[sz]e (?:it|that)|let me see)\b/i;
const SIMPLER =
  /\b(?:simpler|more simply|simple terms|eli5|plain (?:english|words|language)|in other words|rephrase|say (?:it|that) again|explain (?:it |that )?again|(?:don'?t|do not|didn'?t) (?:get|understand|follow) (?:it|that|this)?)\b/i;
const EXAMPLE =
  /\b(?:an? example|for instance|example\?|concrete(?:ly)?|show an example|with numbers)\b/i;
const NUMBER = new RegExp(
  `${LEAD}(?:what about|how about|and|now|try|with|at|for|if (?:it|that|they)?\\s*(?:'s|is|were|was)?)?\\s*(?:with|at|for|to)?\\s*[-+]?\\d*\\.?\\d+\\s*(?:instead|then|now)?\\s*[?!.]*$`,
  "i",
);
const WHAT_ABOUT = new RegExp(`${LEAD}(?:what|how) about\\s+(.+?)\\s*[?!.]*$`, "i");
const AND_X =
  /^(?:and|but|or|then)\s+(?:for|with|in|about)?\s*(?:the |a |an )?([^?\d]{2,40}?)\s*\?+\s*$/i;
const MORE =
  /^(?:(?:ok(?:ay)?|and|so)[,.!]*\s+)*(?:tell me more|more|go on|continue|elaborate|keep going|and then|what else|anything else|more detail(?:s)?|really|how so|huh|what do you mean)\b[\s?!.]*$/i;
const PRONOUN = /\b(?:that|this|it|they|them|those|these|ones|one|there|so)\b/i;

/** The follow-up kind, or undefined when the message stands on its own. */
export function followUpOf(message: string): FollowUp | undefined {
  const m = message.trim();
  const words = m.split(/\s+/).length;
  if (NUMBER.test(m)) return { kind: "number" };
  if (WHY.test(m)) return { kind: "why" };
  if (MORE.test(m)) return /mean|huh/i.test(m) ? { kind: "simpler" } : { kind: "why" };
  if (words <= 8 && SHOW.test(m)) return { kind: "show" };
  if (words <= 10 && SIMPLER.test(m)) return { kind: "simpler" };
  if (words <= 8 && EXAMPLE.test(m)) return { kind: "example" };
  const about = WHAT_ABOUT.exec(m);
  if (about?.[1] && about[1].split(/\s+/).length <= 6)
    return { kind: "what-about", subject: about[1] };
  const and = AND_X.exec(m);
  if (and?.[1] && and[1].split(/\s+/).length <= 4) return { kind: "what-about", subject: and[1] };
  const strong = terms(m)
    .map(correct)
    .filter((t) => STRONG.has(t)).length;
  if (words <= 12 && strong <= 1 && PRONOUN.test(m)) return { kind: "reference" };
  return undefined;
}
