/**
 * The answering lesson's sentence the learned ranker is surest answers the question, when the
 * reply does not say it yet: a reply quoting the right lesson's passage can still miss the one
 * sentence with the key fact ("the cell path's factor is the forget gate itself"), and the
 * ranker has learned from many worded questions which sentences those are.
 */
import { aboutOtherModel } from "./quoted";
import { restates, tellsStory, workedNumbers } from "./sentence-pick";
import { sentenceRanker } from "./sentence-ranker";
import { sentencesByLesson } from "./sentence-table";
import { canOpen } from "./stands-alone";

/** Lesson text only: a question's explanation can state another question's key. */
const READABLE = new Set(["section", "summary", "glossary"]);
const MAX_SENTENCE = 320;
const SCENARIO_TALK =
  /\b(?:in the scenario|the scenario (?:beside|starts|shows)|beside this lesson|the plot shows|on the plot|turn the|drag|curve [A-Z])\b/i;
const TABLE = /\|\s*:?-{3,}/;
/** "The plain RNN there…": a sentence pointing at a place in its own text does not travel. */
const DEICTIC = /\b(?:there|here|above|below)\b/i;
/** A displayed formula is a derivation step, not a fact to add at the end of an answer. */
const DISPLAY_MATH = /\$\$/;

/** How sure the ranker must be (a log-lift over the base rate) for a sentence to join. */
export const KEY_FACT_LIFT = 1;

function travels(text: string, said: string, message: string): boolean {
  if (text.length > MAX_SENTENCE || !canOpen(text) || DISPLAY_MATH.test(text)) return false;
  if (SCENARIO_TALK.test(text) || TABLE.test(text) || DEICTIC.test(text)) return false;
  if (workedNumbers(text) || tellsStory(text) || restates(said, text)) return false;
  // It adds to the question's own subject: not a model neither the question nor the reply names.
  return !aboutOtherModel(text, `${message} ${said}`);
}

/** The lesson's sentence the ranker rates highest for the question, if it is sure enough. */
export function keyFactSentence(
  query: ReadonlySet<string>,
  lessonId: string | undefined,
  said: string,
  message: string,
): string | undefined {
  let best: { text: string; lift: number } | undefined;
  for (const s of sentencesByLesson.get(lessonId ?? "") ?? []) {
    if (!READABLE.has(s.kind)) continue;
    const lift = sentenceRanker(query, s.key, s.terms);
    if (lift < KEY_FACT_LIFT || (best && lift <= best.lift)) continue;
    if (travels(s.text, said, message)) best = { text: s.text, lift };
  }
  return best?.text;
}
