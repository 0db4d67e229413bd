/** Every scenario runs at its defaults and at its range extremes with finite-or-null values. */
import { describe, expect, it } from "vitest";
import {
  defaultParams,
  getScenario,
  runScenario,
  scenarios,
  SERVER_COST_BUDGET,
  SimInputError,
  type ParamValues,
  type ScenarioResult,
} from "@/lib/sim";

const LESSONS = [
  "why-lstm-solves-vanishing-gradients",
  "how-lstm-handles-exploding-gradients",
  "how-to-fix-vanishing-gradients",
  "what-problem-lstm-solves",
  "why-lstm-gradients-do-not-vanish-backward",
];

function checkResult(id: string, r: ScenarioResult): void {
  expect(r.scenarioId).toBe(id);
  expect(r.caption.length).toBeGreaterThan(10);
  expect(r.panels.length).toBeGreaterThan(0);
  for (const panel of r.panels) {
    expect(panel.series.length).toBeGreaterThan(0);
    for (const s of panel.series) {
      expect(s.points.length).toBeGreaterThan(0);
      for (const p of s.points) {
        expect(Number.isFinite(p.x)).toBe(true);
        if (p.y !== null) {
          expect(Number.isFinite(p.y)).toBe(true);
          if (panel.yScale === "log") expect(p.y).toBeGreaterThan(0);
        }
      }
    }
  }
  expect(() => JSON.stringify(r)).not.toThrow();
}

describe("scenario registry", () => {
  it("has a scenario for each lesson id, plus the teachers' extras", () => {
    for (const id of [...LESSONS, "spectral-radius-sweep", "gru-vs-lstm"])
      expect(getScenario(id)?.id).toBe(id);
    for (const id of LESSONS) expect(scenarios[id]?.lessonId).toBe(id);
    expect(getScenario("toString")).toBeUndefined();
  });

  it("finds only registered ids: Object's own names are not scenarios", () => {
    for (const id of ["constructor", "__proto__", "hasOwnProperty", "valueOf", "toString"]) {
      expect(getScenario(id)).toBeUndefined();
      expect(scenarios[id]).toBeUndefined();
      expect(() => runScenario(id)).toThrow(SimInputError);
    }
    expect(Object.keys(scenarios)).toHaveLength(7);
    expect(Object.isFrozen(scenarios)).toBe(true);
  });
});

describe.each(Object.keys(scenarios))("scenario %s", (id) => {
  const def = scenarios[id]!;
  it("has complete param definitions", () => {
    for (const [name, p] of Object.entries(def.params)) {
      expect(p.label, name).not.toBe("");
      expect(p.meaning, name).not.toBe("");
      if (p.kind === "number") {
        expect(p.min).toBeLessThanOrEqual(p.default);
        expect(p.default).toBeLessThanOrEqual(p.max);
      } else {
        expect(p.options.map((o) => o.value)).toContain(p.default);
      }
    }
  });

  it("runs at defaults, within a small share of the server's budget", () => {
    const values = defaultParams(def.params);
    const r = def.run(values);
    checkResult(id, r);
    // The cost model is what the server enforces; speed itself is measured by `npm run bench:sim`
    // and `npm run bench:sim-budget`, not by a timed test that fails on a busy machine.
    expect(def.cost(values)).toBeGreaterThan(0);
    expect(def.cost(values)).toBeLessThan(SERVER_COST_BUDGET / 4);
  });

  it("runs at every range extreme", () => {
    const base = defaultParams(def.params);
    const variants: ParamValues[] = [];
    const lows: ParamValues = { ...base };
    const highs: ParamValues = { ...base };
    for (const [name, p] of Object.entries(def.params)) {
      if (p.kind === "number") {
        variants.push({ ...base, [name]: p.min }, { ...base, [name]: p.max });
        lows[name] = p.min;
        highs[name] = p.max;
      } else {
        for (const o of p.options) variants.push({ ...base, [name]: o.value });
      }
    }
    variants.push(lows, highs);
    for (const v of variants) {
      const r = runScenario(id, v);
      checkResult(id, r);
      expect(def.cost(v)).toBeGreaterThan(0);
    }
  });
});
