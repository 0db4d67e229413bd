/** Random networks and batches for the gradient tests of lib/sim/train. */
import { createRng } from "@/lib/sim";
import {
  createModel,
  createTargets,
  createWorkspace,
  lossAndGrad,
  type BackwardOptions,
  type LossKind,
  type Model,
  type ModelConfig,
  type Targets,
  type Workspace,
} from "@/lib/sim/train";

export interface Case {
  name: string;
  config: ModelConfig;
  loss: LossKind;
  B: number;
  T: number;
  seed: number;
  /** Weight scale; 0.6 keeps gradients from vanishing in float32 over a few steps. */
  scale: number;
}

const base = { hiddenSize: 3, inputSize: 2, outputSize: 2, activation: "tanh", forgetGate: true };

export const CASES: Case[] = [
  {
    name: "rnn tanh",
    config: { ...base, cell: "rnn" } as ModelConfig,
    loss: "mse",
    B: 5,
    T: 7,
    seed: 1,
    scale: 0.8,
  },
  {
    name: "irnn relu",
    config: { ...base, cell: "rnn", activation: "relu" },
    loss: "xent",
    B: 3,
    T: 6,
    seed: 2,
    scale: 0.6,
  },
  {
    name: "lstm",
    config: { ...base, cell: "lstm" } as ModelConfig,
    loss: "xent",
    B: 5,
    T: 7,
    seed: 3,
    scale: 0.8,
  },
  {
    name: "lstm 1997 (no forget gate)",
    config: { ...base, cell: "lstm", forgetGate: false } as ModelConfig,
    loss: "mse",
    B: 4,
    T: 6,
    seed: 4,
    scale: 0.8,
  },
  {
    name: "gru",
    config: { ...base, cell: "gru" } as ModelConfig,
    loss: "mse",
    B: 6,
    T: 7,
    seed: 5,
    scale: 0.8,
  },
];

export interface Problem {
  model: Model;
  ws: Workspace;
  tg: Targets;
}

/** A model with N(0, scale²) parameters, random inputs, initial states and targets. */
export function problem(c: Case): Problem {
  const rng = createRng(c.seed);
  const model = createModel(c.config);
  for (let i = 0; i < model.theta.length; i++) model.theta[i] = c.scale * rng.normal();
  const ws = createWorkspace(model, c.B, c.T);
  for (let i = 0; i < ws.x.length; i++) ws.x[i] = rng.normal();
  for (let i = 0; i < ws.h0.length; i++) ws.h0[i] = 0.5 * rng.normal();
  if (c.config.cell === "lstm") for (let i = 0; i < ws.c0.length; i++) ws.c0[i] = rng.normal();
  const tg = createTargets(c.loss, c.B, c.config.outputSize);
  for (let i = 0; i < tg.value.length; i++) tg.value[i] = rng.normal();
  for (let i = 0; i < tg.label.length; i++) tg.label[i] = Math.floor(rng.uniform() * 2);
  tg.tolerance = 0.1;
  return { model, ws, tg };
}

export function gradient(p: Problem, T: number, opt?: BackwardOptions): Float64Array {
  const g = new Float64Array(p.model.layout.size);
  lossAndGrad(p.model, p.ws, T, p.tg, g, opt);
  return g;
}

/**
 * The window-truncated problem as an ordinary one: the first T - window steps run once with
 * the current weights and their end state becomes the fixed initial state of a window-step run.
 */
export function suffixProblem(c: Case, window: number): Problem {
  const p = problem(c);
  const { hiddenSize: H, inputSize: I } = c.config;
  const B = c.B;
  const cut = c.T - window;
  p.ws.h.fill(0);
  lossAndGrad(p.model, p.ws, cut, p.tg, new Float64Array(p.model.layout.size));
  const ws = createWorkspace(p.model, B, window);
  ws.x.set(p.ws.x.subarray(cut * B * I, c.T * B * I));
  ws.h0.set(p.ws.h.subarray(cut * B * H, (cut + 1) * B * H));
  if (c.config.cell === "lstm") ws.c0.set(p.ws.c.subarray(cut * B * H, (cut + 1) * B * H));
  return { model: p.model, ws, tg: p.tg };
}

/** max over entries of |a - b| / max(|a|, |b|, floor). */
export function maxRelError(a: Float64Array, b: Float64Array, floor = 1e-4): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(a[i]!), Math.abs(b[i]!), floor);
    worst = Math.max(worst, d);
  }
  return worst;
}
