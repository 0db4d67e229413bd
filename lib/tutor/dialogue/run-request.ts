/** Whether a message asks for a run: dials with values, a named scenario, a change to the last run. */
import { getScenario, type ParamDefs, type ParamValues } from "@/lib/sim";
import { findNumbers } from "../numbers";
import { findMentions } from "../simulate/mentions";
import { withDigits } from "../simulate/spoken";
import { extractParams } from "../simulate/extract";
import { chooseScenario, namedScenario } from "../simulate/reply";
import type { DialogueState } from "../types";

/** Several dials with values ("recurrent scale 1.5 for 60 steps"): a simulation, however phrased. */
export const STARTS_AS_QUESTION = /^(why|how|what(?:'s| is| are| does)?|explain|is|are|does|do)\b/i;
/** "…, how do I get a forget bias of 1?" asks how to do it, not to run it. */
export const ASKS_HOW = /\bhow (?:do|can|would|should) (?:i|we|you|one)\b|\bhow to\b/i;

/** Dials the message names with a number beside them ("scale 1.5", "60 steps"), best scenario. */
export function boundDials(message: string, lessonOpt: { lessonId?: string }): number {
  if (!/\d/.test(message)) return 0;
  const def = chooseScenario({ message, ...lessonOpt });
  if (!def) return 0;
  const { values } = extractParams(message, def.params);
  // Choice values named as words ("sigmoid units") describe; a number given to one sets it.
  return Object.entries(values).filter(
    ([k, v]) => def.params[k]?.kind === "number" || /^\d+$/.test(String(v)),
  ).length;
}

/** "run the remember-a-bit scenario": a verb of running and a scenario's name, no dial needed. */
export const RUN_START =
  /^(?:(?:ok(?:ay)?|now|please|can you|could you|let'?s)[,\s]+)*(?:run|re-?run|simulate|show|launch|start|open|do|try|plot)\b/i;

/** Words that name a run ("the cliff run", "the latch task"): a question about one runs it. */
export const RUN_NOUN =
  /\b(?:run|runs|sim|simulation|scenario|demo|plot|experiment|sweep|task|chains|stacks|latch|comparison)\b/i;

/**
 * "now with sigmoid", "use orthogonal instead of identity", "and with the 1997 lstm?" after a run:
 * a short message that changes a dial of the last run's scenario and asks nothing else.
 */
const VARIES =
  /^(?:(?:and|but|ok(?:ay)?|so|then|now|same|again|this time)[,.!]*\s+)*(?:now|then|with|use|using|try|switch|change|make|set|same|again|instead|what about|how about|and with|and for)\b|\binstead\b[\s?!.]*$/i;

export function variesLastRun(message: string, state: DialogueState): boolean {
  const params = state.sim ? getScenario(state.sim.scenarioId)?.params : undefined;
  if (!params || message.trim().split(/\s+/).length > 12) return false;
  if (onlySettings(message, params)) return true;
  if (!VARIES.test(message.trim())) return false;
  const { values, factors } = extractParams(message, params);
  return Object.keys(values).length + Object.keys(factors).length > 0;
}

/**
 * "with 1 unit?", "now 200 steps" after a run: the same scenario with that change, unless the
 * message names another one; a dial several scenarios share does not move the run elsewhere.
 */
export function sameScenarioAs(
  message: string,
  sim: NonNullable<DialogueState["sim"]>,
): { scenarioId: string; params: ParamValues; paramsScenarioId: string } | Record<string, never> {
  const named = namedScenario(message);
  if (named && named.id !== sim.scenarioId) return {};
  return { scenarioId: sim.scenarioId, params: sim.params, paramsScenarioId: sim.scenarioId };
}

const CONNECTIVES =
  /\b(?:then|instead|now|please|again|and|or|ok(?:ay)?|so|maybe|what about|how about|with|at|of|to)\b/gi;

/**
 * "sigmoid?", "and fifty steps?", "orthogonal then?": nothing but settings of the last run's
 * scenario (a choice value, or a dial with its value) and connectives.
 */
function onlySettings(message: string, params: ParamDefs): boolean {
  const text = withDigits(message);
  const { values } = extractParams(text, params);
  if (Object.keys(values).length === 0) return false;
  const spans = [
    ...findMentions(text, params),
    ...findNumbers(text).map((n) => ({ start: n.start, end: n.end })),
  ];
  let rest = text;
  for (const m of spans)
    rest = rest.slice(0, m.start) + " ".repeat(m.end - m.start) + rest.slice(m.end);
  // "gaussian matrix?", "relu activation?": the dial's own name beside its value says no more.
  const named = Object.keys(values).flatMap((k) => [k, params[k]?.label ?? ""]);
  const left = withoutWords(rest.replace(CONNECTIVES, " ").replace(SETTING_NOUNS, " "), named);
  return left.replace(/[^a-z0-9]+/gi, "").length === 0;
}

/** Nouns a setting's value is said with ("the 1997 version", "orthogonal init", "relu units"). */
const SETTING_NOUNS = /\b(?:matrix|matrices|units?|init|version|variant|option|one)\b/gi;

/** The text without the words of these dial names (a key "forgetBias" is "forget" and "bias"). */
function withoutWords(text: string, names: readonly string[]): string {
  const words = names
    .flatMap((n) => n.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[^a-zA-Z]+/))
    .filter((w) => w.length >= 3);
  return words.reduce((out, w) => out.replace(new RegExp(String.raw`\b${w}s?\b`, "gi"), " "), text);
}
