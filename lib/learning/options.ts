/**
 * Seeded option order. A bank lists the key first more often than not, so showing options in
 * bank order lets "always pick the first" pass a quiz. Each instance gets its own order, drawn
 * from its seed (the attempt and the question): the same on every reload and try, different
 * between learners. Option ids never change, so stored answers, item analysis and distractor
 * counts do not depend on the order shown.
 */
import { createRng } from "@/lib/sim";
import { hashSeed } from "@/lib/content";

/** Fisher–Yates driven by a string seed; returns a new array, the input is left alone. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const rng = createRng(hashSeed(seed));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextU32() % (i + 1);
    const a = out[i];
    const b = out[j];
    if (a !== undefined && b !== undefined) [out[i], out[j]] = [b, a];
  }
  return out;
}

/** The order a learner sees the options of `questionId` in, for the instance `seed`. */
export function shuffleOptions<T>(options: readonly T[], questionId: string, seed: string): T[] {
  return seededShuffle(options, `options\u0000${questionId}\u0000${seed}`);
}
