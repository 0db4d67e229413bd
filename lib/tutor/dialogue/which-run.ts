/**
 * "Run it", "simulate it": the last run again, the plot on screen, or the thread's or open
 * lesson's scenario; with nothing to run, the scenarios by what they show and a question which.
 * A message that only names a scenario ("the exploding one", "ok the latch demo") runs it.
 */
import { getLesson } from "@/lib/content";
import { getScenario, scenarios } from "@/lib/sim";
import { SCENARIO_ALIASES, withoutAliases } from "../simulate/aliases";
import { namedScenario } from "../simulate/names";
import type { TutorReply } from "../types";
import { simulate } from "./actions";
import { showRun } from "./rerun";
import type { Decision, Turn } from "./turn";

const POLITE = String.raw`(?:(?:ok(?:ay)?|please|pls|can you|could you|would you|will you|now|then|just|so|go ahead and|let'?s|and)[,\s]+)*`;
const THING = String.raw`(?:it|that|this|one|something|anything|(?:a|an|the|some) (?:simulation|sim|scenario|run|demo|plot|experiment))`;

/** A request to run that names nothing to run. */
export const RUN_IT = new RegExp(
  `^${POLITE}(?:(?:run|simulate|plot|launch|start|do|try|show me|show)\\s+${THING}|run|simulate|simulation|(?:can|could|may) i see ${THING}|i(?:'d| would) like ${THING}|i want ${THING})(?:\\s+(?:please|pls|for me|then|now|again|here))*\\s*[?!.]*$`,
  "i",
);

export function runIt(turn: Turn): Decision {
  const { request } = turn;
  if (request.plot) return simulate(turn, { message: "", scenarioId: request.plot.scenarioId });
  const shown = showRun(turn);
  if (shown) return shown;
  const scenarioId = request.lessonId ? getLesson(request.lessonId)?.scenarioId : undefined;
  if (scenarioId && getScenario(scenarioId)) return simulate(turn, { message: "", scenarioId });
  return { reply: whichRunReply() };
}

/** The scenarios by what they show, and how to ask for one with settings. */
export function whichRunReply(): TutorReply {
  const lines = Object.values(scenarios).map((s) => {
    const alias = SCENARIO_ALIASES[s.id];
    const name = alias ? ` (say “${alias.say}”)` : "";
    return `- **${s.title}**: ${alias?.shows ?? s.summary}${name}.`;
  });
  return {
    reply: [
      "Which one shall I run? There is nothing on screen or in our chat to run yet. These are the simulations:",
      lines.join("\n"),
      "Name one and any settings you want, e.g. “run the exploding one with a threshold of 2” or “the GRU comparison over 300 steps”.",
    ].join("\n\n"),
    citations: [],
    intent: "simulate",
    effects: [],
    engine: "builtin",
  };
}

const FILLER =
  /\b(?:the|a|an|one|ones|demo|scenario|sim|simulation|task|experiment|comparison|sweep|run|plot|please|pls|ok|okay|then|that|this|let'?s|lets|let|us|do|try|show|open|start|launch|fire|up|pull|bring|see|me|i|i'?d|like|want|wanna|can|could|you|we|go|to|for|with|sure|yes|yeah|now|again)\b/gi;

/** A word that makes a name a run's: "gru vs lstm?" alone may ask for a comparison in words. */
const RUN_WORD =
  /\b(?:one|demo|scenario|sim|simulation|task|experiment|sweep|plot|run|comparison)\b/i;

/** The scenario a message names and nothing else: "the exploding one", "ok, the latch demo". */
export function onlyNamesScenario(message: string) {
  if (!RUN_WORD.test(message) || message.split(/\s+/).length > 8) return undefined;
  const named = namedScenario(message);
  if (!named) return undefined;
  const rest = withoutAliases(message)
    .replace(FILLER, " ")
    .replace(/[^a-z0-9]+/gi, "");
  return rest.length === 0 ? named : undefined;
}
