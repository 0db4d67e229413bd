import "server-only";
import type { DashboardDb } from "./context";

/** The class's learners by name, and every stored mastery cell of theirs. */
export async function heatmapRows({ db }: DashboardDb, classId: string) {
  const [members, cells] = await Promise.all([
    db.enrollment.findMany({
      where: { classId },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db.conceptMastery.findMany({
      where: { user: { enrollments: { some: { classId } } } },
      select: { userId: true, conceptId: true, pKnown: true, attempts: true, correct: true },
    }),
  ]);
  return { members, cells };
}
