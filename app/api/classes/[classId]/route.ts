import { requireUser } from "@/lib/auth/current";
import { learnerClass, leaveClass } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { classContracts } from "@/lib/contracts/classes";

type Context = { params: Promise<{ classId: string }> };

export const GET = route<Context>(async (_request, context) => {
  const user = await requireUser();
  const { classId } = await context.params;
  return respondWith(classContracts.learnerClass.response, {
    class: await learnerClass(db(), user.id, classId),
  });
});

/** Leaves the class; the learner's own progress is kept. */
export const DELETE = route<Context>(async (_request, context) => {
  const user = await requireUser();
  const { classId } = await context.params;
  await leaveClass(db(), user.id, classId);
  return new Response(null, { status: 204 });
});
