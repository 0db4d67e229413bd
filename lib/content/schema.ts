/**
 * Zod schemas for lessons, questions and misconceptions. Types are inferred from the schemas
 * (STYLE.md habit 5). Cross-field rules that need the whole bank (concepts of the lesson,
 * misconception catalogue, unique ids) live in load.ts so their errors can name file and field.
 */
import { z } from "zod";
import { patternProblem } from "./rubric";

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single hyphens)");

export const QuestionIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like "<lessonId>/<slug>"');

export const QUESTION_TYPES = [
  "single-choice",
  "multiple-select",
  "numeric",
  "predict-plot",
  "ordering",
  "short-text",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

// ---------------------------------------------------------------------------------------------
// Misconceptions

export const Misconception = z.object({
  id: Slug,
  /** Short label, e.g. "LSTMs can never explode". */
  label: z.string().min(3),
  /** One sentence that corrects it. */
  correction: z.string().min(10),
});
export type Misconception = z.infer<typeof Misconception>;

// ---------------------------------------------------------------------------------------------
// Parameters of simulation-backed questions (Moodle's "calculated" questions)

export const ParamDef = z.union([
  z
    .object({ min: z.number(), max: z.number(), step: z.number().positive() })
    .strict()
    .refine((d) => d.max >= d.min, { error: "max must be >= min", path: ["max"] }),
  z.object({ choices: z.array(z.number()).min(1, "at least one choice required") }).strict(),
]);
export type ParamDef = z.infer<typeof ParamDef>;
/** Drawn parameter values, by name. */
export type Params = Readonly<Record<string, number>>;

const fn = <T>(what: string) =>
  z.custom<T>((v) => typeof v === "function", { error: `must be a function (${what})` });

/** What compute() returns for a numeric question. */
export const NumericKey = z.object({
  value: z.number().refine(Number.isFinite, { error: "key must be a finite number" }),
  /** Typical wrong answers at these parameters, mapped to misconceptions. */
  wrongAnswers: z.array(z.lazy(() => WrongNumeric)).optional(),
  /** Extra placeholders for the prompt (derived, never the key). */
  vars: z.record(z.string(), z.string()).optional(),
});
export type NumericKey = z.infer<typeof NumericKey>;

/** What compute() returns for a predict-plot question. */
export const PredictKey = z.object({
  correctOptionId: Slug,
  /** One sentence: what the run showed, shown after answering. */
  observed: z.string().min(5),
  /** The scenario (or trace) run the UI shows after answering. */
  run: z.object({
    scenarioId: z.string().min(1),
    params: z.record(z.string(), z.union([z.number(), z.string()])),
  }),
  vars: z.record(z.string(), z.string()).optional(),
});
export type PredictKey = z.infer<typeof PredictKey>;

export interface Sim<K> {
  params: Record<string, ParamDef>;
  /** How the key is computed, in words (exported for instructors). */
  describe: string;
  compute: (p: Params) => K;
}

const simSchema = <K>(what: string) =>
  z.object({
    params: z
      .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "param names are identifiers"), ParamDef)
      .refine((r) => Object.keys(r).length > 0, { error: "at least one parameter required" }),
    describe: z.string().min(10),
    compute: fn<(p: Params) => K>(what),
  });

// ---------------------------------------------------------------------------------------------
// Questions

export const Tolerance = z.object({
  kind: z.enum(["absolute", "relative"]),
  value: z.number().positive("tolerance must be > 0"),
});
export type Tolerance = z.infer<typeof Tolerance>;

export const WrongNumeric = z.object({
  value: z.number(),
  /** The wrong formula in words or symbols ("w·T"), for instructors and the export. */
  formula: z.string().min(1).optional(),
  /** Defaults to the question's tolerance. */
  tolerance: Tolerance.optional(),
  misconception: Slug,
  feedback: z.string().optional(),
});
export type WrongNumeric = z.infer<typeof WrongNumeric>;

export const ChoiceOption = z.object({
  id: Slug,
  text: z.string().min(1),
  correct: z.boolean(),
  /**
   * Wrong options: the misconception this choice reveals (required). Correct options of a
   * multiple-select: the misconception revealed by leaving it out (optional).
   */
  misconception: Slug.optional(),
  /** Shown when this option is chosen; defaults to the misconception's correction. */
  feedback: z.string().optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const PredictOption = z.object({
  id: Slug,
  text: z.string().min(1),
  /** Which option is right depends on the parameters, so each one names what choosing it wrongly reveals. */
  misconception: Slug,
});
export type PredictOption = z.infer<typeof PredictOption>;

const patternList = z.array(z.string().min(1));

export const RubricIdea = z
  .object({
    id: Slug,
    /** Named in the feedback when missing, e.g. "the forget gate multiplies the cell gradient". */
    label: z.string().min(3),
    /**
     * Statements of the idea: case-insensitive regular expressions, each enough on its own, with
     * {term} for a synonym family of the rubric. A match counts only when it is not negated.
     */
    patterns: patternList,
    /** Parts that state the idea only together, in one sentence (e.g. "multiplied" + "forget gate"). */
    together: z.array(patternList.min(2, "a group needs at least two parts")).optional(),
    /** Statements that deny the idea ("the forget gate is close to 0"): the idea then does not count. */
    contradictions: patternList.optional(),
  })
  .refine((idea) => idea.patterns.length > 0 || (idea.together?.length ?? 0) > 0, {
    error: "at least one pattern or together group required",
    path: ["patterns"],
  });
export type RubricIdea = z.infer<typeof RubricIdea>;

const base = {
  id: QuestionIdSchema,
  /** What instructors see in tables and charts (ids only appear in exports). Plain text. */
  title: z.string().min(3).max(80),
  lessonId: Slug,
  prompt: z.string().min(10),
  concepts: z.array(Slug).min(1, "at least one concept required"),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: "difficulty must be 1, 2 or 3",
  }),
  hints: z.array(z.string().min(5)).min(2, "at least two hints required"),
  explanation: z.string().min(10),
};

export const SingleChoiceQuestion = z.object({
  ...base,
  type: z.literal("single-choice"),
  options: z.array(ChoiceOption).min(2, "at least two options required"),
});
export const MultipleSelectQuestion = z.object({
  ...base,
  type: z.literal("multiple-select"),
  options: z.array(ChoiceOption).min(3, "at least three options required"),
});
export const NumericQuestion = z.object({
  ...base,
  type: z.literal("numeric"),
  tolerance: Tolerance,
  unit: z.string().optional(),
  /** Static key; simulated questions give `sim` instead. */
  answer: z.number().optional(),
  wrongAnswers: z.array(WrongNumeric).optional(),
  sim: simSchema<z.input<typeof NumericKey>>("params => NumericKey").optional(),
});
export const PredictPlotQuestion = z.object({
  ...base,
  type: z.literal("predict-plot"),
  options: z.array(PredictOption).min(2, "at least two options required"),
  sim: simSchema<z.input<typeof PredictKey>>("params => PredictKey"),
});
export const OrderingQuestion = z.object({
  ...base,
  type: z.literal("ordering"),
  items: z.array(z.object({ id: Slug, text: z.string().min(1) })).min(3),
  correctOrder: z.array(Slug),
  wrongOrders: z.array(z.object({ order: z.array(Slug), misconception: Slug })).optional(),
});
export const ShortTextQuestion = z.object({
  ...base,
  type: z.literal("short-text"),
  rubric: z
    .object({
      /** Synonym families, used in patterns as {name} (see rubric.ts). */
      terms: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), patternList.min(1)).optional(),
      ideas: z.array(RubricIdea).min(1, "at least one idea required"),
      /** Statements of a misconception: tagged, and they cost credit (never full credit). */
      misconceptionPatterns: z
        .array(z.object({ patterns: patternList.min(1), misconception: Slug }))
        .optional(),
    })
    .superRefine((rubric, ctx) => {
      const terms = rubric.terms ?? {};
      const check = (pattern: string, path: (string | number)[]) => {
        const problem = patternProblem(pattern, terms);
        if (problem)
          ctx.addIssue({
            code: "custom",
            message: `not a valid regular expression (${problem})`,
            path,
          });
      };
      rubric.ideas.forEach((idea, i) => {
        idea.patterns.forEach((p, j) => check(p, ["ideas", i, "patterns", j]));
        idea.together?.forEach((g, j) =>
          g.forEach((p, k) => check(p, ["ideas", i, "together", j, k])),
        );
        idea.contradictions?.forEach((p, j) => check(p, ["ideas", i, "contradictions", j]));
      });
      rubric.misconceptionPatterns?.forEach((m, i) =>
        m.patterns.forEach((p, j) => check(p, ["misconceptionPatterns", i, "patterns", j])),
      );
    }),
  /** Shown after answering. */
  modelAnswer: z.string().min(10),
});

export const Question = z.discriminatedUnion("type", [
  SingleChoiceQuestion,
  MultipleSelectQuestion,
  NumericQuestion,
  PredictPlotQuestion,
  OrderingQuestion,
  ShortTextQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionInput = z.input<typeof Question>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

// ---------------------------------------------------------------------------------------------
// Lessons

export const Reference = z.object({
  id: Slug,
  /** Full reference: authors, year, title, venue. */
  citation: z.string().min(20),
  url: z.url().optional(),
  /** What the lesson uses from it. */
  note: z.string().optional(),
});
export type Reference = z.infer<typeof Reference>;

export const LessonSection = z.object({
  id: Slug,
  heading: z.string().min(1),
  /** Markdown with TeX in $...$ and $$...$$ (KaTeX). */
  body: z.string().min(20),
  /** A cell diagram drawn after the body (lib/plot CellDiagram), highlighting the gradient path. */
  diagram: z.enum(["lstm", "gru"]).optional(),
});

export const LessonMeta = z.object({
  id: Slug,
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Concepts this lesson teaches; mastery is tracked per concept. */
  concepts: z.array(Slug).min(1),
  /** The simulation scenario drawn beside the lesson (lib/sim scenario id). */
  scenarioId: z.string().min(1),
  /** "seed": one of the five source questions (lib/content/README.md); "supplement": added. */
  kind: z.enum(["seed", "supplement"]),
  /** Lessons worth reading first. */
  prerequisites: z.array(Slug),
  sections: z.array(LessonSection).min(2, "at least two sections required"),
  /**
   * Optional depth beyond the core reading (derivations, worked examples, practice): shown
   * folded under "Going deeper", so the core stays a 400–800-word read.
   */
  deepDives: z.array(LessonSection).optional(),
  references: z.array(Reference).min(1, "at least one reference required"),
  /** "What the source got wrong": the source's gist and our correction (see lib/content/README.md). */
  sourceNote: z
    .object({
      verdict: z.enum(["accurate", "loose", "wrong"]),
      sourceGist: z.string().min(10),
      correction: z.string().min(10),
    })
    .optional(),
});
export type LessonMeta = z.infer<typeof LessonMeta>;
export type LessonInput = z.input<typeof LessonMeta>;
