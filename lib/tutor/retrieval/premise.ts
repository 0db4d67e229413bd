/**
 * "If the forget gate is below 1, why clip?": a leading clause states what the learner takes as
 * given, and the question proper follows the comma. The premise's words still say what the
 * question is about ("since tanh is bounded by 1, why does it still vanish?" names its subject
 * only there), so they are kept, but weighted down so they do not outvote the question proper.
 */
import { correct } from "./index";
import { terms } from "./text";

const LEADING_PREMISE =
  /^\s*(?:(?:ok|so|but|and|well)[,\s]+)*(?:if|since|given that|given|when|whenever|as long as|now that|assuming|because|seeing as)\b([^,?;]{3,140}),/i;

/** How much a word found only in the premise counts, against 1 for the question proper. */
export const PREMISE_WEIGHT = 0.4;

/** Weights for the terms of a leading premise that the rest of the message does not repeat. */
export function premiseWeights(message: string): Map<string, number> | undefined {
  const m = LEADING_PREMISE.exec(message);
  if (!m) return undefined;
  const after = message.slice(m[0].length);
  // Only a premise before a question: in "if x, then y" the condition is part of the claim.
  if (!/\?\s*$/.test(after)) return undefined;
  const rest = new Set(terms(after).map(correct));
  if (rest.size === 0) return undefined;
  const weights = new Map<string, number>();
  for (const t of terms(m[1] ?? "").map(correct)) if (!rest.has(t)) weights.set(t, PREMISE_WEIGHT);
  return weights.size > 0 ? weights : undefined;
}
