/**
 * "What if the forget bias is 3 over 200 steps?": pick the scenario (the open lesson's, or the
 * one whose parameters and words the message uses), read the values, keep them in range (an
 * out-of-range value is clamped and the allowed range is said), run it, and describe the result
 * in one line (the scenario's own caption, computed from the run). A run past the server's CPU
 * budget is not run here: the reply says so and the browser draws the plot in a worker.
 */
import { getLesson, lessons } from "@/lib/content";
import { plainSubscripts } from "@/lib/content/math";
import {
  defaultParams,
  getScenario,
  parseScenarioParams,
  runWithinBudget,
  type ParamValues,
  type ScenarioDefinition,
} from "@/lib/sim";
import type { TutorReply } from "../types";
import { extractParams } from "./extract";
import { fallbackKey } from "./dials";
import { chooseScenario, scenarioOfLesson } from "./choose";
import type { SimulateInput } from "./input";

export { namedScenario } from "./names";
export { chooseScenario, mentionsAnyParam } from "./choose";
export type { SimulateInput } from "./input";

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
  const { values, factors, unassigned, spoken, elsewhere } = extractParams(
    input.message,
    def.params,
    known ? input.fallbackKey : fallbackKey(def, input.history),
    known,
  );
  Object.assign(values, input.set);
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
  for (const [label, v] of Object.entries(elsewhere))
    notes.push(
      `This scenario has no ${label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}, so I left out ${fmt(v)}.`,
    );
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
    ? `I ran **${def.title}**${what}. ${plainSubscripts(run.result.caption)}`
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
