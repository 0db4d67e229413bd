/**
 * "Why does it go flat / drop / blow up here?" beside a plot: run the scenario at the plot's own
 * values and explain the regime from the dials that set the per-step factor, with the numbers.
 */
import { regime } from "./regime";
import type { PlotContext, TutorReply } from "../types";
import { simulateReply } from "./reply";

export const ABOUT_PLOT =
  /\b(?:flat|flatten|drops?|dropping|falls?|falling|plunges?|dives?|blows? up|shoots? up|explodes?|spikes?|jumps?|rises?|grows?|goes? (?:up|down|to zero|flat)|levels? off|plateaus?|curve|plot|graph|line|here|this plot|on screen|straight)\b/i;

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
        // "(I re-ran **X**): over 100 steps …", one sentence, not a fragment before the caption.
        /(\*\*[^*]+\*\*)\. ([A-Z](?=[a-z]))?/,
        (_, title: string, capital?: string) =>
          `${title}): ${capital ? capital.toLowerCase() : ""}`,
      ),
    kind: "why",
  };
}
