/**
 * "What am I looking at?", "which line is which?", "what do the axes mean?" beside a plot: how
 * to read it, from the run itself (its panels' titles, axes, scales, curves and reference lines),
 * then what it shows at these values (the run's caption). Nothing here is typed by hand per
 * scenario, so the description always matches what is drawn.
 */
import { getLesson, lessons } from "@/lib/content";
import {
  getScenario,
  parseScenarioParams,
  runWithinBudget,
  type Panel,
  type ParamValues,
  type Series,
} from "@/lib/sim";
import type { PlotContext, TutorReply } from "../types";

export const ASKS_HOW_TO_READ =
  /\b(?:what am i (?:looking at|seeing)|what(?:'?s| is) (?:this|the|that) (?:plot|graph|chart|figure)(?: (?:showing|about|for))?|what (?:does|do) (?:this|the|that) (?:plot|graph|chart|figure|axes|axis|x[- ]axis|y[- ]axis|lines?|curves?|colou?rs?|dashed lines?|dotted lines?)(?: (?:show|mean|represent|stand for))?|which (?:line|curve|colou?r|one) is (?:which|the \w+)|how (?:do|should) i read (?:this|the|that) (?:plot|graph|chart|figure)|explain (?:this|the|that) (?:plot|graph|chart|figure)|what are the (?:axes|lines|curves)|why (?:is|are) (?:there|the) (?:two|three|four|several) (?:lines|curves|panels))\b/i;

export function describePlot(
  plot: PlotContext,
  lessonId: string | undefined,
): TutorReply | undefined {
  const def = getScenario(plot.scenarioId);
  if (!def) return undefined;
  const params = parseScenarioParams(def, plot.params as ParamValues);
  const run = runWithinBudget(def, params);
  if (!run.ok) return undefined;
  const panels = run.result.panels.map(describePanel);
  const intro =
    panels.length === 1
      ? `The plot (**${def.title}**) has one panel.`
      : `The plot (**${def.title}**) has ${panels.length} panels.`;
  const lesson =
    (lessonId ? getLesson(lessonId) : undefined) ??
    lessons.find((l) => l.scenarioId === def.id) ??
    getLesson(def.lessonId);
  return {
    reply: `${intro} ${panels.join(" ")} At the current values: ${run.result.caption}`,
    citations: lesson ? [{ id: lesson.id, title: lesson.title }] : [],
    plot: { scenarioId: def.id, params },
    intent: "simulate",
    effects: [],
    engine: "builtin",
    kind: "definition",
  };
}

function describePanel(panel: Panel): string {
  const axis = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);
  const y = `${axis(panel.yLabel, panel.yUnit)}${panel.yScale === "log" ? " on a log scale (equal steps up are equal factors)" : ""}`;
  const curves = panel.series.map(describeSeries).join("; ");
  const refs = (panel.referenceLines ?? []).map((r) =>
    r.label.trim() === String(r.y)
      ? `a horizontal reference line is drawn at ${r.y}`
      : `a horizontal line at ${r.y} marks ${lowerFirst(r.label)}`,
  );
  const lines = panel.series.length === 1 ? `One curve: ${curves}.` : `Curves: ${curves}.`;
  return [
    `*${panel.title}*: the x axis is ${axis(panel.xLabel, panel.xUnit)}, the y axis ${y}.`,
    lines,
    ...refs.map((r) => `${upperFirst(r)}.`),
  ].join(" ");
}

function describeSeries(series: Series): string {
  const style =
    series.style === "dashed" ? " (dashed)" : series.style === "dotted" ? " (dotted)" : "";
  return `${series.label}${style}`;
}

const lowerFirst = (t: string) =>
  /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
const upperFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
