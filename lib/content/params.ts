/**
 * Parameters of simulation-backed questions: typed authoring helper, deterministic drawing
 * from a string seed, and {{name}} placeholders. ({{…}} rather than {…} because TeX uses
 * single braces everywhere.)
 */
import { createRng } from "@/lib/sim";
import type { ParamDef, Params, Sim } from "./schema";

/**
 * Authoring helper: compute() sees its parameters by name with their types, so a typo in a
 * parameter name is a compile error rather than a NaN key.
 */
export function simulate<N extends string, K>(def: {
  params: Record<N, ParamDef>;
  describe: string;
  compute: (p: Record<N, number>) => K;
}): Sim<K> {
  const names = Object.keys(def.params) as N[];
  return {
    params: def.params,
    describe: def.describe,
    compute: (p) => {
      const typed = {} as Record<N, number>;
      for (const name of names) {
        const v = p[name];
        if (v === undefined) throw new Error(`parameter "${name}" was not drawn`);
        typed[name] = v;
      }
      return def.compute(typed);
    },
  };
}

/** FNV-1a, 32 bits: a stable hash of the seed string (no Math.random, no crypto). */
export function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function decimals(x: number): number {
  const s = String(x);
  const e = s.indexOf("e-");
  if (e >= 0) return Number(s.slice(e + 2));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** The values a parameter can take (grid min, min+step, ..., <= max; or the choices). */
export function paramValues(def: ParamDef): number[] {
  if ("choices" in def) return [...def.choices];
  const d = Math.max(decimals(def.min), decimals(def.step));
  const n = Math.floor((def.max - def.min) / def.step + 1e-9);
  return Array.from({ length: n + 1 }, (_, k) => Number((def.min + k * def.step).toFixed(d)));
}

/** Every combination of parameter values a learner can draw (names in sorted order). */
export function allParams(params: Record<string, ParamDef>): Params[] {
  let combos: Record<string, number>[] = [{}];
  for (const name of Object.keys(params).sort()) {
    const def = params[name];
    if (!def) continue;
    combos = combos.flatMap((c) => paramValues(def).map((v) => ({ ...c, [name]: v })));
  }
  return combos;
}

/**
 * Draws every parameter from the seed. The question id is mixed in so two questions of one
 * attempt get different numbers. Names are drawn in sorted order so adding a parameter does
 * not depend on object key order.
 */
export function drawParams(
  params: Record<string, ParamDef>,
  seed: string,
  questionId: string,
): Params {
  const rng = createRng(hashSeed(`${questionId}\u0000${seed}`));
  const out: Record<string, number> = {};
  for (const name of Object.keys(params).sort()) {
    const def = params[name];
    if (!def) continue;
    const values = paramValues(def);
    const v = values[rng.nextU32() % values.length];
    if (v === undefined) throw new Error(`parameter "${name}" has no values`);
    out[name] = v;
  }
  return out;
}

/** Formats a drawn value for a prompt: integers plainly, others without float noise. */
export function formatValue(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;

/** Names used as {{name}} in a text. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

/** Replaces {{name}}; throws if a placeholder has no value (caught by validate and tests). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`placeholder ${whole} has no value`);
    return v;
  });
}

/** A computed number for text: 4 significant digits, exponent form outside [1e-3, 1e4). */
export function sig(v: number, digits = 4): string {
  if (v === 0 || !Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(digits - 1).replace(/\.?0+e/, "e");
  return String(Number(v.toPrecision(digits)));
}
