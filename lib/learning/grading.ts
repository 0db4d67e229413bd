/**
 * gradeResponse(instance, response): checks a learner's answer against an instance's key.
 * The response is parsed with ResponseInput (a discriminated union on `type`, the same schema
 * the form and the API use); a malformed body throws GradingInputError with status 400, a
 * response that does not fit the question (wrong type, unknown option id, not a permutation)
 * throws it with status 422. Both name the field.
 *
 * fraction is the credit before try and hint penalties (credit.ts applies those):
 *   single-choice, predict-plot, numeric: 1 or 0 (numeric text may use a decimal comma)
 *   multiple-select: max(0, hits / #correct - false picks / #wrong); correct only when exact
 *   ordering: Kendall's tau between the answer and the key, floored at 0
 *   short-text: rubric ideas stated / ideas required, halved if a misconception is stated
 */
import { z } from "zod";
import { gradeChoice, gradeMultiple, gradePredict } from "./grading/choice";
import { GradingInputError, type GradeResult } from "./grading/result";
import { gradeNumeric } from "./grading/numeric";
import { gradeOrdering } from "./grading/ordering";
import { gradeShortText } from "./grading/short-text";
import { parseNumberText } from "./number-text";
import type { QuestionInstance } from "./instantiate";

export { GradingInputError, type GradeResult } from "./grading/result";
export { withinTolerance } from "./grading/numeric";
export { numericCollisions, type NumericCollision } from "./grading/collisions";
export {
  instantiateQuestion,
  InstantiationError,
  numericKeyAt,
  type QuestionInstance,
} from "./instantiate";
export {
  publicQuestion,
  revealAnswer,
  revealHint,
  type PublicQuestion,
  type Solution,
} from "./public-question";

const id = z.string().min(1, "must not be empty").max(100, "too long");
/** Numbers may come from a form as text ("5.2e-3", "5,2e-3"); anything else is a 400. */
const numberLike = z
  .union([z.number(), z.string()], { error: "must be a number" })
  .transform((input, ctx) => {
    const parsed =
      typeof input === "number"
        ? Number.isFinite(input)
          ? ({ ok: true, value: input } as const)
          : ({ ok: false, problem: "must be a finite number" } as const)
        : parseNumberText(input);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.problem });
    return z.NEVER;
  });

export const ResponseInput = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("single-choice"), optionId: id }).strict(),
    z.object({ type: z.literal("multiple-select"), optionIds: z.array(id).max(50) }).strict(),
    z.object({ type: z.literal("numeric"), value: numberLike }).strict(),
    z.object({ type: z.literal("predict-plot"), optionId: id }).strict(),
    z.object({ type: z.literal("ordering"), order: z.array(id).min(1).max(50) }).strict(),
    z
      .object({
        type: z.literal("short-text"),
        text: z.string().max(4000, "at most 4000 characters"),
      })
      .strict(),
  ],
  {
    error:
      "type must be one of single-choice, multiple-select, numeric, predict-plot, ordering, short-text",
  },
);
export type ResponseInput = z.infer<typeof ResponseInput>;

/** Parses `response` (unknown JSON) and grades it. Throws GradingInputError on bad input. */
export function gradeResponse(instance: QuestionInstance, response: unknown): GradeResult {
  const parsed = ResponseInput.safeParse(response);
  if (!parsed.success) throw GradingInputError.fromZod(parsed.error);
  const r = parsed.data;
  if (r.type !== instance.type) {
    throw new GradingInputError(422, {
      type: `this question expects a "${instance.type}" response, got "${r.type}"`,
    });
  }
  if (instance.type === "single-choice" && r.type === "single-choice")
    return gradeChoice(instance, r.optionId);
  if (instance.type === "multiple-select" && r.type === "multiple-select")
    return gradeMultiple(instance, r.optionIds);
  if (instance.type === "predict-plot" && r.type === "predict-plot")
    return gradePredict(instance, r.optionId);
  if (instance.type === "numeric" && r.type === "numeric") return gradeNumeric(instance, r.value);
  if (instance.type === "ordering" && r.type === "ordering")
    return gradeOrdering(instance, r.order);
  if (instance.type === "short-text" && r.type === "short-text")
    return gradeShortText(instance, r.text);
  throw new GradingInputError(422, { type: `unsupported question type "${instance.type}"` });
}
