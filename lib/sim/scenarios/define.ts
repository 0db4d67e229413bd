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
  PartOutput,
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
  /** Either a run, or parts and how to combine them (then run is combine over the parts). */
  run?: (values: ValuesOf<P>) => ScenarioResult;
  split?: {
    parts: readonly ((values: ValuesOf<P>) => PartOutput)[];
    combine(values: ValuesOf<P>, outputs: readonly PartOutput[]): ScenarioResult;
  };
}

/**
 * Wraps a typed implementation so that cost() and run() accept loose ParamValues (validated and
 * defaulted here) as the ScenarioDefinition contract requires. A split scenario's run is its
 * parts combined, in order, so one worker and two compute the same thing.
 */
export function defineScenario<P extends ParamDefs>(impl: ScenarioImpl<P>): ScenarioDefinition<P> {
  const parse = (values: ParamValues) => parseScenarioParams(impl, values);
  const { split } = impl;
  const run = split
    ? (v: ValuesOf<P>) =>
        split.combine(
          v,
          split.parts.map((part) => part(v)),
        )
    : impl.run;
  if (!run) throw new Error(`Scenario "${impl.id}" needs a run or a split.`);
  return {
    id: impl.id,
    title: impl.title,
    lessonId: impl.lessonId,
    summary: impl.summary,
    params: impl.params,
    cost: (values) => impl.cost(parse(values)),
    run: (values) => run(parse(values)),
    ...(split && {
      split: {
        parts: split.parts.map((part) => (values: ParamValues) => part(parse(values))),
        combine: (values, outputs) => split.combine(parse(values), outputs),
      },
    }),
  };
}

/** A part's column by name; a missing one is a part and a combine that do not match. */
export function column(output: PartOutput | undefined, name: string): readonly (number | null)[] {
  const values = output?.[name];
  if (values === undefined) throw new Error(`A split run's part has no column "${name}".`);
  return values;
}

/** Default values of a scenario's params. */
export function defaultParams(params: ParamDefs): ParamValues {
  return Object.fromEntries(Object.entries(params).map(([k, d]) => [k, d.default]));
}
