import { describeParamRange, formatParamValue, rejectedParamFields } from "@/lib/plot";
import { parseScenarioParams } from "@/lib/sim";
import type { ParamDef, ParamValues, ScenarioDefinition } from "@/lib/sim/scenario-types";

/*
 * Reading a shared link back: query values are untrusted input. A number outside its range is
 * clamped to the nearest end (steps=99999 asks for "as many as possible", so the learner gets
 * the maximum, not the default), a fraction where a whole number is needed is rounded, and
 * only a value that cannot be read at all falls back to the default. Every adjustment comes
 * back as a problem naming the field, so the page can say what it changed. The result still
 * goes through the registry's zod parser; a bad value never becomes a 500.
 */

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ParamProblem {
  /** Parameter name, or "" when the failure could not be pinned on one. */
  field: string;
  message: string;
}

export interface ReadParams {
  values: ParamValues;
  problems: ParamProblem[];
}

interface Adjusted {
  /** The value to use, or undefined to use the default. */
  value: number | string | undefined;
  /** What was done, in words; undefined when the value was fine as given. */
  note?: string;
}

const quoted = (text: string) => `"${text.slice(0, 40)}"`;

/** One query value against its definition: kept, clamped, rounded, or dropped for the default. */
function adjust(def: ParamDef, text: string): Adjusted {
  if (def.kind === "choice") {
    return def.options.some((o) => o.value === text)
      ? { value: text }
      : { value: undefined, note: "not one of the choices" };
  }
  const number = text.trim() === "" ? Number.NaN : Number(text);
  if (!Number.isFinite(number)) return { value: undefined, note: "not a number" };
  if (number > def.max) return { value: def.max, note: "above the maximum" };
  if (number < def.min) return { value: def.min, note: "below the minimum" };
  if (def.integer && !Number.isInteger(number))
    return { value: Math.round(number), note: "not a whole number" };
  return { value: number };
}

function problemFor(
  definition: ScenarioDefinition,
  field: string,
  received: string,
  adjusted: Adjusted,
): ParamProblem {
  const defs = definition.params;
  const def = defs[field];
  const shown = adjusted.value ?? def?.default;
  const using =
    shown === undefined
      ? ""
      : adjusted.value === undefined
        ? ` Showing the default, ${formatParamValue(field, shown, defs)}.`
        : ` Showing ${formatParamValue(field, shown, defs)} instead.`;
  const why = adjusted.note ? ` (${adjusted.note})` : "";
  return {
    field,
    message: `${describeParamRange(field, defs)}; got ${quoted(received)}${why}.${using}`,
  };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function readScenarioParams(
  definition: ScenarioDefinition,
  search: SearchParams,
): ReadParams {
  const defs = definition.params;
  const problems: ParamProblem[] = [];
  // Only this scenario's keys: other query parameters (utm tags, ?from=lesson) are not errors.
  let raw: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(defs)) {
    const text = firstValue(search[name]);
    if (text === undefined) continue;
    const adjusted = adjust(def, text);
    if (adjusted.note) problems.push(problemFor(definition, name, text, adjusted));
    if (adjusted.value !== undefined) raw[name] = adjusted.value;
  }
  // The registry's parser has the last word: drop whatever it still rejects and parse again.
  for (let attempt = 0; attempt <= Object.keys(defs).length; attempt += 1) {
    try {
      return { values: parseScenarioParams(definition, raw), problems };
    } catch (error) {
      const fields = rejectedParamFields(error, defs).filter((f) => f in raw);
      if (fields.length === 0) break;
      for (const field of fields)
        problems.push(
          problemFor(definition, field, String(raw[field]), { value: undefined, note: "rejected" }),
        );
      raw = Object.fromEntries(Object.entries(raw).filter(([name]) => !fields.includes(name)));
    }
  }
  // The parser failed in a way we cannot attribute to a field: fall back to all defaults.
  const message = "The parameters in this link could not be read, so the defaults are shown.";
  return {
    values: parseScenarioParams(definition, {}),
    problems: [...problems, { field: "", message }],
  };
}
