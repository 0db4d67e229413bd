import type { Question } from "@/lib/content";
import { instantiateQuestion } from "@/lib/learning/grading";
import { instanceSeed } from "@/lib/services/quiz/seed";

/** A maker of unique idempotency keys, as a browser makes one per submit. */
export function keyMaker(prefix: string): () => string {
  let counter = 0;
  return () => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
}

/** A right or a wrong response to a single-choice question, for this attempt's instance. */
export function singleChoice(attemptId: string, question: Question, right: boolean) {
  const instance = instantiateQuestion(question, instanceSeed(attemptId, question.id));
  if (instance.type !== "single-choice") throw new Error("single-choice expected");
  const option = instance.options.find((o) => o.correct === right);
  if (!option) throw new Error("no such option");
  return { type: "single-choice", optionId: option.id };
}
