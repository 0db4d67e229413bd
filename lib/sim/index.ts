/**
 * Public API of the simulation library. Pure TypeScript: runs in the browser, a worker and the
 * server. See README.md.
 */
export {
  ACTIVATIONS,
  ACTIVATION_NAMES,
  sigmoid,
  type Activation,
  type ActivationName,
} from "./activations";
export { clipByNorm, type ClipResult } from "./clip";
export { SimInputError, type SimIssue } from "./errors";
export { drawWeights, INIT_NAMES, type InitName } from "./init";
export { jacobianNorms } from "./jacobian";
export { identity, norm2, randomOrthogonal, spectralNorm } from "./linalg";
export { LIMITS } from "./limits";
export { runWithinBudget, SERVER_COST_BUDGET, type BudgetedRun } from "./scenarios/budget";
export { ffBackward, ffForward, type FeedForwardStack } from "./models/feedforward";
export { gruBackward, gruForward, type GruForward } from "./models/gru";
export {
  lstmBackward,
  lstmForward,
  type LstmForward,
  type LstmGrads,
} from "./models/lstm";
export { rnnBackward, rnnForward, type RnnForward, type RnnGrads } from "./models/rnn";
export type {
  GradientMode,
  GruParams,
  LstmParams,
  RecurrentParams,
  RnnParams,
} from "./models/types";
export { resolveTrace, type ResolvedTrace } from "./resolve";
export { createRng, type Rng } from "./rng";
export { scalarRecurrence, type ScalarDerivatives } from "./scalar";
export { TraceSpec, type TraceSpecInput } from "./spec";
export { stepNorms, trace, traceResolved, type TraceResult } from "./trace";
export { lstmCellStepFactors, lstmCellStepJacobian, rnnStepFactors } from "./step-factors";
export { spectralRadius } from "./linalg";
export {
  defaultParams,
  defineScenario,
  paramsSchema,
  parseScenarioParams,
  type ValuesOf,
} from "./scenarios/define";
export { getScenario, runScenario, scenarios } from "./scenarios";
/** The three-significant-digit format every caption uses, so a claim can find its number. */
export { fmt as formatCaptionNumber } from "./scenarios/util";
export type * from "./scenario-types";
