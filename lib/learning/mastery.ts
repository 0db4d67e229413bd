/**
 * Mastery per concept by Bayesian Knowledge Tracing (Corbett & Anderson 1995, "Knowledge
 * tracing: modeling the acquisition of procedural knowledge", UMUAI 4:253-278). Each concept is
 * a hidden binary state "known"; every first-try answer is a noisy observation of it, followed
 * by a chance to learn.
 */
import { z } from "zod";
import { QUESTION_TYPES } from "@/lib/content/schema";
import { checkCount, checkFraction, checkTryNumber } from "./credit";

const probability = z.number().gt(0).lt(1);

/**
 * The four BKT parameters. A model is degenerate when pSlip + pGuess >= 1: a correct answer
 * would then be evidence of *not* knowing (Baker, Corbett & Aleven 2008, "More accurate
 * student modeling through contextual estimation of slip and guess probabilities", ITS).
 */
export const BktParams = z
  .object({
    /** P(L0): the learner knows the concept before the first question. */
    pInit: probability,
    /** P(T): the learner learns the concept at one practice opportunity. */
    pTransit: probability,
    /** P(S): a learner who knows the concept still answers wrongly. */
    pSlip: probability,
    /** P(G): a learner who does not know the concept answers correctly. */
    pGuess: probability,
  })
  .refine((p) => p.pSlip + p.pGuess < 1, {
    message: "pSlip + pGuess must be below 1 (degenerate model)",
    path: ["pGuess"],
  });
export type BktParams = z.infer<typeof BktParams>;

/**
 * Defaults, not fitted: there is no learner data yet. The topic is new to most learners, so
 * P(L0) is low; P(T), P(S) and P(G) are of the size usually reported for tutor data and within
 * the bounds commonly imposed against degenerate fits (P(G) <= 0.3, P(S) <= 0.1; see Baker et
 * al. 2008). With these, three correct first tries in a row take P(known) 0.2 -> 0.6 -> 0.89
 * -> 0.98 (levels.ts: familiar, proficient, mastered).
 */
export const DEFAULT_BKT: BktParams = { pInit: 0.2, pTransit: 0.15, pSlip: 0.1, pGuess: 0.2 };

/** The question bank's formats (lib/content/schema.ts); each has its own guess rate. */
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;
const QUESTION_TYPE_SET: ReadonlySet<string> = new Set(QuestionType.options);

/**
 * P(G) by question format: the chance of answering right without knowing. One of four options
 * is 0.25; a prediction among three outcomes is 1/3 (above the usual 0.3 bound, honestly so:
 * these rates are fixed by the format, not fitted); picking the exact subset of several
 * options, the exact order of several items, or typing a number or phrase is rarely luck.
 */
export const GUESS_BY_TYPE: Readonly<Record<QuestionType, number>> = {
  "single-choice": 0.25,
  "multiple-select": 0.1,
  "predict-plot": 0.33,
  ordering: 0.05,
  numeric: 0.05,
  "short-text": 0.05,
};

/** The default parameters with the guess rate of the question's format. */
export function paramsForQuestion(type: QuestionType, base: BktParams = DEFAULT_BKT): BktParams {
  // One object per base and format, so that its validation (checkParams) is remembered.
  let byType = paramsByBase.get(base);
  if (!byType) {
    byType = new Map();
    paramsByBase.set(base, byType);
  }
  let params = byType.get(type);
  if (!params) {
    params = { ...base, pGuess: GUESS_BY_TYPE[type] };
    byType.set(type, params);
  }
  return params;
}
const paramsByBase = new WeakMap<BktParams, Map<QuestionType, BktParams>>();

/**
 * Each hint closes half of the gap between P(G) and 1 - P(S): a correct answer after hints is
 * weaker evidence of knowing, as help makes success likelier for learners who do not know
 * (Beck, Chang, Mostow & Corbett 2008, "Does help help?", ITS). Staying below 1 - P(S) keeps a
 * correct answer from ever lowering P(known).
 */
export const HINT_GUESS_DECAY = 0.5;

export function guessWithHints(params: BktParams, hintsUsed: number): number {
  const ceiling = 1 - params.pSlip;
  return ceiling - (ceiling - params.pGuess) * HINT_GUESS_DECAY ** hintsUsed;
}

/** P(known) never reaches exactly 0 or 1, where BKT would stop responding to evidence. */
const EDGE = 1e-6;
const clampOpen = (p: number) => Math.min(1 - EDGE, Math.max(EDGE, p));

/**
 * `correct`, or partial credit as a `fraction` in [0, 1]. The fraction is soft evidence,
 * combined by Jeffrey's rule of conditioning (Jeffrey 1965, "The Logic of Decision"):
 * P'(L) = q·P(L | correct) + (1 − q)·P(L | wrong) with q = fraction. It equals the two classic
 * BKT updates at q = 1 and q = 0 and moves monotonically between them.
 */
export type Observation = ({ correct: boolean } | { fraction: number }) & { hintsUsed?: number };

/**
 * Parameter objects already parsed: replaying a history calls the update thousands of times with
 * the same few objects, and parsing them each time cost more than the update itself. Parameters
 * are plain data that callers do not mutate after passing them (a changed copy is a new object).
 */
const validParams = new WeakSet<BktParams>();

function checkParams(params: BktParams, fn: string): void {
  if (validParams.has(params)) return;
  const parsed = BktParams.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") ?? "params";
    throw new RangeError(`Argument 'params.${name}' passed to '${fn}': ${issue?.message ?? ""}`);
  }
  validParams.add(params);
}

/** P(L | observation): Bayes' rule on the slip/guess emission model, before any learning. */
export function posterior(pKnown: number, obs: Observation, params: BktParams): number {
  checkFraction(pKnown, "pKnown", "posterior");
  checkParams(params, "posterior");
  const hints = obs.hintsUsed ?? 0;
  checkCount(hints, "hintsUsed", "posterior");
  const q = "correct" in obs ? (obs.correct ? 1 : 0) : obs.fraction;
  checkFraction(q, "fraction", "posterior");
  const L = clampOpen(pKnown);
  const S = params.pSlip;
  // Hints weaken only the evidence of a correct answer; a wrong one is judged at plain P(G).
  const gRight = guessWithHints(params, hints);
  const gWrong = params.pGuess;
  const ifRight = (L * (1 - S)) / (L * (1 - S) + (1 - L) * gRight);
  const ifWrong = (L * S) / (L * S + (1 - L) * (1 - gWrong));
  return clampOpen(q * ifRight + (1 - q) * ifWrong);
}

/** P(L_next) = P(L) + (1 − P(L))·P(T): the chance to learn after each opportunity. */
export function transit(pKnown: number, params: BktParams): number {
  return clampOpen(pKnown + (1 - pKnown) * params.pTransit);
}

/** One BKT step: condition on the observation, then apply the learning transition. */
export function updateMastery(pKnown: number, obs: Observation, params: BktParams): number {
  return transit(posterior(pKnown, obs, params), params);
}

export const ConceptMastery = z.object({
  pKnown: z.number().min(0).max(1),
  /** First tries on questions tagged with this concept. */
  attempts: z.number().int().nonnegative(),
  /** First tries the grader marked correct. */
  correct: z.number().int().nonnegative(),
});
export type ConceptMastery = z.infer<typeof ConceptMastery>;
export type MasteryState = Readonly<Record<string, ConceptMastery>>;

export type AnsweredQuestion = {
  concepts: readonly string[];
  correct: boolean;
  fraction: number;
  hintsUsed: number;
  tryNumber: number;
  questionType: QuestionType;
};

export function initialMastery(params: BktParams = DEFAULT_BKT): ConceptMastery {
  return { pKnown: params.pInit, attempts: 0, correct: 0 };
}

/**
 * Folds one answer into the per-concept state and returns a new object. Only first tries count:
 * a retry follows the feedback on the wrong answer, so it is not independent evidence and not a
 * new practice opportunity (BKT assumes one observation per opportunity). A correct verdict is
 * full evidence; a wrong answer with partial credit is soft evidence (see Observation). Every
 * tagged concept gets the same update, the usual simplification for multi-skill items.
 */
export function applyAnswerToConcepts(
  state: MasteryState,
  answer: AnsweredQuestion,
  base: BktParams = DEFAULT_BKT,
): MasteryState {
  checkTryNumber(answer.tryNumber, "applyAnswerToConcepts");
  checkFraction(answer.fraction, "fraction", "applyAnswerToConcepts");
  checkCount(answer.hintsUsed, "hintsUsed", "applyAnswerToConcepts");
  if (!QUESTION_TYPE_SET.has(answer.questionType)) {
    throw new RangeError(
      `Argument 'questionType' passed to 'applyAnswerToConcepts' must be one of ` +
        `${QuestionType.options.join(", ")}, got ${String(answer.questionType)}`,
    );
  }
  if (answer.tryNumber > 1) return state;
  const params = paramsForQuestion(answer.questionType, base);
  const obs: Observation = {
    fraction: answer.correct ? 1 : answer.fraction,
    hintsUsed: answer.hintsUsed,
  };
  const next: Record<string, ConceptMastery> = { ...state };
  for (const concept of new Set(answer.concepts)) {
    const prev = state[concept] ?? initialMastery(base);
    next[concept] = {
      pKnown: updateMastery(prev.pKnown, obs, params),
      attempts: prev.attempts + 1,
      correct: prev.correct + (answer.correct ? 1 : 0),
    };
  }
  return next;
}
