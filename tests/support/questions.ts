import { getQuestion, type Question } from "@/lib/content";

/** A question of the bank by id; a test naming one that does not exist fails here, by name. */
export function questionById(id: string): Question {
  const q = getQuestion(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}
