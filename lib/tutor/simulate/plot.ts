/**
 * "Why does it go flat / drop / blow up here?" beside a plot: run the scenario at the plot's own
 * values and explain the regime from the dials that set the per-step factor, with the numbers.
 */
import { formatCaptionNumber as f, sigmoid, type ParamValues } from "@/lib/sim";
import type { PlotContext, TutorReply } from "../types";
import { simulateReply } from "./reply";

export const ABOUT_PLOT =
  /\b(?:flat|flatten|drops?|dropping|falls?|falling|plunges?|dives?|blows? up|shoots? up|explodes?|spikes?|jumps?|rises?|grows?|goes? (?:up|down|to zero|flat)|levels? off|plateaus?|curve|plot|graph|line|here|this plot|on screen|straight)\b/i;

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));

/** One or two sentences on what sets the slope at these values. */
function regime(params: ParamValues): string {
  const T = num(params.steps ?? params.depth);
  const parts: string[] = [];
  if (params.forgetBias !== undefined) {
    const s = sigmoid(num(params.forgetBias));
    const tail = Number.isFinite(T) ? `; over ${T} steps that is ${f(s)}^${T} ≈ ${f(s ** T)}` : "";
    const shape =
      s > 0.95 ? "so the cell path stays nearly flat" : "so the cell path falls geometrically";
    parts.push(
      `With forget-gate bias ${f(num(params.forgetBias))} each forget gate sits near σ(${f(num(params.forgetBias))}) = ${f(s)} per step${tail}, ${shape}.`,
    );
  }
  if (params.updateBias !== undefined) {
    const z = sigmoid(num(params.updateBias));
    parts.push(
      `The GRU's update gate near σ(${f(num(params.updateBias))}) = ${f(z)} sets how much of the old state is copied each step.`,
    );
  }
  const scale = params.recurrentScale ?? params.weightScale;
  if (scale !== undefined) {
    const s = num(scale);
    const trend =
      s > 1
        ? `above 1, so while the units are not saturated the gradient can grow like ${f(s)}^T`
        : `at most 1, so the gradient shrinks step after step`;
    parts.push(
      `The recurrent scale ${f(s)} bounds the per-step factor (tanh' ≤ 1): it is ${trend}${Number.isFinite(T) && s > 1 ? ` (${f(s)}^${T} ≈ ${f(s ** T)} at most)` : ""}.`,
    );
  }
  if (params.clipThreshold !== undefined)
    parts.push(
      `Clipping at θ = ${f(num(params.clipThreshold))} caps the update's length, not the gradient through time.`,
    );
  return parts.join(" ");
}

export function plotReply(plot: PlotContext, lessonId: string | undefined): TutorReply {
  const run = simulateReply({
    message: "",
    scenarioId: plot.scenarioId,
    paramsScenarioId: plot.scenarioId,
    params: plot.params,
    ...(lessonId ? { lessonId } : {}),
  });
  const { changed: _changed, ...reply } = run;
  const why = run.plot ? regime(run.plot.params) : "";
  return {
    ...reply,
    reply:
      `${why ? `${why} ` : ""}${reply.reply.replace(/^I ran /, "At the plot's current values (I re-ran ")}`.replace(
        /(\*\*[^*]+\*\*)\. /,
        "$1). ",
      ),
    kind: "why",
  };
}
