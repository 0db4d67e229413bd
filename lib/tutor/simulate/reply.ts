/**
 * "What if the forget bias is 3 over 200 steps?": pick the scenario (the open lesson's, or the
 * one whose parameters and words the message uses), read the values, keep them in range (an
 * out-of-range value is clamped and the allowed range is said), run it, and describe the result
 * in one line (the scenario's own caption, computed from the run). A run past the server's CPU
 * budget is not run here: the reply says so and the browser draws the plot in a worker.
 */
import { getLesson, lessons } from "@/lib/content";
import {
  defaultParams,
  getScenario,
  parseScenarioParams,
  runWithinBudget,
  scenarios,
  type ParamDefs,
  type ParamValues,
  type ScenarioDefinition,
} from "@/lib/sim";
import { terms } from "../retrieval/text";
import type { HistoryTurn, TutorReply } from "../types";
import { extractParams } from "./extract";
import { fallbackKey } from "./dials";
import { findMentions } from "./mentions";
import { nameOverlap, namedBeforeRunNoun, withoutPurpose, wordsBeforeRunNoun } from "./names";

export { namedScenario } from "./names";

export interface SimulateInput {
  message: string;
  lessonId?: string;
  params?: ParamValues;
  history?: readonly HistoryTurn[];
  /** The lesson retrieval ranked first, used when nothing else decides. */
  retrievedLessonId?: string;
  /** Run this scenario (a follow-up to the last run, or the plot on screen). */
  scenarioId?: string;
  /** The scenario `params` belong to, when it is not the open lesson's. */
  paramsScenarioId?: string;
  /** The dial a bare number is for ("and with 0?" after changing the forget bias). */
  fallbackKey?: string;
  /** The thread's last run: "now with sigmoid" varies it unless the message names another. */
  lastScenarioId?: string;
}

const scenarioOfLesson = (lessonId: string | undefined) =>
  lessonId === undefined ? undefined : getScenario(getLesson(lessonId)?.scenarioId ?? "");

/** True when the message names a parameter or choice value of any scenario. */
export function mentionsAnyParam(message: string): boolean {
  return Object.values(scenarios).some((s) =>
    findMentions(message, s.params).some((m) => m.key !== "seed"),
  );
}

/** Every scenario's dials in one table, so "update gate bias" is not read as some other bias. */
const allParams = Object.assign({}, ...Object.values(scenarios).map((s) => s.params)) as ParamDefs;

/** Models a learner names; a scenario that does not show the one named is a worse match. */
const MODEL_DIALS = new Set(["updateBias", "forgetBias"]);
const MODELS = [/\bgrus?\b/i, /\blstms?\b/i, /\brnns?\b|\brecurrent net/i];

/** Each scenario's title and summary words, computed once (every turn scores every scenario). */
const describedBy = new Map(
  Object.values(scenarios).map((s) => [s.id, new Set(terms(`${s.title} ${s.summary}`))]),
);

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
  const namesOne = Object.values(scenarios).some((s) => nameOverlap(s, all) >= 2);
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
    // A choice value ("1997", "relu") is a precise word: it says more than a generic dial name.
    const choices = new Set(mentions.filter((m) => m.value !== undefined).map((m) => m.key)).size;
    // A dial named by its own label here ("recurrent scale"), not by a shared synonym.
    const exact = new Set(mentions.filter((m) => m.exact).map((m) => m.key)).size;
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
    let score =
      4 * namedBeforeRunNoun(s, beforeRunNoun) +
      2 * keys.size +
      3 * own +
      3 * choices +
      3 * exact +
      overlap -
      3 * missing -
      3 * absent +
      (asked.length - absent);
    if (s === open) score += input.params ? 6 : 3;
    if (s === scenarioOfLesson(input.retrievedLessonId)) score += 1.5;
    // The last run is the default, whatever model the request names ("try the 1997 lstm").
    if (s.id === input.lastScenarioId && !namesOne && keys.size > 0) score += 5 + 3 * absent;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best ?? open;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4))));

/** Starting values: the plot's current ones when it is this scenario, else the defaults; bad ones dropped. */
function baseValues(def: ScenarioDefinition, input: SimulateInput): ParamValues {
  const base = defaultParams(def.params);
  const owner = input.paramsScenarioId
    ? getScenario(input.paramsScenarioId)
    : scenarioOfLesson(input.lessonId);
  if (!input.params || def !== owner) return base;
  for (const [key, value] of Object.entries(input.params)) {
    if (!(key in def.params)) continue;
    try {
      parseScenarioParams(def, { ...base, [key]: value });
      base[key] = value;
    } catch {
      // A stale or hand-edited value: keep the default for it.
    }
  }
  return base;
}

export function simulateReply(input: SimulateInput): TutorReply & { changed: string[] } {
  const def = chooseScenario(input);
  if (!def) {
    return {
      reply: "No simulation is available here.",
      citations: [],
      intent: "simulate",
      effects: [],
      engine: "builtin",
      changed: [],
    };
  }
  // The thread's dial ("make it 5" after changing the scale) is known, not guessed.
  const known = input.fallbackKey !== undefined && input.fallbackKey in def.params;
  const { values, factors, unassigned, spoken } = extractParams(
    input.message,
    def.params,
    known ? input.fallbackKey : fallbackKey(def, input.history),
    known,
  );
  const merged = baseValues(def, input);
  for (const [key, factor] of Object.entries(factors)) {
    const current = merged[key];
    if (typeof current === "number") values[key] = current * factor;
  }
  const notes: string[] = [];
  const changed: string[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const p = def.params[key];
    if (!p) continue;
    if (p.kind === "choice") {
      if (p.options.some((o) => o.value === raw)) {
        merged[key] = raw;
        changed.push(`${p.label.toLowerCase()} = ${raw}`);
      } else
        notes.push(
          `${p.label} can be ${p.options.map((o) => `“${o.value}”`).join(", ")}; I kept ${String(merged[key])}.`,
        );
      continue;
    }
    const asked = typeof raw === "number" ? raw : Number(raw);
    let v = Math.min(p.max, Math.max(p.min, asked));
    if (p.integer) v = Math.round(v);
    if (v !== asked) {
      notes.push(
        `${p.label} can go from ${fmt(p.min)} to ${fmt(p.max)}${p.unit ? ` ${p.unit}` : ""} here (you asked for ${spoken[key] ?? fmt(asked)}), so I used ${fmt(v)}.`,
      );
    }
    merged[key] = v;
    changed.push(`${p.label.toLowerCase()} = ${fmt(v)}${p.unit ? ` ${p.unit}` : ""}`);
  }
  if (unassigned.length > 0) {
    const dials = Object.values(def.params)
      .filter((p) => p.kind === "number")
      .map((p) => `${p.label} (${fmt(p.min)} to ${fmt(p.max)})`)
      .join(", ");
    notes.push(
      `I couldn't tell which setting ${unassigned.map(fmt).join(" and ")} is for; name it, e.g. “${dials.split(" (")[0]} 3”. The settings here: ${dials}.`,
    );
  }
  const params = parseScenarioParams(def, merged);
  const run = runWithinBudget(def, params);
  const lesson = lessons.find((l) => l.scenarioId === def.id) ?? getLesson(def.lessonId);
  const what = changed.length > 0 ? ` with ${changed.join(", ")}` : "";
  const said = run.ok
    ? `I ran **${def.title}**${what}. ${run.result.caption}`
    : `I set up **${def.title}**${what}. That run is too large to compute on the server (about ${Math.ceil(run.cost / run.budget)} times its budget), so your browser computes it: the plot appears below.`;
  const reply = [...notes, said].join(" ");
  return {
    reply,
    citations: lesson ? [{ id: lesson.id, title: lesson.title }] : [],
    plot: { scenarioId: def.id, params },
    intent: "simulate",
    effects: [],
    engine: "builtin",
    changed: Object.keys(values),
  };
}
