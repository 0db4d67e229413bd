import "server-only";
import { concepts } from "@/lib/content";
import { levelFor, type Level } from "@/lib/learning/levels";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { heatmapRows } from "@/lib/db/dashboard/heatmap";

export interface Heatmap {
  learners: { id: string; name: string }[];
  concepts: string[];
  /** levels[learnerIndex][conceptIndex] */
  levels: Level[][];
}

/**
 * Learners x concepts. One row per stored mastery cell (the cells are the picture, not an
 * aggregate); the level is read off each cell with levelFor, as the learner sees it.
 */
export async function masteryHeatmap(ctx: DashboardDb, classId: string): Promise<Heatmap> {
  const { members, cells } = await heatmapRows(ctx, classId);
  const conceptIds = [...concepts];
  const conceptIndex = new Map(conceptIds.map((c, i) => [c, i]));
  const learnerIndex = new Map(members.map((m, i) => [m.user.id, i]));
  const levels: Level[][] = members.map(() => conceptIds.map((): Level => "not-started"));
  for (const cell of cells) {
    const row = levels[learnerIndex.get(cell.userId) ?? -1];
    const col = conceptIndex.get(cell.conceptId);
    if (row && col !== undefined) row[col] = levelFor(cell);
  }
  return {
    learners: members.map(({ user }) => ({
      id: user.id,
      name: user.name ?? user.email ?? user.id,
    })),
    concepts: conceptIds,
    levels,
  };
}
