/**
 * The bank as plain JSON for instructors and other tools (`npm run content -- export`).
 * Simulated questions carry how their key is computed, their parameter ranges and one worked
 * example instance; static ones carry their key directly. Instance-level data (an example key)
 * is computed here, so this module needs an instantiate function passed in (lib/content must
 * not import lib/learning).
 */
import { conceptTitle } from "./concepts";
import { concepts, lessons } from "./lessons";
import { misconceptions } from "./misconceptions";
import { paramValues } from "./params";
import { questions } from "./questions";
import type { Question } from "./schema";

export interface ExampleInstance {
  params: Readonly<Record<string, number>>;
  prompt: string;
  key: number | string;
  /** numeric: the typical wrong answers at these parameters, with their formulas. */
  wrongAnswers?: { value: number; misconception: string; formula?: string }[];
}

export type Instantiate = (q: Question, seed: string) => ExampleInstance;

export const EXPORT_EXAMPLE_SEED = "export-example";

export function exportBank(example: Instantiate) {
  return {
    lessons: lessons.map((l) => ({ ...l })),
    misconceptions: misconceptions.map((m) => ({ ...m })),
    concepts: concepts.map((id) => ({ id, title: conceptTitle(id) })),
    questions: questions.map((q) => exportQuestion(q, example)),
  };
}

function exportQuestion(q: Question, example: Instantiate) {
  const { id, title, lessonId, type, prompt, concepts, difficulty, hints, explanation } = q;
  const common = { id, title, lessonId, type, prompt, concepts, difficulty, hints, explanation };
  const sim = "sim" in q ? q.sim : undefined;
  const simulated = sim !== undefined;
  const simInfo = sim
    ? {
        sim: {
          describe: sim.describe,
          params: Object.fromEntries(
            Object.entries(sim.params).map(([name, def]) => [
              name,
              { ...def, values: paramValues(def) },
            ]),
          ),
          example: { seed: EXPORT_EXAMPLE_SEED, ...example(q, EXPORT_EXAMPLE_SEED) },
        },
      }
    : {};
  switch (q.type) {
    case "single-choice":
    case "multiple-select":
      return { ...common, simulated, options: q.options };
    case "predict-plot": {
      const key = example(q, EXPORT_EXAMPLE_SEED).key;
      return {
        ...common,
        simulated,
        /** `correct` is for the example instance only: the key depends on the drawn parameters. */
        options: q.options.map((o) => ({ ...o, correct: o.id === key })),
        ...simInfo,
      };
    }
    case "numeric":
      return {
        ...common,
        simulated,
        tolerance: q.tolerance,
        ...(q.unit !== undefined ? { unit: q.unit } : {}),
        ...(q.answer !== undefined ? { answer: q.answer } : {}),
        wrongAnswers: q.wrongAnswers ?? [],
        ...simInfo,
      };
    case "ordering":
      return {
        ...common,
        simulated,
        items: q.items,
        correctOrder: q.correctOrder,
        wrongOrders: q.wrongOrders ?? [],
      };
    case "short-text":
      return { ...common, simulated, rubric: q.rubric, modelAnswer: q.modelAnswer };
  }
}
