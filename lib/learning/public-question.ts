/**
 * What the browser may see of an instance, and what it may see later. publicQuestion never
 * carries a key: no `correct` flags, no numeric value or tolerance, no rubric, no correct order,
 * no simulation run (running it is the reveal). Hints and the solution are released one call at a
 * time, so the server knows how many hints were used and when the answer was shown.
 */
import type { QuestionInstance } from "./instantiate";
import { seededShuffle } from "./options";

export interface PublicQuestion {
  questionId: string;
  lessonId: string;
  type: QuestionInstance["type"];
  prompt: string;
  concepts: string[];
  difficulty: 1 | 2 | 3;
  simulated: boolean;
  hintCount: number;
  /** single-choice, multiple-select, predict-plot: in the instance's (shuffled) order */
  options?: { id: string; text: string }[];
  /** ordering: shuffled (never in the correct order) */
  items?: { id: string; text: string }[];
  /** numeric */
  unit?: string;
}

export function publicQuestion(instance: QuestionInstance): PublicQuestion {
  const out: PublicQuestion = {
    questionId: instance.questionId,
    lessonId: instance.lessonId,
    type: instance.type,
    prompt: instance.prompt,
    concepts: [...instance.concepts],
    difficulty: instance.difficulty,
    simulated: instance.simulated,
    hintCount: instance.hints.length,
  };
  switch (instance.type) {
    case "single-choice":
    case "multiple-select":
    case "predict-plot":
      out.options = instance.options.map(({ id, text }) => ({ id, text }));
      break;
    case "numeric":
      if (instance.unit !== undefined) out.unit = instance.unit;
      break;
    case "ordering":
      out.items = shuffledItems(instance);
      break;
    case "short-text":
      break;
  }
  return out;
}

/** Fisher–Yates from the instance seed; if it lands on the key, rotate by one. */
function shuffledItems(instance: Extract<QuestionInstance, { type: "ordering" }>) {
  const items = seededShuffle(
    instance.items.map(({ id, text }) => ({ id, text })),
    `shuffle\u0000${instance.questionId}\u0000${instance.seed}`,
  );
  if (items.every((it, i) => it.id === instance.correctOrder[i])) items.push(...items.splice(0, 1));
  return items;
}

/** Hint `index` (0-based), or undefined past the last. */
export function revealHint(instance: QuestionInstance, index: number): string | undefined {
  return instance.hints[index];
}

/** The solution, for after the last try: explanation plus the key in a displayable form. */
export interface Solution {
  explanation: string;
  correctOptionIds?: string[];
  value?: number;
  correctOrder?: string[];
  modelAnswer?: string;
  /** predict-plot: what the run showed and the run to draw. */
  observed?: string;
  run?: { scenarioId: string; params: Record<string, number | string> };
}

export function revealAnswer(instance: QuestionInstance): Solution {
  const explanation = instance.explanation;
  switch (instance.type) {
    case "single-choice":
    case "multiple-select":
      return {
        explanation,
        correctOptionIds: instance.options.filter((o) => o.correct).map((o) => o.id),
      };
    case "numeric":
      return { explanation, value: instance.key.value };
    case "predict-plot":
      return {
        explanation,
        correctOptionIds: [instance.key.correctOptionId],
        observed: instance.key.observed,
        run: instance.key.run,
      };
    case "ordering":
      return { explanation, correctOrder: [...instance.correctOrder] };
    case "short-text":
      return { explanation, modelAnswer: instance.modelAnswer };
  }
}
