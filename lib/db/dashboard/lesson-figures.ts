import "server-only";
import {
  bool,
  date,
  num,
  readRows,
  runProgram,
  sql,
  text,
  together,
  type Program,
  type Row,
} from "../sql";
import type { DashboardDb } from "./context";

/**
 * Each learner's stored lesson mastery figures (learner_lesson_figures, migration
 * 20261202100000_dashboard_class_item_totals). A trigger raises `version` with every first try
 * stored or deleted; `figures` holds what the application computed from `computedVersion`.
 */
export interface StoredFigures {
  userId: string;
  version: number;
  computedVersion: number;
  figures: string;
}

export async function classLessonFigureRows(
  { db }: DashboardDb,
  classId: string,
): Promise<StoredFigures[]> {
  const rows = await readRows(
    db,
    sql`
    SELECT f."userId", f.version, f."computedVersion", f.figures FROM learner_lesson_figures f
    JOIN enrollments e ON e."userId" = f."userId" AND e."classId" = ${classId}`,
  );
  return rows.map((r) => ({
    userId: text(r.userId),
    version: num(r.version),
    computedVersion: num(r.computedVersion),
    figures: text(r.figures),
  }));
}

const CHUNK = 500;

/** The learners' first tries, oldest first (as the overview replays them). */
export async function firstTriesOf({ db }: DashboardDb, userIds: readonly string[]) {
  const rows: Row[] = [];
  for (let i = 0; i < userIds.length; i += CHUNK) {
    rows.push(
      ...(await readRows(
        db,
        sql`
        SELECT id, "userId", "questionId", correct, score, "hintsUsed", "createdAt" FROM answers
        WHERE "tryNumber" = 1 AND "userId" IN (${userIds.slice(i, i + CHUNK)})
        ORDER BY "createdAt", id`,
      )),
    );
  }
  return rows.map((r) => ({
    id: text(r.id),
    userId: text(r.userId),
    questionId: text(r.questionId),
    correct: bool(r.correct),
    score: num(r.score),
    tryNumber: 1,
    hintsUsed: num(r.hintsUsed),
    createdAt: date(r.createdAt),
  }));
}

/**
 * Stores figures computed from `version`, in one transaction. A learner who answered meanwhile
 * has a higher version: the row is left as it was (stale), to be computed again next time.
 */
export async function saveLessonFigures(
  { db }: DashboardDb,
  computed: readonly { userId: string; version: number; figures: string }[],
): Promise<void> {
  if (computed.length === 0) return;
  await runProgram(
    db,
    function* (): Program<void> {
      yield* together(
        computed.map(
          (c) => sql`
          UPDATE learner_lesson_figures SET figures = ${c.figures}, "computedVersion" = ${c.version}
          WHERE "userId" = ${c.userId} AND version = ${c.version}`,
        ),
      );
    },
    { write: true },
  );
}
