/**
 * "Did the original 1997 LSTM have a forget gate?": a yes/no question opens "Yes: " or "No: "
 * when a course sentence decides it. The deciding sentence carries most of the question's rarer
 * terms, and a negation just before one of them ("had only input and output gates", "does not
 * vanish") answers "No". A sentence that merely shares the question's terms does not answer
 * "Yes" ("the LSTM keeps a cell state c_t next to its output h_t" for "is h the same as c?"), so
 * without a negation the reply opens as usual, without a verdict it cannot back.
 */
import { idf, queryTerms, type Hit } from "../retrieval";
import { terms } from "../retrieval/text";
import { STRONG, WEAK } from "../retrieval/vocabulary";
import { findNumbers } from "../numbers";
import { splitSentences } from "../sentences";

/** A negation, or a restriction that excludes what was asked ("had only A and B"). */
const NEGATION =
  /\b(?:not|no|never|without|neither|nor|cannot|none|(?:had|has|have|with) only|only (?:had|has|have))\b|n't\b/gi;
/** "…right? yes/no", "quick yes or no": the answer's form, not a negation in the claim. */
const ANSWER_FORM =
  /\b(?:(?:quick|just|a|simple)\s+)?yes\s*(?:\/|or)\s*no\b(?:\s+(?:is fine|please|pls|only))?/gi;
const ASKS_NEGATED = /\b(?:not|never|no)\b|n't\b/i;
/** "Is the update gate like the forget gate?": a comparison is not decided by one negation. */
const COMPARES = /\b(?:like|similar|same|different|differ\w*|equivalent|versus|vs)\b/i;
/** The question's condition clause ("when the forget gate is 1"). */
const CONDITION = /\b(?:when|whenever|if|once|given|assuming)\b[^,;?.!]*/i;
/**
 * "Does the LSTM fix exploding gradients?", "will clipping prevent it?": whether a remedy
 * removes a failure.
 */
export const ASKS_REMEDY =
  /\b(?:fix|fixes|solve|solves|prevent|prevents|stop|stops|avoid|avoids|eliminate|eliminates|cure|cures|remove|removes|get rid of|immune|protect\w* against|deal with|take care of|sort out)\b/i;
/** A sentence saying the failure still happens ("the LSTM's gradient can explode"). */
const PERSISTS =
  /\b(?:can|could|may|still|does|do)\s+(?:still\s+|also\s+)?(?:\w+\s+)?(?:explode|vanish|blow up|grow|shrink)\w*/i;
/** A sentence that also grants the remedy some effect ("keeps the cell path from growing, but…"). */
const GRANTS = /\b(?:only|partly|damp\w*|help\w*|reduc\w*|keeps?|but)\b/i;
/** Share of the question's weighted terms the deciding sentence must carry. */
const DECIDES_NO = 0.5;
/** How many words after the negation a question term may come ("does not ... vanish"). */
const REACH = 4;

function coverage(sentence: string, asked: ReadonlySet<string>, total: number): number {
  const own = new Set(terms(sentence));
  let covered = 0;
  for (const t of asked) if (own.has(t)) covered += idf(t);
  return total > 0 ? covered / total : 0;
}

/** A negation with a question term within REACH words after it. */
function negates(sentence: string, asked: ReadonlySet<string>): boolean {
  for (const m of sentence.matchAll(NEGATION)) {
    // The negation's reach ends at a clause break: "no separate cell: an update gate…".
    const clause = sentence.slice((m.index ?? 0) + m[0].length).split(/[,;:.()]/)[0] ?? "";
    const after = clause.split(/\s+/).slice(0, REACH + 1);
    if (terms(after.join(" ")).some((t) => asked.has(t))) return true;
  }
  return false;
}

/**
 * "No: …" with the deciding sentence, from the candidate passages (best first);
 * undefined when none decides. `canOpen` rejects sentences that lean on an earlier one.
 */
export function yesNoOpening(
  question: string,
  hits: readonly Hit[],
  canOpen: (sentence: string) => boolean,
): string | undefined {
  const message = question.replace(ANSWER_FORM, "");
  if (ASKS_NEGATED.test(message) || COMPARES.test(message)) return undefined;
  const asked = new Set(queryTerms(message));
  let total = 0;
  for (const t of asked) total += idf(t);
  let best: { sentence: string; share: number } | undefined;
  for (const h of hits.slice(0, 4)) {
    for (const sentence of splitSentences(h.passage.text)) {
      if (!canOpen(sentence) || sentence.length > 300) continue;
      const share = coverage(sentence, asked, total);
      if (!best || share > best.share) best = { sentence, share };
    }
  }
  if (!best) return undefined;
  // "…exactly 1 when the forget gate is 1?": "without a forget gate" negates the supposition,
  // not the claim; only a negation of the claim's own terms answers "No".
  const supposed = new Set(terms(CONDITION.exec(message)?.[0] ?? ""));
  const claimed = new Set([...asked].filter((t) => !supposed.has(t)));
  if (best.share >= DECIDES_NO && negates(best.sentence, claimed)) return `No: ${best.sentence}`;
  // A remedy asked about, and the sentence says the failure can still happen: never "Yes".
  if (best.share >= DECIDES_NO && ASKS_REMEDY.test(message) && PERSISTS.test(best.sentence)) {
    return `${GRANTS.test(best.sentence) ? "Partly" : "No"}: ${best.sentence}`;
  }
  const confirming = confirmingSentence(message, hits, canOpen, asked);
  return confirming ? `Yes: ${confirming}` : undefined;
}

/** The values a claim states, in its order ("bias 0 … around 0.5": 0, 0.5). */
function claimedValues(text: string): number[] {
  const found = findNumbers(text)
    // "h_{t-2}" is an index, "1e-3" is read whole by findNumbers.
    .filter((n) => !/[\w{_^]/.test(text[n.start - 1] ?? ""))
    .map((n) => ({ at: n.start, value: n.value }));
  for (const m of text.matchAll(/\bzero\b/gi)) found.push({ at: m.index ?? 0, value: 0 });
  return found.sort((a, b) => a.at - b.at).map((n) => n.value);
}

/** Whether `inner` appears in `outer` in the same order (not necessarily adjacent). */
function inOrder(inner: readonly number[], outer: readonly number[]): boolean {
  let at = 0;
  for (const v of outer) if (at < inner.length && Math.abs(v - (inner[at] ?? NaN)) < 1e-9) at++;
  return at === inner.length;
}

/**
 * "With forget bias 0 the gate starts around 0.5, right?": a claim of values is confirmed by a
 * course sentence that carries most of its terms, states every one of its values in the same
 * order ("A zero bias gives f = 0.5") and negates none of them. Order matters: "bias 0.5 gives
 * a gate of 0" shares both numbers but swaps their roles, and gets no verdict.
 */
function confirmingSentence(
  message: string,
  hits: readonly Hit[],
  canOpen: (sentence: string) => boolean,
  asked: ReadonlySet<string>,
): string | undefined {
  const values = claimedValues(message);
  if (values.length === 0) return undefined;
  // Only the claim's course words count ("around", "right", "yes/no" are its phrasing), and a
  // section's heading names what its sentences write as symbols ("$f$" under "the forget-gate bias").
  const course = new Set([...asked].filter((t) => STRONG.has(t) || WEAK.has(t)));
  let weight = 0;
  for (const t of course) weight += idf(t);
  for (const h of hits.slice(0, 4)) {
    const heading = h.passage.kind === "section" ? h.passage.heading : "";
    for (const sentence of splitSentences(h.passage.text)) {
      if (!canOpen(sentence) || sentence.length > 300) continue;
      const share = coverage(`${heading} ${sentence}`, course, weight);
      if (share < DECIDES_NO || negates(sentence, asked)) continue;
      if (inOrder(values, claimedValues(sentence))) return sentence;
    }
  }
  return undefined;
}
