/**
 * From a question template to what one learner sees, like Moodle's calculated questions:
 * instantiateQuestion draws the parameters from a seed string (deterministic: the same attempt
 * always gets the same numbers), fills the {{placeholders}} and computes the key with lib/sim.
 * Choice and predict-plot options are shuffled per instance (options.ts), so the option order
 * is part of what the seed decides. The instance is plain JSON (no functions) so it can be
 * stored, but it holds the key: only publicQuestion(instance) may reach the browser.
 */
import {
  NumericKey,
  PredictKey,
  type ChoiceOption,
  type PredictOption,
  type Question,
  type QuestionOf,
  type RubricIdea,
  type Tolerance,
  type WrongNumeric,
} from "@/lib/content/schema";
import { drawParams, fillPlaceholders, formatValue, type Params } from "@/lib/content";
import { shuffleOptions } from "./options";

interface InstanceBase {
  questionId: string;
  lessonId: string;
  seed: string;
  /** Drawn parameter values ({} for static questions). */
  params: Params;
  simulated: boolean;
  prompt: string;
  hints: string[];
  explanation: string;
  concepts: string[];
  difficulty: 1 | 2 | 3;
}

export type QuestionInstance = InstanceBase &
  (
    | { type: "single-choice"; options: ChoiceOption[] }
    | { type: "multiple-select"; options: ChoiceOption[] }
    | {
        type: "numeric";
        unit?: string;
        key: { value: number; tolerance: Tolerance; wrongAnswers: WrongNumeric[] };
      }
    | {
        type: "predict-plot";
        options: PredictOption[];
        key: { correctOptionId: string; observed: string; run: PredictKey["run"] };
      }
    | {
        type: "ordering";
        items: { id: string; text: string }[];
        correctOrder: string[];
        wrongOrders: { order: string[]; misconception: string }[];
      }
    | {
        type: "short-text";
        rubric: {
          terms: Record<string, string[]>;
          ideas: RubricIdea[];
          misconceptionPatterns: { patterns: string[]; misconception: string }[];
        };
        modelAnswer: string;
      }
  );

export type InstanceOf<T extends QuestionInstance["type"]> = Extract<QuestionInstance, { type: T }>;

/** Thrown when a simulation-backed question cannot be instantiated (a content bug). */
export class InstantiationError extends Error {
  override name = "InstantiationError";
}

export function instantiateQuestion(question: Question, seed: string): QuestionInstance {
  const sim = "sim" in question ? question.sim : undefined;
  const params: Params = sim ? drawParams(sim.params, seed, question.id) : {};
  const computed = sim ? runCompute(question, params) : undefined;
  const values: Record<string, string> = {
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, formatValue(v)])),
    ...(computed?.vars ?? {}),
  };
  const fill = (text: string) => {
    try {
      return fillPlaceholders(text, values);
    } catch (e) {
      throw new InstantiationError(`${question.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const base: InstanceBase = {
    questionId: question.id,
    lessonId: question.lessonId,
    seed,
    params,
    simulated: sim !== undefined,
    prompt: fill(question.prompt),
    hints: question.hints.map(fill),
    explanation: fill(question.explanation),
    concepts: [...question.concepts],
    difficulty: question.difficulty,
  };
  switch (question.type) {
    case "single-choice":
      return {
        ...base,
        type: "single-choice",
        options: shuffleOptions(question.options, question.id, seed).map((o) => ({
          ...o,
          text: fill(o.text),
        })),
      };
    case "multiple-select":
      return {
        ...base,
        type: "multiple-select",
        options: shuffleOptions(question.options, question.id, seed).map((o) => ({
          ...o,
          text: fill(o.text),
        })),
      };
    case "numeric":
      return {
        ...base,
        type: "numeric",
        ...(question.unit !== undefined ? { unit: question.unit } : {}),
        key: numericKey(question, computed),
      };
    case "predict-plot": {
      if (computed?.kind !== "predict") throw new InstantiationError(`${question.id}: no key`);
      const { correctOptionId, observed, run } = computed.key;
      if (!question.options.some((o) => o.id === correctOptionId)) {
        throw new InstantiationError(
          `${question.id}: compute() chose unknown option "${correctOptionId}"`,
        );
      }
      return {
        ...base,
        type: "predict-plot",
        options: shuffleOptions(question.options, question.id, seed).map((o) => ({
          ...o,
          text: fill(o.text),
        })),
        key: { correctOptionId, observed: fill(observed), run },
      };
    }
    case "ordering":
      return {
        ...base,
        type: "ordering",
        items: question.items.map((it) => ({ ...it, text: fill(it.text) })),
        correctOrder: [...question.correctOrder],
        wrongOrders: question.wrongOrders ?? [],
      };
    case "short-text":
      return {
        ...base,
        type: "short-text",
        rubric: {
          terms: question.rubric.terms ?? {},
          ideas: question.rubric.ideas,
          misconceptionPatterns: question.rubric.misconceptionPatterns ?? [],
        },
        modelAnswer: fill(question.modelAnswer),
      };
  }
}

export type NumericInstanceKey = InstanceOf<"numeric">["key"];

/**
 * A numeric question's key at given parameters: the value, the tolerance and every typical
 * wrong answer (the question's own and those compute() derives). Validation and the tests call
 * it for every parameter combination a learner can draw.
 */
export function numericKeyAt(question: QuestionOf<"numeric">, params: Params): NumericInstanceKey {
  return numericKey(question, question.sim ? runCompute(question, params) : undefined);
}

function numericKey(question: QuestionOf<"numeric">, computed: Computed | undefined) {
  const key = computed?.kind === "numeric" ? computed.key : undefined;
  const value = key ? key.value : question.answer;
  if (value === undefined) throw new InstantiationError(`${question.id}: no key`);
  return {
    value,
    tolerance: question.tolerance,
    wrongAnswers: [...(question.wrongAnswers ?? []), ...(key?.wrongAnswers ?? [])],
  };
}

type Computed =
  | { kind: "numeric"; key: NumericKey; vars?: Record<string, string> }
  | { kind: "predict"; key: PredictKey; vars?: Record<string, string> };

function runCompute(question: Question, params: Params): Computed | undefined {
  const fail = (why: string) =>
    new InstantiationError(`${question.id} with ${JSON.stringify(params)}: ${why}`);
  let raw: unknown;
  try {
    if (question.type === "numeric" && question.sim) raw = question.sim.compute(params);
    else if (question.type === "predict-plot") raw = question.sim.compute(params);
    else return undefined;
  } catch (e) {
    throw fail(`compute() threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (question.type === "numeric") {
    const parsed = NumericKey.safeParse(raw);
    if (!parsed.success) throw fail(parsed.error.issues.map((i) => i.message).join("; "));
    return {
      kind: "numeric",
      key: parsed.data,
      ...(parsed.data.vars ? { vars: parsed.data.vars } : {}),
    };
  }
  const parsed = PredictKey.safeParse(raw);
  if (!parsed.success) throw fail(parsed.error.issues.map((i) => i.message).join("; "));
  return {
    kind: "predict",
    key: parsed.data,
    ...(parsed.data.vars ? { vars: parsed.data.vars } : {}),
  };
}
