/** Zod helpers whose messages name the allowed range and the value received. */
import { z } from "zod";
import { show } from "./errors";

export function intIn(lo: number, hi: number) {
  const msg = (iss: { input?: unknown }) =>
    `must be an integer in [${lo}, ${hi}], got ${show(iss.input)}`;
  return z
    .number({ error: msg })
    .int({ error: msg })
    .min(lo, { error: msg })
    .max(hi, { error: msg });
}

export function numIn(lo: number, hi: number) {
  const msg = (iss: { input?: unknown }) =>
    `must be a number in [${lo}, ${hi}], got ${show(iss.input)}`;
  return z.number({ error: msg }).min(lo, { error: msg }).max(hi, { error: msg });
}

export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  const msg = (iss: { input?: unknown }) =>
    `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${show(iss.input)}`;
  return z.enum(values, { error: msg });
}

export function bool() {
  return z.boolean({ error: (iss) => `must be true or false, got ${show(iss.input)}` });
}

export function arrayOf<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: (iss) => `must be ${what}, got ${show(iss.input)}` });
}
