/**
 * The trainer: mini-batches from a task's seeded generator, exact gradients, optional clipping,
 * Adam or SGD with momentum. `step()` runs one iteration and returns its progress, so a UI (or
 * a web worker posting messages) can draw while it runs and stop whenever it likes; `run()` is
 * the same as a generator.
 */
import { fromZodError } from "../errors";
import { createRng } from "../rng";
import { initialise } from "./init";
import { createModel, type Model, type ModelConfig } from "./model";
import { createTargets, lossAndGrad, type Targets } from "./network";
import { clipGlobalNorm, createOptimizer, type Optimizer } from "./optim";
import { TrainSpec, type ModelName } from "./spec";
import { createTask, type Task } from "./tasks";
import { createWorkspace, type BackwardOptions, type Workspace } from "./workspace";

/** Iterations the solved criterion is averaged over (10 batches: 320 fresh sequences at B = 32). */
export const SOLVED_WINDOW = 10;

export interface Progress {
  iteration: number;
  /** Batch loss and accuracy, measured before this iteration's update. */
  loss: number;
  accuracy: number;
  /** Mean loss and accuracy over the last SOLVED_WINDOW iterations. */
  recentLoss: number;
  recentAccuracy: number;
  /** ||dL/dθ|| before clipping. */
  gradNorm: number;
  clipped: boolean;
  /**
   * ||dL/dh_k|| over the batch for k = 0..T (k = 0 the initial state). A view into the trainer's
   * buffer: overwritten by the next step, copy it to keep it.
   */
  hiddenGradNorms: Float64Array;
  /** First iteration at which the solved criterion held, or null. */
  solvedAt: number | null;
  done: boolean;
}

export interface Trainer {
  spec: TrainSpec;
  task: Task;
  model: Model;
  step(): Progress;
  run(): Generator<Progress, void, undefined>;
}

export function modelConfig(name: ModelName, hidden: number, task: Task): ModelConfig {
  return {
    cell: name === "lstm" || name === "lstm-1997" ? "lstm" : name === "gru" ? "gru" : "rnn",
    activation: name === "irnn" ? "relu" : "tanh",
    forgetGate: name !== "lstm-1997",
    hiddenSize: hidden,
    inputSize: task.inputSize,
    outputSize: task.outputSize,
  };
}

/** Parses the spec (throws SimInputError naming the field) and sets up a run. */
export function createTrainer(input: unknown): Trainer {
  const parsed = TrainSpec.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  const spec = parsed.data;
  const task = createTask(spec.task, spec.lag);
  const model = createModel(modelConfig(spec.model, spec.hidden, task));
  initialise(
    model,
    spec.model === "irnn" ? "irnn" : "pytorch-uniform",
    createRng(spec.seed),
    spec.forgetBias,
  );
  const ws = createWorkspace(model, spec.batch, task.steps);
  const targets = createTargets(task.loss, spec.batch, task.outputSize);
  const grad = new Float64Array(model.layout.size);
  const optimizer = createOptimizer(
    {
      name: spec.optimizer,
      learningRate: spec.lr ?? (spec.optimizer === "adam" ? 0.01 : 0.1),
      momentum: spec.momentum,
      beta1: spec.beta1,
      beta2: spec.beta2,
      epsilon: spec.epsilon,
    },
    model.layout.size,
  );
  const loop = new Loop(spec, task, model, ws, targets, grad, optimizer);
  const step = () => loop.step();
  return {
    spec,
    task,
    model,
    step,
    *run() {
      for (;;) {
        const p = step();
        yield p;
        if (p.done) return;
      }
    },
  };
}

class Loop {
  private iteration = 0;
  private solvedAt: number | null = null;
  private readonly recentLoss = new Float64Array(SOLVED_WINDOW);
  private readonly recentAcc = new Float64Array(SOLVED_WINDOW);
  private readonly dataRng;
  private readonly backward: BackwardOptions;

  constructor(
    private readonly spec: TrainSpec,
    private readonly task: Task,
    private readonly model: Model,
    private readonly ws: Workspace,
    private readonly targets: Targets,
    private readonly grad: Float64Array,
    private readonly optimizer: Optimizer,
  ) {
    // A stream of its own, so the data do not depend on how many numbers the init drew.
    this.dataRng = createRng((spec.seed ^ 0x5bd1e995) >>> 0);
    this.backward = { window: spec.window, truncate1997: false };
  }

  step(): Progress {
    const { spec, task, model, ws, targets, grad } = this;
    if (this.iteration >= spec.iterations || (spec.stopWhenSolved && this.solvedAt !== null))
      throw new RangeError("the run is over");
    this.iteration++;
    task.sample(this.dataRng, ws.x, targets, spec.batch);
    const r = lossAndGrad(model, ws, task.steps, targets, grad, this.backward);
    const gradNorm = spec.clip > 0 ? clipGlobalNorm(grad, spec.clip) : norm(grad);
    this.optimizer.step(model.theta, grad);
    const slot = (this.iteration - 1) % SOLVED_WINDOW;
    this.recentLoss[slot] = r.loss;
    this.recentAcc[slot] = r.accuracy;
    const n = Math.min(this.iteration, SOLVED_WINDOW);
    const recentLoss = mean(this.recentLoss, n);
    const recentAccuracy = mean(this.recentAcc, n);
    const c = task.solved;
    const ok = c.metric === "loss" ? recentLoss <= c.threshold : recentAccuracy >= c.threshold;
    if (this.solvedAt === null && n === SOLVED_WINDOW && ok) this.solvedAt = this.iteration;
    return {
      iteration: this.iteration,
      loss: r.loss,
      accuracy: r.accuracy,
      recentLoss,
      recentAccuracy,
      gradNorm,
      clipped: spec.clip > 0 && gradNorm >= spec.clip,
      hiddenGradNorms: ws.dhNorms.subarray(0, task.steps + 1),
      solvedAt: this.solvedAt,
      done: this.iteration >= spec.iterations || (spec.stopWhenSolved && this.solvedAt !== null),
    };
  }
}

function mean(a: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i]!;
  return s / n;
}

function norm(g: Float64Array): number {
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i]! * g[i]!;
  return Math.sqrt(s);
}
