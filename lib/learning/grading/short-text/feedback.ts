/**
 * What a short-text grade tells the learner: which rubric ideas it found and which are
 * missing, named by their labels (a paraphrase of each idea, never the model answer), which
 * ideas the answer contradicts or denies, and the catalogue's correction for each misconception stated.
 */
import type { RubricIdea } from "@/lib/content/schema";
import { corrections } from "../result";

export interface FeedbackInput {
  ideas: readonly RubricIdea[];
  found: readonly RubricIdea[];
  /** Ideas whose opposite the answer states. */
  contradicts: readonly RubricIdea[];
  /** Ideas the answer states only under a negation. */
  denies: readonly RubricIdea[];
  misconceptions: readonly string[];
}

const labels = (list: readonly RubricIdea[]) => list.map((m) => m.label).join("; ");

export function feedbackFor(input: FeedbackInput): string {
  const { ideas, found, contradicts, denies, misconceptions } = input;
  const missing = ideas.filter((idea) => !found.includes(idea));
  const parts: string[] = [];
  if (missing.length === 0) parts.push(`All ${ideas.length} key ideas are stated.`);
  else {
    parts.push(`You stated ${found.length} of ${ideas.length} key ideas.`);
    if (found.length > 0) parts.push(`Stated: ${labels(found)}.`);
    parts.push(`Missing: ${labels(missing)}.`);
  }
  if (contradicts.length > 0) parts.push(`Your answer contradicts: ${labels(contradicts)}.`);
  if (denies.length > 0) parts.push(`Your answer denies: ${labels(denies)}.`);
  if (contradicts.length + denies.length > 0)
    parts.push("Stating the opposite of a key idea earns no credit.");
  if (misconceptions.length > 0)
    parts.push(
      `It also states a misconception, which halves the credit. ${corrections(misconceptions)}`,
    );
  return parts.join(" ");
}
