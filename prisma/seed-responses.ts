import type { ResponseInput } from "@/lib/learning/grading";
import type { QuestionInstance } from "@/lib/learning/instantiate";

/**
 * A plausible response by a demo learner: the key when they know it, otherwise a typical
 * mistake (a wrong option, which carries its misconception; a number off by the usual factor;
 * a half-remembered order; a vague sentence). Graded by the real grader afterwards, so the
 * dashboards show real distributions.
 */
export function demoResponse(
  instance: QuestionInstance,
  knows: boolean,
  random: () => number,
): ResponseInput {
  switch (instance.type) {
    case "single-choice":
    case "predict-plot": {
      const correctIds =
        instance.type === "single-choice"
          ? instance.options.filter((o) => o.correct).map((o) => o.id)
          : [instance.key.correctOptionId];
      const pool = knows
        ? correctIds
        : instance.options.map((o) => o.id).filter((id) => !correctIds.includes(id));
      return { type: instance.type, optionId: pick(pool, random) };
    }
    case "multiple-select": {
      const correct = instance.options.filter((o) => o.correct).map((o) => o.id);
      if (knows) return { type: "multiple-select", optionIds: correct };
      const wrong = instance.options.filter((o) => !o.correct).map((o) => o.id);
      return { type: "multiple-select", optionIds: [...correct.slice(0, 1), pick(wrong, random)] };
    }
    case "numeric": {
      const typical = instance.key.wrongAnswers[0]?.value;
      const value = knows
        ? instance.key.value
        : (typical ?? instance.key.value * (random() < 0.5 ? 0.5 : 4));
      return { type: "numeric", value };
    }
    case "ordering": {
      const order = knows
        ? instance.correctOrder
        : (instance.wrongOrders[0]?.order ?? [...instance.correctOrder].reverse());
      return { type: "ordering", order };
    }
    case "short-text":
      return {
        type: "short-text",
        text: knows
          ? instance.modelAnswer
          : "The gradient gets smaller because the network is deep.",
      };
  }
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("demoResponse: nothing to pick from");
  return item;
}
