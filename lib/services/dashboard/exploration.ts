import "server-only";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { storedExplorationByItem } from "@/lib/db/dashboard/exploration";

/** A share with its counts, so a small group shows as small ("1 of 2"). */
export interface Share {
  count: number;
  of: number;
  /** count / of, or null when `of` is 0. */
  share: number | null;
}

const share = (count: number, of: number): Share => ({
  count,
  of,
  share: of === 0 ? null : count / of,
});

/** Per question: who explored the plot before the first try, and first-try accuracy by group. */
export interface ItemExploration {
  questionId: string;
  explored: Share;
  /** First tries right among the learners who explored, and among those who did not. */
  rightWhenExplored: Share;
  rightOtherwise: Share;
}

export async function itemExploration(
  ctx: DashboardDb,
  classId: string,
): Promise<Map<string, ItemExploration>> {
  const rows = await storedExplorationByItem(ctx, classId);
  return new Map(
    rows.map((r) => [
      r.questionId,
      {
        questionId: r.questionId,
        explored: share(r.explored, r.learners),
        rightWhenExplored: share(r.exploredRight, r.explored),
        rightOtherwise: share(r.othersRight, r.learners - r.explored),
      },
    ]),
  );
}
