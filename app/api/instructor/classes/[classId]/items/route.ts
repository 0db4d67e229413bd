import {
  dashboardDb,
  ITEM_METHOD,
  itemExport,
  responseDistributions,
} from "@/lib/services/dashboard";
import { route } from "@/lib/http/route";
import { classOfInstructor, type ClassContext } from "../../../_shared";

export const GET = route<ClassContext>(async (_request, context) => {
  const { cls } = await classOfInstructor(context);
  const ctx = dashboardDb();
  const [items, responses] = await Promise.all([
    itemExport(ctx, cls.id),
    responseDistributions(ctx, cls.id),
  ]);
  return Response.json({ method: ITEM_METHOD, items, responses });
});
