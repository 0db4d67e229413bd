/**
 * "what would make it stop?" after a run whose gradient grows going back in time: what stops the
 * growth is a per-step factor below 1 (a smaller recurrent scale) or saturated units, with the
 * run's own numbers. Clipping is not it: it caps the update's length, and the gradient through
 * time keeps its shape, so a reply that opened with clipping would answer another question.
 */
import { defaultParams, formatCaptionNumber as f, getScenario, type ParamValues } from "@/lib/sim";
import { lessons } from "@/lib/content";
import type { Decision, Turn } from "./turn";

/** "what would make it stop?", "how do I stop that?", "what stops it growing?", "can it be stopped?" */
const STOPS =
  /\b(?:what (?:would|could|will|can|does|might) (?:make (?:it|that|this|them) stop|stop (?:it|that|this|them))|what stops (?:it|that|this|them)|how (?:do|can|would|could) (?:i|we|you) (?:make (?:it|that|this|them) )?stop (?:it|that|this|them)?|(?:can|could) (?:it|that|this) be stopped|make (?:it|that|this) stop)\b/i;

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));

/** The run's recurrent scale when it makes the gradient grow (above 1), with its length. */
function growing(params: ParamValues): { s: number; T: number } | undefined {
  const s = num(params.recurrentScale ?? params.weightScale);
  const T = num(params.steps ?? params.depth);
  return Number.isFinite(s) && s > 1 ? { s, T } : undefined;
}

export function stopGrowth(turn: Turn, message: string): Decision | undefined {
  if (!STOPS.test(message)) return undefined;
  // The plot on screen, at its defaults where it names no value; else the chat's last run.
  const plot = turn.request.plot;
  const def = plot ? getScenario(plot.scenarioId) : undefined;
  const run =
    plot && def
      ? { scenarioId: plot.scenarioId, params: { ...defaultParams(def.params), ...plot.params } }
      : turn.state.sim;
  const grows = run ? growing(run.params) : undefined;
  if (!run || !grows) return undefined;
  const { s, T } = grows;
  const length = Number.isFinite(T) ? T : undefined;
  const below = 0.9;
  const shrink = length
    ? ` (over ${length} steps at most ${f(below)}^${length} ≈ ${f(below ** length)}, against up to ${f(s)}^${length} ≈ ${f(s ** length)} at ${f(s)})`
    : "";
  const clip = num(run.params.clipThreshold);
  const parts = [
    `The growth stops when the per-step factor drops below 1. Here the recurrent scale ${f(s)} bounds that factor (tanh' ≤ 1), and it is above 1; with the scale below 1, say ${f(below)}, every factor is at most ${f(below)} and the gradient shrinks going back instead of growing${shrink}.`,
    "Saturation also stops it: where the units sit near ±1, tanh' is near 0 and the factor is small whatever the scale.",
    `Clipping${Number.isFinite(clip) ? ` at θ = ${f(clip)}` : ""} does not stop it: it caps the update's length, not the gradient through time, so the curve keeps its shape, only lower.`,
  ];
  const lesson = lessons.find((l) => l.scenarioId === run.scenarioId);
  return {
    reply: {
      reply: parts.join(" "),
      citations: lesson ? [{ id: lesson.id, title: lesson.title }] : [],
      intent: "explain",
      effects: [],
      engine: "builtin",
      kind: "how",
    },
  };
}
