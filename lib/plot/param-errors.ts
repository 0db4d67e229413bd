import { z } from "zod";
import type { ParamDefs } from "../sim/scenario-types";
import { formatNumber } from "./format";

/*
 * Turning a rejected parameter into a sentence a person can act on: which field, what is
 * allowed. Shared by the lab page (bad query string) and the plot CLI (bad --param).
 */

/** "forget-gate bias (forgetBias) must be a number between -3 and 6" */
export function describeParamRange(field: string, defs: ParamDefs): string {
  const def = defs[field];
  if (!def) {
    const known = Object.keys(defs).join(", ") || "none";
    return `${field} is not a parameter of this simulation (parameters: ${known})`;
  }
  if (def.kind === "choice") {
    return `${def.label} (${field}) must be one of ${def.options.map((o) => `"${o.value}"`).join(", ")}`;
  }
  const kind = def.integer ? "a whole number" : "a number";
  return `${def.label} (${field}) must be ${kind} between ${formatNumber(def.min)} and ${formatNumber(def.max)}`;
}

/** The shape both a ZodError and lib/sim's SimInputError share: issues with a path. */
const IssueList = z.object({
  issues: z.array(
    z.object({
      path: z.union([z.string(), z.array(z.union([z.string(), z.number(), z.symbol()]))]),
    }),
  ),
});

/**
 * The parameter names a parser rejected. A ZodError's path is an array, a SimInputError's a
 * dotted string; anything else yields no fields and the caller shows a generic message.
 */
export function rejectedParamFields(error: unknown, defs: ParamDefs): string[] {
  const parsed = IssueList.safeParse(error);
  if (!parsed.success) return [];
  const fields = parsed.data.issues.flatMap(({ path }) => {
    const first = typeof path === "string" ? path.split(".")[0] : path[0];
    return typeof first === "string" && first in defs ? [first] : [];
  });
  return [...new Set(fields)];
}
