import { describeParamRange, formatParamValue, rejectedParamFields } from "@/lib/plot";
import { parseScenarioParams } from "@/lib/sim";
import type { ParamValues, ScenarioDefinition } from "@/lib/sim/scenario-types";

/*
 * Reading a shared link back: query values are untrusted input, so they go through the
 * registry's zod parser. A bad value must never become a 500: the page falls back to the
 * default for that field and says which field was wrong and what range is allowed.
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

function problemFor(
  definition: ScenarioDefinition,
  field: string,
  received: unknown,
): ParamProblem {
  const defs = definition.params;
  const def = defs[field];
  const got = typeof received === "string" ? `"${received.slice(0, 40)}"` : "an unusable value";
  const fallback = def ? ` Using the default, ${formatParamValue(field, def.default, defs)}.` : "";
  return { field, message: `${describeParamRange(field, defs)}; got ${got}.${fallback}` };
}

export function readScenarioParams(
  definition: ScenarioDefinition,
  search: SearchParams,
): ReadParams {
  const defs = definition.params;
  // Only this scenario's keys: other query parameters (utm tags, ?from=lesson) are not errors.
  let raw: Record<string, unknown> = {};
  for (const name of Object.keys(defs)) {
    const value = search[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) raw[name] = first;
  }
  const problems: ParamProblem[] = [];
  // Drop each rejected field and parse again, so the valid ones in a shared link survive.
  for (let attempt = 0; attempt <= Object.keys(defs).length; attempt += 1) {
    try {
      return { values: parseScenarioParams(definition, raw), problems };
    } catch (error) {
      const fields = rejectedParamFields(error, defs).filter((f) => f in raw);
      if (fields.length === 0) break;
      for (const field of fields) problems.push(problemFor(definition, field, raw[field]));
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
