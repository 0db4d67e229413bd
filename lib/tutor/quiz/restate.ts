/**
 * A chat answer as the tutor read it ("B", "A, C", "0.73", "c → a → b"), shown back to the
 * learner so they can see "the second one" or a description in their own words was read right.
 */
import type { QuestionInstance, ResponseInput } from "@/lib/learning/grading";
import { letteredChoices } from "../letters";

export function restateAnswer(response: ResponseInput, instance: QuestionInstance): string {
  const choices = letteredChoices(instance);
  const letter = (id: string) => (choices.find((c) => c.id === id)?.letter ?? id).toUpperCase();
  switch (response.type) {
    case "single-choice":
    case "predict-plot":
      return letter(response.optionId);
    case "multiple-select":
      return response.optionIds.length > 0
        ? response.optionIds.map(letter).join(", ")
        : "none of them";
    case "numeric":
      return String(response.value);
    case "ordering":
      return response.order.map(letter).join(" → ");
    case "short-text":
      return "your explanation";
  }
}
