/**
 * "what about the gru?", "and a plain rnn?", "now the lstm" after a run whose scenario does not
 * show that model: the comparable scenario that does, with the dials the learner set that it
 * also has. Which models a scenario shows is read from its own title and summary, so a new
 * scenario is covered without a table here.
 */
import { getScenario, scenarios, type ScenarioDefinition } from "@/lib/sim";
import { extractParams } from "../simulate/extract";
import { findMentions } from "../simulate/mentions";
import { findNumbers } from "../numbers";
import { withDigits } from "../simulate/spoken";
import { simulate } from "./actions";
import type { Decision, Turn } from "./turn";

type Model = "gru" | "lstm" | "rnn";

/** How each model is named, by the learner and by a scenario's title or summary. */
const MODEL_NAMES: Readonly<Record<Model, RegExp>> = {
  gru: /\bgrus?\b|\bgated recurrent units?\b/gi,
  lstm: /\blstms?\b|\blong short[- ]term memory\b/gi,
  rnn: /\b(?:(?:plain|vanilla|simple|tanh|elman)\s+)?(?:rnns?|recurrent (?:net(?:work)?s?|chains?))\b/gi,
};

/**
 * What may stand beside the model's name in a switch: connectives, articles and the switching
 * verbs. Anything else ("what about the gru's reset gate?") is a question of its own.
 */
const FILLER =
  /\b(?:and|but|so|ok(?:ay)?|then|now|what|how|about|with|for|try|use|using|switch(?:ed)?|swap|change|to|instead|too|also|same|again|one|a|an|the|model|network|cell|version|run|it|that|this|please|do|plain|vanilla|simple)\b/gi;

export function modelsNamed(text: string): Model[] {
  return (Object.keys(MODEL_NAMES) as Model[]).filter((m) => {
    const re = MODEL_NAMES[m];
    re.lastIndex = 0;
    return re.test(text);
  });
}

/** A scenario's own description: title, summary and what its dials are. */
const described = (s: ScenarioDefinition) =>
  [s.title, s.summary, ...Object.values(s.params).flatMap((p) => [p.label, p.meaning])].join(" ");

const shown = new Map(
  Object.values(scenarios).map((s) => [s.id, new Set(modelsNamed(described(s)))]),
);

/** The message is a model's name and nothing else but filler and settings of `target`. */
function onlyNamesModel(message: string, target: ScenarioDefinition): boolean {
  const text = withDigits(message);
  const spans = [...findMentions(text, target.params), ...findNumbers(text)];
  let rest = text;
  for (const s of spans)
    rest = rest.slice(0, s.start) + " ".repeat(s.end - s.start) + rest.slice(s.end);
  for (const re of Object.values(MODEL_NAMES)) rest = rest.replace(re, " ");
  return rest.replace(FILLER, " ").replace(/[^a-z0-9]+/gi, "").length === 0;
}

/**
 * The scenario that shows `model` and is most like the last run's: the other models it showed
 * kept, then the most dials in common.
 */
function comparable(model: Model, from: ScenarioDefinition): ScenarioDefinition | undefined {
  const before = shown.get(from.id) ?? new Set<Model>();
  let best: ScenarioDefinition | undefined;
  let bestScore = -Infinity;
  for (const s of Object.values(scenarios)) {
    const models = shown.get(s.id) ?? new Set<Model>();
    if (s.id === from.id || !models.has(model)) continue;
    const kept = [...before].filter((m) => models.has(m)).length;
    const common = Object.keys(s.params).filter((k) => k in from.params).length;
    const score = 10 * kept + common;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}

/** The run with the model swapped in, or undefined when the message asks something else. */
export function switchModel(turn: Turn, message: string): Decision | undefined {
  const sim = turn.state.sim;
  const from = sim ? getScenario(sim.scenarioId) : undefined;
  if (!sim || !from || message.trim().split(/\s+/).length > 10) return undefined;
  const named = modelsNamed(message);
  const model = named.length === 1 ? named[0] : undefined;
  // A model the run already shows (its reply read every curve) is read off the same plot by the
  // rules after this one.
  const lastReply = turn.request.history?.filter((t) => t.role === "assistant").at(-1)?.content;
  const onPlot = new Set([...(shown.get(from.id) ?? []), ...modelsNamed(lastReply ?? "")]);
  if (!model || onPlot.has(model)) return undefined;
  const target = comparable(model, from);
  if (!target || !onlyNamesModel(message, target)) return undefined;
  // The dials the learner set that the other scenario has too ("over 100 steps") stay set.
  const said = extractParams(message, target.params).values;
  const kept = Object.fromEntries(
    sim.changed
      .filter((k) => k in target.params && k !== "seed" && !(k in said))
      .flatMap((k) => (sim.params[k] === undefined ? [] : [[k, sim.params[k]]])),
  );
  return simulate(turn, { message, scenarioId: target.id, set: kept });
}
