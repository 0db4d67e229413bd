/**
 * Training recurrent networks on long-lag tasks with exact, hand-written gradients. Pure
 * TypeScript like the rest of lib/sim. See README.md.
 */
export {
  createModel,
  gateBlocks,
  layoutOf,
  setWeights,
  splitWeights,
  type CellKind,
  type Model,
  type ModelConfig,
  type ModelLayout,
} from "./model";
export { initialise, type TrainInit } from "./init";
export {
  backwardFromDh,
  createTargets,
  evaluate,
  forward,
  FULL_BPTT,
  lossAndGrad,
  type BatchResult,
  type LossKind,
  type Targets,
} from "./network";
export { clipGlobalNorm, createOptimizer, type Optimizer, type OptimizerSettings } from "./optim";
export { MODEL_NAMES, TrainSpec, type ModelName, type TrainSpecInput } from "./spec";
export {
  createTask,
  MIN_LAG,
  TASK_IDS,
  type SolvedCriterion,
  type Task,
  type TaskId,
} from "./tasks";
export { createTrainer, modelConfig, SOLVED_WINDOW, type Progress, type Trainer } from "./trainer";
export { createWorkspace, type BackwardOptions, type Workspace } from "./workspace";
export { traceWeightGrads, type TraceWeightGrads } from "./trace-grads";
export {
  DEFAULT_SEEDS,
  REPRODUCTION,
  reproduceRow,
  solvedAtFor,
  type ReproCell,
  type ReproRow,
} from "./reproduce";
export { trainReport, type TrainReport } from "./report";
