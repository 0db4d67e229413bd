/**
 * The course's lessons as typed data, checked when loaded (see load.ts). The five seed lessons
 * keep the ids of the source questions (lib/content/README.md) and come first, in the lead's order; the
 * supplements (bptt-basics, gru) follow. Prerequisites give the suggested reading order.
 */
import { z } from "zod";
import { loadLessons, type ContentFile } from "./load";
import { lesson as bpttBasics } from "./lessons/bptt-basics";
import { lesson as gru } from "./lessons/gru";
import { lesson as howLstmHandlesExploding } from "./lessons/how-lstm-handles-exploding-gradients";
import { lesson as howToFixVanishing } from "./lessons/how-to-fix-vanishing-gradients";
import { lesson as whatProblem } from "./lessons/what-problem-lstm-solves";
import { lesson as whyLstmDoesNotVanishBackward } from "./lessons/why-lstm-gradients-do-not-vanish-backward";
import { lesson as whyLstmSolvesVanishing } from "./lessons/why-lstm-solves-vanishing-gradients";
import { LessonMeta } from "./schema";

export { LessonMeta };

const file = (id: string) => `lib/content/lessons/${id}.ts`;

/** One entry per lesson file, named so a bad field reports its file. */
export const LESSON_FILES: readonly ContentFile<unknown>[] = [
  whatProblem,
  whyLstmSolvesVanishing,
  howLstmHandlesExploding,
  howToFixVanishing,
  whyLstmDoesNotVanishBackward,
  bpttBasics,
  gru,
].map((lesson) => ({ file: file(lesson.id), entries: [lesson] }));

export const lessons: readonly LessonMeta[] = loadLessons(LESSON_FILES);

/** The five lessons of the source material (lib/content/README.md), in course order. */
export const SEED_LESSON_IDS = [
  "what-problem-lstm-solves",
  "why-lstm-solves-vanishing-gradients",
  "how-lstm-handles-exploding-gradients",
  "how-to-fix-vanishing-gradients",
  "why-lstm-gradients-do-not-vanish-backward",
] as const;

export const LessonId = z.enum(lessons.map((lesson) => lesson.id) as [string, ...string[]], {
  error: "unknown lesson id",
});
export type LessonId = z.infer<typeof LessonId>;

export function getLesson(id: string): LessonMeta | undefined {
  return lessons.find((lesson) => lesson.id === id);
}

/** Every concept id taught somewhere in the course, in first-taught order. */
export const concepts: readonly string[] = [...new Set(lessons.flatMap((l) => l.concepts))];
