import "server-only";
import { db } from "./client";

export async function instructorClasses(instructorId: string) {
  return db().class.findMany({
    where: { ownerId: instructorId, archivedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { enrollments: true } } },
  });
}
