/**
 * Readers shared by the one-unit and gate calculators: numbers, the sequence length a message
 * names, where a value sits (so "and with 0?" can replace it), and the wording that marks a run
 * request or a request for a number.
 */
import type { ActivationName } from "@/lib/sim";

export const NUM = String.raw`[-+−]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+−]?\d+)?`;
export const N = `(${NUM})`;
export const FN = String.raw`(tanh|sigmoid|sigma|σ|relu)`;
export const num = (s: string | undefined) => Number((s ?? "NaN").replace("−", "-"));
export const fnName = (s: string): ActivationName =>
  /^(?:sigmoid|sigma|σ)$/i.test(s) ? "sigmoid" : (s.toLowerCase() as ActivationName);
/** A request to run something is a simulation, not arithmetic. */
export const RUN = /\b(?:what if|run|re-?run|simulate|plot|show me|compare)\b/i;
/** Asks for a number, not for a run: a question, or the quantity named. */
export const ASKS =
  /\?|\bwhat\b|\bhow (?:much|big|small|large)\b|\bcompute\b|\bcalculate\b|\bwork out\b|\bd[hxc]_?\{?[t\d]|∂|\|d|\bfraction\b|\bleft\b|\bsurviv|\bkeeps?\b/i;
const cache = new Map<string, RegExp>();
export function rx(source: string): RegExp {
  let r = cache.get(source);
  if (!r) cache.set(source, (r = new RegExp(source, "i")));
  return r;
}

/**
 * The sequence length the message names: "T = 40", "40 steps", "after 40", "a sequence length of
 * 40", "dh_40/dh_0" (the normalised message writes ∂ as d and "t of 40" as "T = 40").
 */
export function lengthOf(m: string): number {
  const s =
    rx(String.raw`\bT\s*=\s*(\d+)(?![.\d])`).exec(m) ??
    rx(String.raw`(\d+)\s*(?:time ?)?steps`).exec(m) ??
    rx(
      String.raw`\b(?:over|after|across|for)\s+(\d+)\b(?![.\d])(?!\s*(?:%|percent|layers|blocks))`,
    ).exec(m) ??
    rx(String.raw`\b(?:sequence length|length|horizon|gap)\s*(?:of|is|=)?\s*(\d+)(?![.\d])`).exec(
      m,
    ) ??
    rx(String.raw`d[hxc]_?\{?(\d+)\}?\s*/\s*d[hxc]_?\{?0`).exec(m);
  return s ? Number(s[1]) : NaN;
}

/** Where a number (a group at the end of the match) sits, so "and with 0?" can replace it. */
export function spanOf(match: RegExpExecArray, group: number): { vary?: [number, number] } {
  const text = match[group];
  if (text === undefined) return {};
  const start = match.index + match[0].lastIndexOf(text);
  return { vary: [start, start + text.length] };
}
