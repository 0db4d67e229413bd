/**
 * defineScenario and parseScenarioParams: scenarios declare ParamDefs once; the zod schema that
 * validates values from URLs, forms and the CLI is built from them, so ranges live in one place.
 */
import { z } from "zod";
import { fromZodError, show } from "../errors";
import type {
  ChoiceParamDef,
  NumberParamDef,
  ParamDefs,
  ParamValues,
  ScenarioDefinition,
  ScenarioResult,
} from "../scenario-types";

/** Values typed from the defs: number params are numbers, choice params strings. */
export type ValuesOf<P extends ParamDefs> = {
  [K in keyof P]: P[K] extends NumberParamDef ? number : string;
};

function numberSchema(def: NumberParamDef) {
  const what = def.integer ? "an integer" : "a number";
  const msg = (iss: { input?: unknown }) =>
    `must be ${what} in [${def.min}, ${def.max}], got ${show(iss.input)}`;
  let n = z.number({ error: msg }).min(def.min, { error: msg }).max(def.max, { error: msg });
  if (def.integer) n = n.int({ error: msg });
  // URLs and the CLI carry strings: accept "12", "1e-3"; reject "", "abc", "12px".
  return z.preprocess((v) => {
    if (typeof v !== "string") return v;
    const t = v.trim();
    return t !== "" && Number.isFinite(Number(t)) ? Number(t) : v;
  }, n);
}

function choiceSchema(def: ChoiceParamDef) {
  const values = def.options.map((o) => o.value);
  const msg = (iss: { input?: unknown }) =>
    `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${show(iss.input)}`;
  return z.string({ error: msg }).refine((v) => values.includes(v), { error: msg });
}

const schemaCache = new WeakMap<ParamDefs, z.ZodType<ParamValues>>();

/** The zod schema for a scenario's params: coerces numeric strings, fills defaults, strict. */
export function paramsSchema(params: ParamDefs): z.ZodType<ParamValues> {
  const cached = schemaCache.get(params);
  if (cached) return cached;
  const shape: Record<string, z.ZodType<number | string>> = {};
  for (const [key, def] of Object.entries(params)) {
    const base = def.kind === "number" ? numberSchema(def) : choiceSchema(def);
    shape[key] = z.preprocess((v) => (v === undefined ? def.default : v), base);
  }
  const schema = z.object(shape).strict();
  schemaCache.set(params, schema);
  return schema;
}

/** Validates raw values (strings allowed) against a scenario's ParamDefs; throws SimInputError. */
export function parseScenarioParams<P extends ParamDefs>(
  def: { params: P },
  raw: Record<string, unknown>,
): ValuesOf<P> {
  const parsed = paramsSchema(def.params).safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data as ValuesOf<P>;
}

export interface ScenarioImpl<P extends ParamDefs> {
  id: string;
  title: string;
  lessonId: string;
  summary: string;
  params: P;
  cost(values: ValuesOf<P>): number;
  run(values: ValuesOf<P>): ScenarioResult;
}

/**
 * Wraps a typed implementation so that cost() and run() accept loose ParamValues (validated and
 * defaulted here) as the ScenarioDefinition contract requires.
 */
export function defineScenario<P extends ParamDefs>(impl: ScenarioImpl<P>): ScenarioDefinition<P> {
  return {
    id: impl.id,
    title: impl.title,
    lessonId: impl.lessonId,
    summary: impl.summary,
    params: impl.params,
    cost: (values) => impl.cost(parseScenarioParams(impl, values)),
    run: (values) => impl.run(parseScenarioParams(impl, values)),
  };
}

/** Default values of a scenario's params. */
export function defaultParams(params: ParamDefs): ParamValues {
  return Object.fromEntries(Object.entries(params).map(([k, d]) => [k, d.default]));
}
