/** A question as a chat message: prompt, lettered options or items, and how to answer. */
import { getLesson } from "@/lib/content";
import { publicQuestion, type QuestionInstance } from "@/lib/learning/grading";
import { letteredChoices } from "../letters";

/** No example values: an example letter or number could be read as a suggestion of the key. */
const HOW_TO_ANSWER: Record<QuestionInstance["type"], string> = {
  "single-choice": "Reply with one letter.",
  "predict-plot": "Reply with one letter.",
  "multiple-select": "Choose all that apply: reply with the letters, separated by commas.",
  numeric: "Reply with a number; decimals and e-notation both work.",
  ordering: "Reply with all the letters in the right order, separated by commas.",
  "short-text": "Answer in a sentence or two.",
};

export function renderQuestion(instance: QuestionInstance): string {
  const pub = publicQuestion(instance);
  const lesson = getLesson(instance.lessonId);
  const lines = [`**Question** (from *${lesson?.title ?? instance.lessonId}*)`, "", pub.prompt, ""];
  for (const c of letteredChoices(instance))
    lines.push(`- **${c.letter.toUpperCase()}.** ${c.text}`);
  if (pub.unit !== undefined && pub.unit !== "") lines.push(`Unit: ${pub.unit}`);
  lines.push("", `${HOW_TO_ANSWER[pub.type]} Ask for a hint if you're stuck.`);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n");
}
