/**
 * Each lesson's claims about its plot, checked against the scenario at its defaults and across
 * its slider ranges. A changed default or a changed sentence without the other fails here.
 */
import { describe, expect, it } from "vitest";
import { LESSON_CLAIMS } from "@/lib/content/claims";
import { getLesson, lessons } from "@/lib/content";
import { defaultParams, getScenario, scenarios, type ParamDef, type ParamValues } from "@/lib/sim";

const normalise = (text: string) => text.replace(/\s+/g, " ");

/** min, max, the default and evenly spaced values between, snapped to the slider's step. */
function sweep(def: ParamDef): (number | string)[] {
  if (def.kind === "choice") return def.options.map((o) => o.value);
  const n = 6;
  const values = new Set<number>([def.min, def.max, def.default]);
  for (let i = 1; i < n; i++) {
    const raw = def.min + ((def.max - def.min) * i) / n;
    const snapped = def.min + Math.round((raw - def.min) / def.step) * def.step;
    values.add(Number(snapped.toFixed(10)));
  }
  return [...values];
}

describe("every lesson makes checked claims about its plot", () => {
  it.each(lessons.map((l) => l.id))("%s has claims", (id) => {
    expect(LESSON_CLAIMS.find((c) => c.lessonId === id)?.claims.length ?? 0).toBeGreaterThan(0);
  });
});

describe.each(LESSON_CLAIMS.map((c) => [c.lessonId, c] as const))("%s", (lessonId, entry) => {
  const lesson = getLesson(lessonId)!;
  const text = normalise(
    [...lesson.sections, ...(lesson.deepDives ?? [])].map((s) => s.body).join("\n"),
  );
  it.each(entry.claims.map((c) => [c.id, c] as const))("%s", (_id, claim) => {
    const scenario = getScenario(claim.scenarioId ?? lesson.scenarioId);
    expect(scenario, "scenario").toBeDefined();
    const base: ParamValues = { ...defaultParams(scenario!.params), ...claim.params };
    const runs: ParamValues[] = [base];
    for (const name of claim.across ?? []) {
      const def = scenario!.params[name];
      expect(def, `across: unknown parameter ${name}`).toBeDefined();
      for (const value of sweep(def!)) runs.push({ ...base, [name]: value });
    }
    for (const [name, list] of Object.entries(claim.values ?? {})) {
      expect(scenario!.params[name], `values: unknown parameter ${name}`).toBeDefined();
      for (const value of list) runs.push({ ...base, [name]: value });
    }
    const first = scenario!.run(base);
    const quoted = claim.inCaption ? normalise(first.caption) : text;
    expect(quoted, "the quoted words").toContain(normalise(claim.quote));
    for (const values of runs) {
      const failure = claim.check(scenario!.run(values), values);
      expect(failure, JSON.stringify(values)).toBeNull();
    }
  });
});

describe("captions never print a broken phrase", () => {
  // "keeps overflow" once stood for an exact 0, and "σ ≈ never in this range" for no crossing.
  const BROKEN = [
    /undefined/,
    /\bNaN\b/,
    /\bnull\b/,
    /≈ never/,
    /keeps overflow/,
    /\boverflow of\b/,
  ];
  it.each(Object.keys(scenarios))("%s, at the defaults and every slider extreme", (id) => {
    const def = scenarios[id]!;
    const base = defaultParams(def.params);
    const variants: ParamValues[] = [base];
    for (const [name, p] of Object.entries(def.params))
      for (const value of sweep(p)) variants.push({ ...base, [name]: value });
    for (const v of variants) {
      const caption = def.run(v).caption;
      for (const re of BROKEN) expect(caption, JSON.stringify(v)).not.toMatch(re);
    }
  });
});
