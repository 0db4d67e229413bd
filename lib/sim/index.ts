/**
 * Public API of the simulation library: what the app, the lessons, the tutor and the scripts
 * use. Pure TypeScript: runs in the browser, a worker and the server. Everything else (models,
 * the gate kernel, linear algebra, step factors) is internal to lib/sim; eslint forbids deep
 * imports from outside. The scenario contract types also come from `@/lib/sim/scenario-types`.
 * See README.md.
 */
// Traces: a JSON spec in, gradient norms out.
export { trace, type TraceResult } from "./trace";
export { TraceSpec, type TraceSpecInput } from "./spec";
export { SimInputError, type SimIssue } from "./errors";
// Scenarios: lookup, parameters, the server's budget, the caption number format.
export { getScenario, runScenario, scenarios } from "./scenarios";
export {
  defaultParams,
  defineScenario,
  parseScenarioParams,
  type ValuesOf,
} from "./scenarios/define";
export { runWithinBudget, SERVER_COST_BUDGET, type BudgetedRun } from "./scenarios/budget";
/** The three-significant-digit format every caption uses, so a claim can find its number. */
export { fmt as formatCaptionNumber } from "./scenarios/util";
export type * from "./scenario-types";
// Numeric building blocks the lessons' worked examples and answer keys compute with.
export { sigmoid, ACTIVATIONS, type ActivationName } from "./activations";
export { spectralNorm, spectralRadius } from "./linalg";
export { createRng, type Rng } from "./rng";
export { clipByNorm, type ClipResult } from "./clip";
export { scalarRecurrence, type ScalarDerivatives } from "./scalar";
export { ffBackward, ffForward, type FeedForwardStack } from "./models/feedforward";
export { rnnBackward, rnnForward, type RnnForward, type RnnGrads } from "./models/rnn";
export type { RnnParams } from "./models/types";
// The gate kernel's engine (WebAssembly SIMD or TypeScript; both exact): for benchmarks.
export { kernelEngine, setKernelEngine, type KernelEngine } from "./models/kernel";
