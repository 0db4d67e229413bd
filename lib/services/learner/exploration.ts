import "server-only";
import { db } from "@/lib/db/client";
import { clearExplorations, explorationsOf } from "@/lib/db/exploration";
import { readMoves } from "../quiz/exploration";

/** The learner's own exploration record: each try that had slider moves, newest first. */
export async function explorationRecord(userId: string) {
  const rows = await explorationsOf(db(), userId);
  return rows.map(({ moves, ...row }) => ({ ...row, moves: readMoves(moves) }));
}
export type ExplorationRecord = Awaited<ReturnType<typeof explorationRecord>>;

/** Deletes the learner's slider moves only: answers, credit and mastery stay. */
export function clearExplorationRecord(userId: string): Promise<number> {
  return clearExplorations(db(), userId);
}
