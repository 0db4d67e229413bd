import { getQuestion, lessons } from "@/lib/content";
import { scenarios } from "@/lib/sim";

/** Real content ids for the rows, read from the content itself so they cannot drift. */

export const LESSON = "what-problem-lstm-solves";
const first = getQuestion(`${LESSON}/main-problem`);
if (!first || first.type !== "single-choice" || !lessons.some((l) => l.id === LESSON)) {
  throw new Error(`expected lesson ${LESSON} to open with a single-choice question`);
}
export const QUESTION = first.id;
/** A wrong option: a valid answer that leaves the question open for the hint row. */
export const WRONG_OPTION = first.options.find((o) => !o.correct)?.id ?? "";

const scenarioId = Object.keys(scenarios)[0];
if (!scenarioId) throw new Error("expected at least one lab scenario");
export const SCENARIO = scenarioId;
