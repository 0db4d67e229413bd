import type { InstanceOf } from "../instantiate";
import { corrections, GradingInputError, unique, type GradeResult } from "./result";

function knownOption(options: readonly { id: string }[], optionId: string, field: string): void {
  if (!options.some((o) => o.id === optionId)) {
    throw new GradingInputError(422, { [field]: `unknown option "${optionId}"` });
  }
}

export function gradeChoice(instance: InstanceOf<"single-choice">, optionId: string): GradeResult {
  knownOption(instance.options, optionId, "optionId");
  const chosen = instance.options.find((o) => o.id === optionId);
  if (chosen?.correct)
    return { correct: true, fraction: 1, feedback: "Correct.", misconceptions: [] };
  const misconceptions = chosen?.misconception ? [chosen.misconception] : [];
  return {
    correct: false,
    fraction: 0,
    feedback: chosen?.feedback ?? (corrections(misconceptions) || "Not quite."),
    misconceptions,
  };
}

/**
 * Partial credit: hits / #correct minus false picks / #wrong, floored at 0, so ticking every box
 * (or none) earns 0 and each mistake costs as much as the options of its kind are worth.
 */
export function gradeMultiple(
  instance: InstanceOf<"multiple-select">,
  optionIds: readonly string[],
): GradeResult {
  optionIds.forEach((id, i) => knownOption(instance.options, id, `optionIds.${i}`));
  if (new Set(optionIds).size !== optionIds.length) {
    throw new GradingInputError(422, { optionIds: "an option is listed twice" });
  }
  const picked = new Set(optionIds);
  const right = instance.options.filter((o) => o.correct);
  const wrong = instance.options.filter((o) => !o.correct);
  const hits = right.filter((o) => picked.has(o.id));
  const falsePicks = wrong.filter((o) => picked.has(o.id));
  const missed = right.filter((o) => !picked.has(o.id));
  const fraction = Math.max(
    0,
    hits.length / right.length - falsePicks.length / Math.max(1, wrong.length),
  );
  const correct = hits.length === right.length && falsePicks.length === 0;
  const misconceptions = unique([
    ...falsePicks.flatMap((o) => (o.misconception ? [o.misconception] : [])),
    ...missed.flatMap((o) => (o.misconception ? [o.misconception] : [])),
  ]);
  if (correct)
    return {
      correct,
      fraction: 1,
      feedback: "Correct: exactly the right options.",
      misconceptions: [],
    };
  const counts =
    `You chose ${hits.length} of the ${right.length} correct options` +
    (falsePicks.length > 0 ? ` and ${falsePicks.length} that should not be chosen.` : ".");
  const notes = falsePicks.map((o) => o.feedback).filter((f): f is string => f !== undefined);
  const text = [counts, ...notes, notes.length === 0 ? corrections(misconceptions) : ""]
    .filter(Boolean)
    .join(" ");
  return { correct, fraction, feedback: text, misconceptions };
}

export function gradePredict(instance: InstanceOf<"predict-plot">, optionId: string): GradeResult {
  knownOption(instance.options, optionId, "optionId");
  if (optionId === instance.key.correctOptionId) {
    return {
      correct: true,
      fraction: 1,
      feedback: "Correct: the simulation agrees with your prediction.",
      misconceptions: [],
    };
  }
  const chosen = instance.options.find((o) => o.id === optionId);
  const misconceptions = chosen ? [chosen.misconception] : [];
  return {
    correct: false,
    fraction: 0,
    feedback: `The simulation does not show that. ${corrections(misconceptions)}`.trim(),
    misconceptions,
  };
}
