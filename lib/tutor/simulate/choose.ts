/**
 * Which scenario a run request means: the one its aliases, dials, choice values and words point
 * to, the plot on screen or the open lesson's, or the thread's last run when the message names
 * none of its own.
 */
import { getLesson } from "@/lib/content";
import { getScenario, scenarios, type ScenarioDefinition } from "@/lib/sim";
import { terms } from "../retrieval/text";
import { aliasedScenario, aliasHits, aliasScore } from "./aliases";
import { ALL_PARAMS as allParams, findMentions } from "./mentions";
import { showsScore } from "./shows";
import { nameOverlap, namedBeforeRunNoun, withoutPurpose, wordsBeforeRunNoun } from "./names";
import type { SimulateInput } from "./input";

export const scenarioOfLesson = (lessonId: string | undefined) =>
  lessonId === undefined ? undefined : getScenario(getLesson(lessonId)?.scenarioId ?? "");

/** True when the message names a parameter or choice value of any scenario. */
export function mentionsAnyParam(message: string): boolean {
  return Object.values(scenarios).some((s) =>
    findMentions(message, s.params).some((m) => m.key !== "seed"),
  );
}

/** Models a learner names; a scenario that does not show the one named is a worse match. */
const MODEL_DIALS = new Set(["updateBias", "forgetBias"]);
const MODELS = [/\bgrus?\b/i, /\blstms?\b/i, /\brnns?\b|\brecurrent net/i];

/** Each scenario's title and summary words, computed once (every turn scores every scenario). */
const describedBy = new Map(
  Object.values(scenarios).map((s) => [s.id, new Set(terms(`${s.title} ${s.summary}`))]),
);

/** A dial's meaning that says it does nothing at some setting of another. */
const IGNORED = /\bignored\b/i;

/** A numeric dial's unit ("steps", "units"); "" for a choice. */
function unitOf(s: ScenarioDefinition, key: string): string {
  const def = s.params[key];
  return def?.kind === "number" ? def.unit : "";
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function chooseScenario(input: SimulateInput): ScenarioDefinition | undefined {
  const forced = input.scenarioId ? getScenario(input.scenarioId) : undefined;
  if (forced) return forced;
  const open = scenarioOfLesson(input.lessonId);
  // "… so tanh saturates" says what the learner expects to see, not a setting to run with.
  const message = withoutPurpose(input.message);
  const beforeRunNoun = wordsBeforeRunNoun(message);
  const named = new Set(
    findMentions(message, allParams)
      .map((m) => m.key)
      .filter((k) => MODEL_DIALS.has(k)),
  );
  const all = new Set(terms(message));
  // A message that names a scenario picks it; otherwise the thread's last run is the default.
  // "the exploding one", "the GRU comparison": what it shows names a scenario too.
  const aliases = aliasHits(message);
  const namesOne =
    Object.values(scenarios).some((s) => nameOverlap(s, all) >= 2) ||
    aliasedScenario(message, true) !== undefined;
  const everyMention = Object.values(scenarios).flatMap((sc) =>
    findMentions(message, sc.params).map((m) => ({ id: sc.id, start: m.start, end: m.end })),
  );
  let best: ScenarioDefinition | undefined;
  let bestScore = -Infinity;
  for (const s of Object.values(scenarios)) {
    const mentions = findMentions(message, s.params);
    const keys = new Set(mentions.map((m) => m.key));
    // Words outside this scenario's dial names ("GRU comparison"): a name is not counted twice.
    let rest = message;
    for (const m of mentions)
      rest = rest.slice(0, m.start) + " ".repeat(m.end - m.start) + rest.slice(m.end);
    const words = mentions.length === 0 ? all : new Set(terms(rest));
    const overlap =
      [...(describedBy.get(s.id) ?? [])].filter((t) => words.has(t)).length + nameOverlap(s, words);
    // A model's dial the message names that this scenario does not have (a GRU's update-gate
    // bias in an LSTM-only scenario) argues against it.
    const missing = [...named].filter((k) => !(k in s.params)).length;
    const text = `${s.title} ${s.summary}`.toLowerCase();
    const asked = MODELS.filter((m) => m.test(message));
    const absent = asked.filter((m) => !m.test(text)).length;
    // "the plain RNN against the LSTM" names two models: a scenario whose title adds a third
    // (the GRU comparison) shows more than was asked for.
    const title = s.title.toLowerCase();
    const unasked =
      asked.length >= 2 ? MODELS.filter((m) => m.test(title) && !m.test(message)).length : 0;
    // A choice value ("1997", "relu") is a precise word: it says more than a generic dial name.
    const choices = new Set(mentions.filter((m) => m.value !== undefined).map((m) => m.key)).size;
    // A dial named by its own label here ("recurrent scale"), not by a shared synonym.
    // The dial's unit said as its name ("100 steps") is said of every scenario's length.
    const exact = new Set(
      mentions
        .filter((m) => m.exact && message.slice(m.start, m.end).toLowerCase() !== unitOf(s, m.key))
        .map((m) => m.key),
    ).size;
    // "store the bit": words that name a dial of this scenario alone say which one is meant
    // ("steps" names a dial of nearly every scenario).
    const own = new Set(
      mentions
        .filter(
          (m) =>
            m.value === undefined && !everyMention.some((o) => o.id !== s.id && overlaps(o, m)),
        )
        .map((m) => m.key),
    ).size;
    // A dial the scenario ignores at its defaults ("forget bias" on the 1997 cell) runs nothing
    // the learner asked about, unless the message also sets the choice that brings it in.
    const inert =
      choices > 0 ? 0 : [...keys].filter((k) => IGNORED.test(s.params[k]?.meaning ?? "")).length;
    const alias = aliasScore(s, aliases);
    let score =
      (alias > 0 ? 8 + alias : 0) +
      4 * namedBeforeRunNoun(s, beforeRunNoun) +
      2 * keys.size +
      3 * own +
      3 * choices +
      3 * exact +
      overlap -
      3 * missing -
      3 * inert -
      3 * absent -
      3 * unasked +
      (asked.length - absent) +
      // "the one where the gradient dies": what it shows, said in the learner's words.
      4 * showsScore(s.id, message);
    if (s === open) score += input.params ? 6 : 3;
    if (s === scenarioOfLesson(input.retrievedLessonId)) score += 1.5;
    // The last run is the default, whatever model the request names ("try the 1997 lstm").
    if (s.id === input.lastScenarioId && !namesOne && keys.size > 0) score += 5 + 3 * absent;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best ?? open;
}
