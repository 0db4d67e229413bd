import { isPermutation } from "@/lib/content/load";
import type { InstanceOf } from "../instantiate";
import { corrections, GradingInputError, type GradeResult } from "./result";

/** Kendall's tau between two orderings of the same ids: +1 identical, -1 reversed. */
export function kendallTau(answer: readonly string[], key: readonly string[]): number {
  const pos = new Map(key.map((id, i) => [id, i]));
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < answer.length; i++) {
    for (let j = i + 1; j < answer.length; j++) {
      const a = pos.get(answer[i] ?? "") ?? 0;
      const b = pos.get(answer[j] ?? "") ?? 0;
      if (a < b) concordant++;
      else discordant++;
    }
  }
  const pairs = concordant + discordant;
  return pairs === 0 ? 1 : (concordant - discordant) / pairs;
}

export function gradeOrdering(
  instance: InstanceOf<"ordering">,
  order: readonly string[],
): GradeResult {
  const ids = instance.items.map((it) => it.id);
  const unknown = order.findIndex((id) => !ids.includes(id));
  if (unknown >= 0)
    throw new GradingInputError(422, { [`order.${unknown}`]: `unknown item "${order[unknown]}"` });
  if (!isPermutation(order, ids)) {
    throw new GradingInputError(422, {
      order: `must list each of the ${ids.length} items exactly once`,
    });
  }
  const correct = order.every((id, i) => id === instance.correctOrder[i]);
  if (correct) return { correct, fraction: 1, feedback: "Correct order.", misconceptions: [] };
  const fraction = Math.max(0, kendallTau(order, instance.correctOrder));
  const typical = instance.wrongOrders.find((w) => w.order.every((id, i) => id === order[i]));
  const misconceptions = typical ? [typical.misconception] : [];
  const inPlace = order.filter((id, i) => id === instance.correctOrder[i]).length;
  const feedback = [
    `${inPlace} of ${order.length} items are in the right position.`,
    corrections(misconceptions),
  ]
    .filter(Boolean)
    .join(" ");
  return { correct, fraction, feedback, misconceptions };
}
