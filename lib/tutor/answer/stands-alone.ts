/**
 * Whether a sentence stands alone, so a reply may open on it: not one that leans on the sentence
 * before it ("It…", "So…", "With typical weights that product…"), and not one whose pronoun
 * points at a noun only an earlier sentence names ("A positive bias starts it near 1").
 */

const LEANS_BACK =
  /^(?:they|it|its|this|these|that|those|their|so|but|and|or|then|here|such|both|hence|thus|therefore|instead|again|now|also|otherwise|similarly|likewise|which|in other words|as a result|in that case|at that point|in this case|the same|the other|the rest|each of them|equally|still|yet|even so|finally|first|second|third|what (?:it|this|that|they|remains|is left))\b/i;
const REFERS_BACK =
  /\b(?:above|below|as before|as we saw|the previous|this one|in (?:this|that|such an?) (?:state|case|regime|setting|situation))\b/i;
/** "The plain RNN there is a one-unit latch": "there" points at a place named before. */
const POINTS_THERE =
  /^(?:the|a|an)\s+[\w'-]+(?:\s+[\w'-]+){0,3}\s+there\s+(?:is|are|was|were|has|have)\b/i;
/** A sentence the splitter cut in the middle ("the **output gate** decides…") starts in lower case. */
const MID_SENTENCE = /^(?:\*\*)?[a-z]/;
/** "With typical weights that product is…": a demonstrative early on points at an earlier sentence. */
const DEMONSTRATIVE =
  /^(?:[\w,]+\s+){1,3}(?:that|these|those) (?!(?:the|a|an|it|its|is|are|was|were|they|we|you|this|each|every|no|all)\b)[a-z]+ (?:is|are|was|were|has|have|gives?|means?)\b/i;
/**
 * "For $b_f \le 1$ that is at most $0.73$": an early "that is" followed by a comparison is the
 * pronoun for a quantity named before, not "that is" meaning "i.e.".
 */
const THAT_QUANTITY =
  /^(?:\S+\s+){1,4}that(?:'s| is| was) (?:at most|at least|about|roughly|only|exactly|below|above|less|more|under|over|close to)\b/i;
/** "Normalised to mean 0, they become…": an opening participle whose subject was named before. */
const DANGLING =
  /^\w+(?:ed|en)\b[^.;:]{0,80}?\b(?:they|it|these|those)\s+(?:become|are|is|were|was|give|gives|have|has)\b/i;

const SUBJECT_OF_VERB =
  /^\s+(?:is|was|has|had|have|can|could|will|would|does|did|may|might|must|should|\w+s|\w+ed)\b/i;
const DETERMINER = /^(?:a|an|the|each|every|such|one|this|that)$/i;
/** Words that open a second noun or a clause inside the subject, where "it" may find its noun. */
const LINKS =
  /^(?:of|by|with|from|to|in|on|for|at|into|if|when|because|since|that|which|who|whose|and|or|so|while|as|than)$/i;

/**
 * Where "A positive bias $b_f$ starts it near 1" says "it": the object of a main clause whose
 * subject is a plain noun phrase cannot be that subject (that would be "itself"), so its noun is
 * in an earlier sentence. Undefined when the first clause has no such pronoun.
 */
export function outsidePronoun(s: string): { index: number; word: string } | undefined {
  const clause = s.split(/[,;:]/)[0] ?? "";
  const m = /\b(it|them)\b/i.exec(clause);
  if (!m) return undefined;
  const before = clause.slice(0, m.index).trim().split(/\s+/);
  // "It…" at the start is a pronoun subject (LEANS_BACK); a long subject may hold the noun.
  if (before.length < 2 || before.length > 6 || !DETERMINER.test(before[0] ?? "")) return undefined;
  if (before.some((w) => LINKS.test(w))) return undefined;
  // The object of the main verb ("starts it"), not the subject of a clause ("everything it has").
  const after = clause.slice(m.index + m[0].length);
  if (!/(?:s|ed)$/.test(before.at(-1) ?? "") || SUBJECT_OF_VERB.test(after)) return undefined;
  return { index: m.index, word: m[1] ?? "" };
}

const objectPronounLeansBack = (s: string) => outsidePronoun(s) !== undefined;

/** The sentence stands alone, so a reply may open on it. */
export const canOpen = (s: string) =>
  !objectPronounLeansBack(s) &&
  !LEANS_BACK.test(s) &&
  !REFERS_BACK.test(s) &&
  !POINTS_THERE.test(s) &&
  !MID_SENTENCE.test(s) &&
  !DEMONSTRATIVE.test(s) &&
  !THAT_QUANTITY.test(s) &&
  !DANGLING.test(s);
