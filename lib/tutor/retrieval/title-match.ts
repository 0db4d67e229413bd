/**
 * How much of a lesson's title the question asks about. Every lesson title is itself a
 * question ("How can the vanishing gradient problem be solved?"), so a learner question that
 * covers most of a title's rarer words is usually the question that lesson answers, even when
 * a single passage elsewhere shares more words with it.
 */
import { lessons } from "@/lib/content";
import { terms } from "./text";

const titleTerms = new Map(lessons.map((l) => [l.id, [...new Set(terms(l.title))]]));

/** The architectures a title can be about: one the question does not name is another subject. */
const MODELS = new Set(terms("lstm gru"));

/** Share (0..1) of the lesson title's weight that the query covers, weighted by `weight`. */
export function titleCoverage(
  lessonId: string,
  query: ReadonlySet<string>,
  weight: (t: string) => number,
): number {
  const own = titleTerms.get(lessonId) ?? [];
  const asksModel = [...MODELS].some((m) => query.has(m));
  // "How does the GRU avoid vanishing?" is not the LSTM lesson's question, however much else matches.
  if (asksModel && own.some((t) => MODELS.has(t) && !query.has(t))) return 0;
  let total = 0;
  let covered = 0;
  for (const t of own) {
    // The architecture a title names is most of what it is about.
    const w = weight(t) * (MODELS.has(t) ? 3 : 1);
    total += w;
    if (query.has(t)) covered += w;
  }
  return total > 0 ? covered / total : 0;
}

/** Whether the lesson's title uses any of these search terms. */
export function titleUses(lessonId: string, anyOf: readonly string[]): boolean {
  const own = titleTerms.get(lessonId) ?? [];
  return anyOf.some((t) => own.includes(t));
}
