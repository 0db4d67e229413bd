import "server-only";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { learnerProgress as progressRows, type LearnerProgress } from "@/lib/db/dashboard/learners";
import { MASTERED_AT, MASTERED_MIN_CORRECT } from "@/lib/learning/levels";

export type { LearnerProgress };

/** Every per-learner figure of the class, with "mastered" as lib/learning/levels.ts defines it. */
export function learnerProgress(ctx: DashboardDb, classId: string): Promise<LearnerProgress[]> {
  return progressRows(ctx, classId, { pKnown: MASTERED_AT, correct: MASTERED_MIN_CORRECT });
}
