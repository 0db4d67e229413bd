/** What sets the per-step factor at a run's values, in words and numbers (plot replies, runs). */
import { formatCaptionNumber as f, sigmoid, type ParamValues } from "@/lib/sim";
import { activationRegime } from "./activation-regime";
import { powerBase } from "../answer/calc-digits";

/** Steps from which the 1997 cell's growth on a stream is worth saying (the lesson's "a few hundred"). */
const LONG_STREAM = 200;

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));

/**
 * One or two sentences on what sets the slope at these values; with `only`, about those dials
 * alone (the ones a request changed).
 */
export function regime(params: ParamValues, only?: readonly string[]): string {
  const on = (key: string) => params[key] !== undefined && (!only || only.includes(key));
  const T = num(params.steps ?? params.depth);
  const parts: string[] = [];
  const noForgetGate = params.variant === "lstm-1997";
  if (noForgetGate && on("variant"))
    parts.push(
      // A long stream is where the missing forget gate shows: the cell only accumulates.
      Number.isFinite(T) && T >= LONG_STREAM
        ? "The 1997 cell has no forget gate (f ≡ 1): along the cell path the gradient is carried back unchanged, but over a long stream with nothing to forget the cell state can grow until tanh(c_T) saturates, and then little or no gradient enters the cell at all; that is the problem the forget gate was added to solve."
        : "The 1997 cell has no forget gate (f ≡ 1): along the cell path the gradient is carried back unchanged, however long the gap.",
    );
  // Switched to the cell with a forget gate: the carousel becomes a product of gates.
  if (on("variant") && params.variant === "forget-gate" && !on("forgetBias")) {
    const b = num(params.forgetBias ?? 0);
    const tail = Number.isFinite(T)
      ? `, about ${powerBase(sigmoid(b), T)}^${T} ≈ ${f(sigmoid(b) ** T)} over ${T} steps`
      : "";
    parts.push(
      `With a forget gate the cell path is a product of the gates f_t instead of a constant 1: at forget-gate bias ${f(b)} each is near σ(${f(b)}) = ${f(sigmoid(b))}${tail}, so it decays with the gap.`,
    );
  }
  if (on("forgetBias") && !noForgetGate) {
    const s = sigmoid(num(params.forgetBias));
    const tail = Number.isFinite(T)
      ? `; over ${T} steps that is ${powerBase(s, T)}^${T} ≈ ${f(s ** T)}`
      : "";
    const shown = Number.isFinite(T) ? powerBase(s, T) : f(s);
    parts.push(
      `With forget-gate bias ${f(num(params.forgetBias))} each forget gate sits near σ(${f(num(params.forgetBias))}) = ${shown} per step${tail}, so the cell path ${pathShape(s, T)}.`,
    );
  }
  if (on("updateBias")) parts.push(gruRegime(num(params.updateBias), T));
  const activation = on("activation")
    ? params.activation
    : on("stackActivation")
      ? params.stackActivation
      : undefined;
  if (activation !== undefined) parts.push(activationRegime(activation, T));
  // Full against truncated: the recurrent weights carry the paths the truncation drops.
  if (on("recurrentScale") && params.variant !== undefined) {
    const s = num(params.recurrentScale);
    parts.push(
      s === 0
        ? "With the recurrent weights at 0 nothing reaches c_{t-1} through h_{t-1} and the gates, so the full gradient and the truncated one coincide."
        : `With recurrent weight scale ${f(s)} the paths through h_{t-1} and the gates add to the cell path, so the full gradient and the truncated one part; the larger the scale, the further.`,
    );
    return parts.join(" ");
  }
  const scale = on("recurrentScale")
    ? params.recurrentScale
    : on("weightScale")
      ? params.weightScale
      : undefined;
  if (scale !== undefined) {
    const s = num(scale);
    const trend =
      s > 1
        ? `above 1, so while the units are not saturated the gradient can grow like ${f(s)}^T`
        : `at most 1, so the gradient shrinks step after step`;
    parts.push(
      `The recurrent scale ${f(s)} bounds the per-step factor (tanh' ≤ 1): it is ${trend}${Number.isFinite(T) && s > 1 ? ` (${powerBase(s, T)}^${T} ≈ ${f(s ** T)} at most)` : ""}.`,
    );
  }
  if (on("distractors"))
    parts.push(
      `Distractor inputs of size ${f(num(params.distractors))} push the state around in the forward pass: the larger they are, the easier it is to lose the stored bit before it is read out.`,
    );
  if (on("clipThreshold"))
    parts.push(
      `Clipping at θ = ${f(num(params.clipThreshold))} caps the update's length, not the gradient through time.`,
    );
  return parts.join(" ");
}

/**
 * What a gated path does to the gradient over the gap, from what it keeps (factor^T): a factor
 * of 0.95 is "nearly flat" over 10 steps but keeps 0.6 % over 100, so the verdict is read off
 * the product, not the factor.
 */
function pathShape(factor: number, T: number): string {
  if (!Number.isFinite(T)) return factor > 0.95 ? "decays slowly" : "falls geometrically";
  const kept = factor ** T;
  if (kept >= 0.5) return "stays nearly flat";
  if (kept >= 1e-3) return `falls slowly, by a factor of about ${f(1 / kept)} over the gap`;
  return "falls geometrically: over long gaps its gradient vanishes";
}

/**
 * The GRU's copy path keeps z^T, but it is one route of several: the candidate's route through
 * the recurrent weights adds to it, so z^T is what the copy path carries, not a bound on the
 * gradient. A negative bias (z < 0.5) overwrites most of the state each step, so the gradient
 * depends on that other route.
 */
function gruRegime(bias: number, T: number): string {
  const z = sigmoid(bias);
  const kept = Number.isFinite(T) ? z ** T : NaN;
  const over = Number.isFinite(T)
    ? `; over ${T} steps the copy path alone carries ${powerBase(z, T)}^${T} ≈ ${f(kept)}`
    : "";
  const shape =
    bias < 0
      ? "so with a negative bias most of each step is the new candidate: the copy path passes almost nothing back and vanishes over long gaps, and what gradient survives has to go through the candidate's weights and tanh′, which shrink it at every step unless the recurrent weights are large"
      : `so the GRU's copy path ${pathShape(z, T)}`;
  const shown = Number.isFinite(T) ? powerBase(z, T) : f(z);
  return `The GRU's update gate near σ(${f(bias)}) = ${shown} sets how much of the old state is copied each step${over}, ${shape}.`;
}
