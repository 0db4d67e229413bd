import {
  dashboardDb,
  ITEM_METHOD,
  itemExport,
  responseDistributions,
} from "@/lib/services/dashboard";
import { route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { dashboardContracts } from "@/lib/contracts/dashboard";
import { classOfInstructor, type ClassContext } from "../../../_shared";

export const GET = route<ClassContext>(async (_request, context) => {
  const { cls } = await classOfInstructor(context);
  const ctx = dashboardDb();
  const [items, responses] = await Promise.all([
    itemExport(ctx, cls.id),
    responseDistributions(ctx, cls.id),
  ]);
  return respondWith(dashboardContracts.items.response, { method: ITEM_METHOD, items, responses });
});
