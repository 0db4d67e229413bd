import { dashboardDb, learnerProgress } from "@/lib/services/dashboard";
import { route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { dashboardContracts } from "@/lib/contracts/dashboard";
import { classOfInstructor, type ClassContext } from "../../../_shared";

export const GET = route<ClassContext>(async (_request, context) => {
  const { cls } = await classOfInstructor(context);
  return respondWith(dashboardContracts.learners.response, {
    learners: await learnerProgress(dashboardDb(), cls.id),
  });
});
