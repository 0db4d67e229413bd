/**
 * One error type for bad input, so callers (API routes, the CLI, the UI) can map it to a 400/422
 * and show field messages. Every message names the field and the allowed range or shape
 * (tfjs-core's "Argument 'x' passed to 'op' must be ..." habit).
 */
import type { z } from "zod";

export interface SimIssue {
  /** Dotted path of the bad field, e.g. "weights.weightHH" or "steps". */
  path: string;
  message: string;
}

export class SimInputError extends Error {
  readonly issues: SimIssue[];
  constructor(issues: SimIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "));
    this.name = "SimInputError";
    this.issues = issues;
  }
}

/** Show a received value briefly in an error message. */
export function show(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value;
}

export function fromZodError(error: z.ZodError, prefix = ""): SimInputError {
  return fromZodIssues(error.issues, prefix);
}

/** Range check for library functions called with plain arguments (not specs). */
export function checkRange(name: string, value: number, lo: number, hi: number): void {
  if (!Number.isFinite(value) || value < lo || value > hi) {
    throw new SimInputError([
      { path: "", message: `Argument '${name}' must be in [${lo}, ${hi}], got ${show(value)}` },
    ]);
  }
}

export function checkInt(name: string, value: number, lo: number, hi: number): void {
  if (!Number.isInteger(value) || value < lo || value > hi) {
    throw new SimInputError([
      {
        path: "",
        message: `Argument '${name}' must be an integer in [${lo}, ${hi}], got ${show(value)}`,
      },
    ]);
  }
}

export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix = ""): SimInputError {
  const out: SimIssue[] = [];
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== "").join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({ path: path ? `${path}.${key}` : key, message: "unknown field" });
      }
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return new SimInputError(out);
}
