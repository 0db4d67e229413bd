import { requireInstructor } from "@/lib/auth/current";
import { enrolledLearner, instructorClass, removeLearner } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import { dashboardDb, learnerDetail } from "@/lib/services/dashboard";
import { route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { dashboardContracts } from "@/lib/contracts/dashboard";
import type { LearnerContext } from "../../../../_shared";

async function learnerOfClass(context: LearnerContext) {
  const user = await requireInstructor();
  const { classId, learnerId } = await context.params;
  const cls = await instructorClass(db(), user, classId);
  return { user, cls, learner: await enrolledLearner(db(), cls.id, learnerId) };
}

/** The drill-down: every attempt with answers, drawn parameters, tutor messages since joining. */
export const GET = route<LearnerContext>(async (_request, context) => {
  const { learner } = await learnerOfClass(context);
  return respondWith(dashboardContracts.learner.response, {
    learner,
    ...(await learnerDetail(dashboardDb(), learner)),
  });
});

export const DELETE = route<LearnerContext>(async (_request, context) => {
  const { user, cls, learner } = await learnerOfClass(context);
  await removeLearner(db(), user, cls.id, learner.id);
  return new Response(null, { status: 204 });
});
