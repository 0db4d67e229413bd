/**
 * "irnn vs random orthogonal recurrent init": two values of one choice dial set against each
 * other. A run shows one value at a time and the dial's default is the side every plot starts
 * from, so the run takes the other side, the one there is something new to see in.
 */
import type { ParamDefs } from "@/lib/sim";
import type { Mention } from "./mentions";

/** What joins the two sides: "vs", "versus", "against", "compared to", with a word between. */
const AGAINST =
  /^\s*(?:vs\.?|versus|against|compared (?:to|with)|or)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$/;

const ASKS = /\?|\b(?:why|how|when|which|what|should|whether)\b/;

/** The side that is not the default, when the message sets exactly two values against each other. */
export function sideAgainstDefault(
  group: readonly Mention[],
  lower: string,
  params: ParamDefs,
): Mention | undefined {
  // "orthogonal vs identity - when would i pick which": a question about the choice, no run.
  if (ASKS.test(lower)) return undefined;
  const values = [...new Set(group.map((m) => m.value))];
  const first = group[0];
  if (values.length !== 2 || !first) return undefined;
  const def = params[first.key];
  if (def?.kind !== "choice") return undefined;
  const [a, b] = [...group].sort((x, y) => x.start - y.start);
  if (!a || !b || a.value === b.value || !AGAINST.test(lower.slice(a.end, b.start)))
    return undefined;
  const others = group.filter((m) => m.value !== String(def.default));
  return new Set(others.map((m) => m.value)).size === 1 ? others[0] : undefined;
}
