/**
 * The layers that read a catalogued claim (phrasings, meaning) stop at the first that finds
 * one, but a phrase can catch a neighbour of the claim made: "the forget gate starts at
 * basically 1, so a fresh lstm remembers everything" matches "remembers everything" (the
 * stores-everything entry) while the point is the forget gate's value at initialisation. The
 * classifier's reading of the whole message ranks the candidates: an entry it clearly prefers,
 * by a wide lead over every entry found, is the more specific claim and its correction comes
 * first.
 */
import { clearReading, polarityAgrees, readings, statesClaim } from "./misconception-classifier";

/** Log-likelihood lead over the best entry found before another one is preferred. */
export const SHARPER_LEAD = 3;

/** The entry the whole message states more specifically than any of `found`, if one is clear. */
export function sharperMisconception(
  message: string,
  found: readonly string[],
): string | undefined {
  if (found.length === 0 || !statesClaim(message)) return undefined;
  const all = readings(message);
  const [best] = all;
  if (!best || found.includes(best.id)) return undefined;
  const foundBest = Math.max(...all.filter((r) => found.includes(r.id)).map((r) => r.claim));
  if (best.claim - foundBest < SHARPER_LEAD) return undefined;
  const rival = all.find((r) => r.id !== best.id);
  if (!clearReading(best, rival)) return undefined;
  return polarityAgrees(message, best.id) ? best.id : undefined;
}
