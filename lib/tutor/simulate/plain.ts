/**
 * A run said plainly, for a learner who did not follow the reply ("huh?" right after a run): the
 * one number that matters (what each step back multiplies the gradient by), what repeating it
 * does over the run's length, and a picture for why.
 */
import { formatCaptionNumber as f, sigmoid, type ParamValues } from "@/lib/sim";
import { powerBase } from "../answer/calc-digits";

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));

/** The per-step factor the run's main dial sets, and what it belongs to. */
function perStep(params: ParamValues, main: string | undefined): [number, string] | undefined {
  if (params.variant === "lstm-1997" && (main === "variant" || main === undefined))
    return [1, "the 1997 LSTM's cell path (it has no forget gate, so nothing is forgotten)"];
  if (main === "updateBias" || (main === undefined && params.updateBias !== undefined))
    return [sigmoid(num(params.updateBias)), "the GRU's copy path (its update gate)"];
  if (params.forgetBias !== undefined && (main === "forgetBias" || main === undefined))
    return [sigmoid(num(params.forgetBias)), "the LSTM's cell path (its forget gate)"];
  const scale = params.recurrentScale ?? params.weightScale;
  if (scale !== undefined) return [num(scale), "the recurrent weights, at most"];
  return undefined;
}

export function plainRun(params: ParamValues, main?: string): string {
  const T = num(params.steps ?? params.depth);
  const factor = perStep(params, main);
  const picture =
    "Think of it like interest compounding: a number a bit below 1, multiplied by itself many times, shrinks to almost nothing; a bit above 1, it blows up.";
  if (!factor || !Number.isFinite(T))
    return `Put simply: the plot shows how much gradient is still left k steps back. A curve that falls means the early steps learn almost nothing from the end; a flat one means they still get a signal. ${picture}`;
  const [x, what] = factor;
  const left = x ** T;
  const verdict =
    x >= 0.999 && x <= 1.001
      ? "so the gradient arrives about as strong as it left"
      : left < 1e-3
        ? "so almost nothing reaches the early steps: the gradient vanishes"
        : left > 1e3
          ? "so the gradient grows huge: it explodes"
          : "so a fair share of the gradient still reaches the early steps";
  return `Put simply: going back one step, the gradient is multiplied by about ${f(x)} along ${what}. Over ${T} steps that happens ${T} times: ${powerBase(x, T)}^${T} ≈ ${f(left)}, ${verdict}. ${picture}`;
}
