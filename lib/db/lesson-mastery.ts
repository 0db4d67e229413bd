import { lessons } from "@/lib/content";
import { levelFor, type Level } from "@/lib/learning/levels";

export interface ConceptRow {
  conceptId: string;
  pKnown: number;
  attempts: number;
  correct: number;
}

/**
 * A lesson's mastery is read off its concepts: the mean P(known) over all of them (an unseen
 * concept counts at 0, so a lesson is not "mastered" on one concept), attempts and correct
 * answers summed. Pure, so pages and tests share it.
 */
export function lessonMastery(
  rows: readonly ConceptRow[],
): Map<string, { level: Level; pKnown: number }> {
  const byConcept = new Map(rows.map((row) => [row.conceptId, row]));
  const out = new Map<string, { level: Level; pKnown: number }>();
  for (const lesson of lessons) {
    const seen = lesson.concepts.map((c) => byConcept.get(c)).filter((r) => r !== undefined);
    const pKnown = seen.reduce((sum, r) => sum + r.pKnown, 0) / lesson.concepts.length;
    const attempts = seen.reduce((sum, r) => sum + r.attempts, 0);
    const correct = Math.min(...lesson.concepts.map((c) => byConcept.get(c)?.correct ?? 0));
    out.set(lesson.id, { level: levelFor({ pKnown, attempts, correct }), pKnown });
  }
  return out;
}
