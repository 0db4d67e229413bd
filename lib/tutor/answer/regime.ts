/**
 * The two regimes, as a question names them and as a sentence or passage is about them: a
 * question about one is not answered by a passage, or a run of sentences, on the other.
 */
import type { Hit } from "../retrieval";

export type Regime = "vanishing" | "exploding";
const REGIME: Readonly<Record<Regime, RegExp>> = { vanishing: /\bvanish/i, exploding: /\bexplod/i };

/** The one regime a message names, if it names exactly one. */
export function regimeNamed(message: string): Regime | undefined {
  const v = REGIME.vanishing.test(message);
  return v === REGIME.exploding.test(message) ? undefined : v ? "vanishing" : "exploding";
}

/** The sentence is about the regime not asked about, and not about the one asked. */
export function turnsToOther(text: string, regime: Regime | undefined): boolean {
  if (!regime) return false;
  const other = regime === "vanishing" ? "exploding" : "vanishing";
  return REGIME[other].test(text) && !REGIME[regime].test(text);
}

/** A passage headed by the other regime only, as the glossary entry "Exploding gradient". */
export function onOtherRegime(h: Hit, regime: Regime): boolean {
  const text = h.passage.heading;
  const other = regime === "vanishing" ? "exploding" : "vanishing";
  return REGIME[other].test(text) && !REGIME[regime].test(text);
}
