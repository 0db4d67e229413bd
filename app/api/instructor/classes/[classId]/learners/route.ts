import { dashboardDb, learnerProgress } from "@/lib/services/dashboard";
import { route } from "@/lib/http/route";
import { classOfInstructor, type ClassContext } from "../../../_shared";

export const GET = route<ClassContext>(async (_request, context) => {
  const { cls } = await classOfInstructor(context);
  return Response.json({ learners: await learnerProgress(dashboardDb(), cls.id) });
});
