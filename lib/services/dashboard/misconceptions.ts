import "server-only";
import { getMisconception } from "@/lib/content";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { misconceptionCounts } from "@/lib/db/dashboard/misconceptions";

export interface MisconceptionRow {
  id: string;
  label: string;
  correction: string | null;
  learners: number;
  /** Quiz answers that showed it. */
  answers: number;
  /** Chat messages in which the tutor corrected it. */
  chat: number;
  questions: number;
}

/**
 * Misconceptions by how many of the class's learners showed them: in any answer of any kind, or
 * voiced in tutor chat (counted apart, as `chat`).
 */
export async function rankedMisconceptions(
  ctx: DashboardDb,
  classId: string,
): Promise<MisconceptionRow[]> {
  const rows = await misconceptionCounts(ctx, classId);
  return rows.map((r) => {
    const known = getMisconception(r.id);
    return {
      id: r.id,
      label: known?.label ?? r.id,
      correction: known?.correction ?? null,
      learners: r.learners,
      answers: r.answers,
      chat: r.chat,
      questions: r.questions,
    };
  });
}
