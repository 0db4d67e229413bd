/**
 * A question about what a setting does ("what happens if I forget to detach…?", "why can't it
 * hold the symbol for 50 steps?") is answered from the course, with a run beside it only when a
 * dial is named with a value; a request to run ("run it with T=50", "set the bias to 3", "what if
 * the forget bias is 3 over 200 steps?") stays a bare run.
 */
import { findNumbers } from "../numbers";
import { extractParams } from "../simulate/extract";
import { findMentions } from "../simulate/mentions";
import { chooseScenario } from "../simulate/reply";
import { courseTerms } from "./state";

const LEAD = String.raw`^(?:(?:so|but|ok(?:ay)?|and|hmm+|wait|then|um+)[,.!]*\s+)*`;
/** Openings of a question about consequences or causes, not of a request. */
const ASKS = new RegExp(
  `${LEAD}(?:what (?:happens|would happen|goes wrong|will happen)|what if|why|how come)\\b`,
  "i",
);
/** A diagnosis: the learner reports a failure and asks what is wrong. */
const STRUGGLES =
  /\b(?:can'?t|cannot|won'?t|doesn'?t|does not|fails? to|unable to|struggles? to)\s+(?:\w+\s+)?(?:learn|train|remember|converge|hold|keep|capture)\b|\b(?:anything|something) (?:obvious )?(?:i'?m|i am) (?:missing|doing wrong)\b/i;

interface LessonOpt {
  lessonId?: string;
}

/** The message with the chosen scenario's dial names and every number taken out. */
function withoutDials(message: string, lessonOpt: LessonOpt): string {
  const def = chooseScenario({ message, ...lessonOpt });
  const spans = [
    ...(def ? findMentions(message, def.params) : []),
    ...findNumbers(message).map((n) => ({ start: n.start, end: n.end })),
  ].sort((a, b) => b.start - a.start);
  let rest = message;
  for (const s of spans) rest = `${rest.slice(0, s.start)} ${rest.slice(s.end)}`;
  return rest;
}

/**
 * A conceptual question: a diagnosis, or a why/what-if whose words go beyond the dials it names
 * ("what if the forget bias is 3 over 200 steps?" names only dials, so it is a run request).
 */
export function asksConceptually(message: string, lessonOpt: LessonOpt): boolean {
  const m = message.trim();
  if (STRUGGLES.test(m)) return true;
  if (!ASKS.test(m)) return false;
  // "what if I set the clipping threshold really high, like 1000?": a number no dial claims is
  // an example of a size, not a value to run.
  const def = chooseScenario({ message: m, ...lessonOpt });
  if (def && extractParams(m, def.params).unassigned.length > 0) return true;
  return courseTerms(withoutDials(m, lessonOpt)).length > 0;
}

/** Dials the message sets by name ("branch scale 1", "200-step"): a run can illustrate the answer. */
export function namesDialValue(message: string, lessonOpt: LessonOpt): boolean {
  const def = chooseScenario({ message, ...lessonOpt });
  if (!def) return false;
  const { values } = extractParams(message, def.params);
  return Object.keys(values).some((k) => def.params[k]?.kind === "number");
}

/** "is the update gate like the forget gate?": two named things set side by side. */
const LIKENS =
  /^(?:(?:so|but|ok(?:ay)?|and|wait)[,\s]+)*(?:is|are|isn'?t|aren'?t)\s+(.+?)\s+(?:(?:just|basically|really|kind of|sort of)\s+)?(?:like|similar to|the same (?:thing )?as|same as|equivalent to|analogous to)\s+(.+?)\s*\?*\s*$/i;

/**
 * A likeness question about two things the course names: answered as a comparison (what each
 * is, then how they differ), not as a yes/no question about one of them.
 */
export function likensTwo(message: string): boolean {
  const m = LIKENS.exec(message.trim());
  return (
    m?.[1] !== undefined &&
    m[2] !== undefined &&
    courseTerms(m[1]).length > 0 &&
    courseTerms(m[2]).length > 0
  );
}
