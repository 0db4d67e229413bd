import { z } from "zod";

/**
 * The course's lessons as typed data, checked when loaded. The five seed lessons keep the ids
 * of the source questions (see SCIENCE.md); the full lesson bodies and question bank build on
 * these entries.
 */
export const LessonMeta = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "lesson ids are kebab-case"),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Concepts this lesson teaches; mastery is tracked per concept. */
  concepts: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  /** The simulation scenario drawn beside the lesson. */
  scenarioId: z.string().min(1),
});
export type LessonMeta = z.infer<typeof LessonMeta>;

const LESSONS_DATA = [
  {
    id: "what-problem-lstm-solves",
    title: "What problem does the LSTM solve?",
    summary:
      "Plain recurrent networks cannot learn links across long gaps because the error signal " +
      "fades on its way back. The LSTM adds a memory cell with gates that decide what to keep, " +
      "write and read.",
    concepts: ["vanishing-gradient", "lstm-gates"],
    scenarioId: "what-problem-lstm-solves",
  },
  {
    id: "why-lstm-solves-vanishing-gradients",
    title: "Why does the LSTM solve the vanishing gradient problem?",
    summary:
      "The cell state is updated by addition, so going back one step multiplies the gradient " +
      "by the forget gate rather than by a squashing derivative and a weight matrix.",
    concepts: ["vanishing-gradient", "cell-state-path", "forget-gate-bias"],
    scenarioId: "why-lstm-solves-vanishing-gradients",
  },
  {
    id: "how-lstm-handles-exploding-gradients",
    title: "How does the LSTM handle exploding gradients?",
    summary:
      "Forget gates at most 1 keep the cell path from growing, but gradients can still explode " +
      "through the hidden state and the gates. Clipping the gradient norm is the standard fix.",
    concepts: ["exploding-gradient", "gradient-clipping"],
    scenarioId: "how-lstm-handles-exploding-gradients",
  },
  {
    id: "how-to-fix-vanishing-gradients",
    title: "How can the vanishing gradient problem be solved?",
    summary:
      "Activations with derivatives near 1, careful initialisation, residual shortcuts, " +
      "gating and normalisation each keep the backward signal from shrinking.",
    concepts: ["activation-derivatives", "residual-connections", "initialisation"],
    scenarioId: "how-to-fix-vanishing-gradients",
  },
  {
    id: "why-lstm-gradients-do-not-vanish-backward",
    title: "Why do LSTM gradients not vanish in the backward pass?",
    summary:
      "The 1997 LSTM truncated the gradient so error on the cell's self-loop flows back " +
      "unchanged: the constant error carousel. Modern LSTMs use full backpropagation instead.",
    concepts: ["constant-error-carousel", "truncated-bptt"],
    scenarioId: "why-lstm-gradients-do-not-vanish-backward",
  },
] satisfies LessonMeta[];

export const lessons: readonly LessonMeta[] = z.array(LessonMeta).parse(LESSONS_DATA);

export const LessonId = z.enum(lessons.map((lesson) => lesson.id) as [string, ...string[]], {
  error: "unknown lesson id",
});

export function getLesson(id: string): LessonMeta | undefined {
  return lessons.find((lesson) => lesson.id === id);
}
