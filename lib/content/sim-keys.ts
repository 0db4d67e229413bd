/**
 * Keys of simulation-backed questions, computed with lib/sim (never hand-written). Each helper
 * builds an explicit TraceSpec (PyTorch weight layout) or runs a registered scenario and reads
 * the number the question asks about. The closed forms (lib/content/README.md) are for the
 * tests, not here.
 */
import {
  clipByNorm,
  createRng,
  ffBackward,
  ffForward,
  runScenario,
  scalarRecurrence,
  trace,
  type ScenarioResult,
} from "@/lib/sim";

const zeros = (rows: number, cols: number): number[][] =>
  Array.from({ length: rows }, () => new Array<number>(cols).fill(0));

function first(values: readonly (number | null)[] | undefined, what: string): number {
  const v = values?.[0];
  if (typeof v !== "number") throw new Error(`${what}: no finite value at step 0`);
  return v;
}

/**
 * One LSTM unit whose weights are all zero except the forget-gate bias b: f = σ(b) at every step,
 * so ||dc_T/dc_0|| is the product of the forget gates (SCIENCE O8).
 */
export function lstmCellGain(forgetBias: number, steps: number): number {
  const r = trace({
    model: "lstm",
    hiddenSize: 1,
    inputSize: 1,
    steps,
    weights: { weightIH: zeros(4, 1), weightHH: zeros(4, 1), bias: [0, forgetBias, 0, 0] },
    jacobian: true,
  });
  return first(r.cellJacobianNorms, "lstmCellGain");
}

/**
 * An LSTM (hidden size H, seeded pytorch-uniform weights) whose forget-gate rows are zero apart
 * from the bias, so f = σ(b) whatever the inputs; the other gates have random recurrent weights.
 * Returns ||dc_T/dc_0|| for the chosen gradient mode.
 */
export function lstmCellGainWithRecurrence(
  forgetBias: number,
  steps: number,
  seed: number,
  mode: "full" | "truncated",
  hiddenSize = 4,
): number {
  const H = hiddenSize;
  const rng = createRng(seed);
  const isForget = (row: number) => row >= H && row < 2 * H;
  const matrix = (cols: number) =>
    Array.from({ length: 4 * H }, (_, row) =>
      Array.from({ length: cols }, () => {
        const w = rng.uniformIn(-1, 1);
        return isForget(row) ? 0 : w;
      }),
    );
  const weightIH = matrix(1);
  const weightHH = matrix(H);
  const bias = Array.from({ length: 4 * H }, (_, row) => (isForget(row) ? forgetBias : 0));
  const r = trace({
    model: "lstm",
    hiddenSize: H,
    inputSize: 1,
    steps,
    inputs: Array.from({ length: steps }, () => [rng.normal()]),
    weights: { weightIH, weightHH, bias },
    mode,
    jacobian: true,
  });
  return first(r.cellJacobianNorms, "lstmCellGainWithRecurrence");
}

/** Linear RNN with W_hh = s·Q, Q Haar-orthogonal from `seed`: ||dh_T/dh_0||_2 (SCIENCE O1). */
export function orthogonalGain(scale: number, steps: number, seed: number, hiddenSize = 4): number {
  const r = trace({
    model: "rnn",
    activation: "linear",
    hiddenSize,
    inputSize: 1,
    steps,
    init: "orthogonal",
    initScale: scale,
    seed,
    jacobian: true,
  });
  return first(r.jacobianNorms, "orthogonalGain");
}

/** ||W^T||_2 for a 2 x 2 recurrent matrix, through a linear RNN's exact Jacobian (SCIENCE O2). */
export function linearPowerNorm(w: number[][], steps: number): number {
  const r = trace({
    model: "rnn",
    activation: "linear",
    hiddenSize: w.length,
    inputSize: 1,
    steps,
    weights: {
      weightHH: w,
      weightIH: zeros(w.length, 1),
      bias: new Array<number>(w.length).fill(0),
    },
    jacobian: true,
  });
  return first(r.jacobianNorms, "linearPowerNorm");
}

/**
 * One-unit chain h_t = act(w h_{t-1} + b) from h_0, no input: |dh_T/dh_0|. tanh from 0 gives
 * w^T (O5); sigmoid at its fixed point 0.5 (b = -w/2) gives (w/4)^T (O4 for w = 1).
 */
export function scalarChainGain(
  activation: "tanh" | "sigmoid",
  w: number,
  b: number,
  h0: number,
  steps: number,
): number {
  const r = trace({
    model: "rnn",
    activation,
    hiddenSize: 1,
    inputSize: 1,
    steps,
    initialHidden: [h0],
    weights: { weightHH: [[w]], weightIH: [[0]], bias: [b] },
    jacobian: true,
  });
  return first(r.jacobianNorms, "scalarChainGain");
}

/** The clipped vector of Pascanu et al. 2013, Algorithm 1 (SCIENCE O11). */
export function clipped(g: readonly number[], threshold: number): number[] {
  return Array.from(clipByNorm(g, threshold).clipped);
}

/** dx_T/dw for the one-unit linear recurrence x_t = w x_{t-1} (SCIENCE O12). */
export function cliffGradient(w: number, x0: number, steps: number): number {
  return scalarRecurrence(w, x0, steps, "linear").dxdw;
}

/**
 * |dx_L/dx_0| at x_0 = 0 for L one-unit blocks x + tanh(a x) (residual) or tanh(a x) (plain):
 * (1 + a)^L and a^L (SCIENCE O10, with the branch weight inside the tanh).
 */
export function stackGain(a: number, layers: number, residual: boolean): number {
  const s = {
    width: 1,
    layers,
    activation: "tanh" as const,
    residual,
    weights: new Float64Array(layers).fill(a),
    biases: new Float64Array(layers),
  };
  const x = ffForward(s, new Float64Array(1));
  const dx = ffBackward(s, x, Float64Array.of(1));
  const v = dx[0];
  if (v === undefined) throw new Error("stackGain: empty result");
  return Math.abs(v);
}

/**
 * The y of one point of a scenario's series; null points read as 0 on log panels (the value
 * was exactly 0) or +Infinity past the series' overflow.
 */
export function seriesValue(
  r: ScenarioResult,
  panelId: string,
  seriesId: string,
  x: number,
): number {
  const s = r.panels.find((p) => p.id === panelId)?.series.find((se) => se.id === seriesId);
  if (!s) throw new Error(`scenario ${r.scenarioId} has no series ${panelId}/${seriesId}`);
  const point = s.points.reduce((best, p) => (Math.abs(p.x - x) < Math.abs(best.x - x) ? p : best));
  if (point.y !== null) return point.y;
  return s.overflowAt !== undefined && point.x >= s.overflowAt ? Infinity : 0;
}

/** The x of the series point nearest to x (sweeps sample their own grid). */
export function nearestX(r: ScenarioResult, panelId: string, seriesId: string, x: number): number {
  const s = r.panels.find((p) => p.id === panelId)?.series.find((se) => se.id === seriesId);
  const pts = s?.points ?? [];
  const p = pts.reduce<{ x: number } | undefined>(
    (best, q) => (best === undefined || Math.abs(q.x - x) < Math.abs(best.x - x) ? q : best),
    undefined,
  );
  if (!p) throw new Error(`scenario ${r.scenarioId} has no series ${panelId}/${seriesId}`);
  return p.x;
}

export { runScenario };

/**
 * One GRU unit whose weights are all zero except the update-gate bias b (PyTorch gate order
 * r, z, n): z = σ(b) and the candidate is 0, so |dh_T/dh_0| is the product of the update gates.
 */
export function gruCopyGain(updateBias: number, steps: number): number {
  const r = trace({
    model: "gru",
    hiddenSize: 1,
    inputSize: 1,
    steps,
    weights: {
      weightIH: zeros(3, 1),
      weightHH: zeros(3, 1),
      biasIH: [0, updateBias, 0],
      biasHH: [0, 0, 0],
    },
    jacobian: true,
  });
  return first(r.jacobianNorms, "gruCopyGain");
}

/**
 * A one-unit tanh RNN held at the fixed point h* by its bias (b = atanh(h*) - w h*), no input:
 * |dh_T/dh_0| = (w (1 - h*^2))^T, each step's factor being w times tanh' at the fixed point.
 */
export function fixedPointTanhGain(w: number, fixedPoint: number, steps: number): number {
  return scalarChainGain("tanh", w, Math.atanh(fixedPoint) - w * fixedPoint, fixedPoint, steps);
}

/** The first T at which a tanh chain from 0 with weight w (< 1) has |dh_T/dh_0| below `below`. */
export function firstStepBelow(w: number, below: number, maxSteps = 500): number {
  for (let T = 1; T <= maxSteps; T += 1) {
    if (scalarChainGain("tanh", w, 0, 0, T) < below) return T;
  }
  throw new Error(`firstStepBelow: still above ${below} after ${maxSteps} steps`);
}

/**
 * The forget-gate bias at which one LSTM unit (all other weights zero) keeps exactly `keep` of
 * its cell gradient over `steps` steps: bisection on lstmCellGain, which grows with the bias.
 */
export function forgetBiasForSpan(keep: number, steps: number): number {
  let lo = -10;
  let hi = 20;
  for (let i = 0; i < 60; i += 1) {
    const mid = (lo + hi) / 2;
    if (lstmCellGain(mid, steps) < keep) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
