import { updateClass } from "@/lib/db/classes";
import { UpdateClassInput } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import {
  classOverview,
  dashboardDb,
  learnerProgress,
  masteryHeatmap,
  rankedMisconceptions,
} from "@/lib/services/dashboard";
import { jsonRoute, route } from "@/lib/http/route";
import { whoNeedsHelp } from "@/lib/learning/needs-help";
import { classOfInstructor, type ClassContext } from "../../_shared";
import { respondWith } from "@/lib/contracts/http";
import { instructorContracts } from "@/lib/contracts/classes";
import { dashboardContracts } from "@/lib/contracts/dashboard";

/** The overview dashboard as JSON: the same numbers the page draws. */
export const GET = route<ClassContext>(async (_request, context) => {
  const { cls } = await classOfInstructor(context);
  const ctx = dashboardDb();
  const now = new Date();
  const [overview, heatmap, misconceptions, progress] = await Promise.all([
    classOverview(ctx, cls.id, now),
    masteryHeatmap(ctx, cls.id),
    rankedMisconceptions(ctx, cls.id),
    learnerProgress(ctx, cls.id),
  ]);
  return respondWith(dashboardContracts.overview.response, {
    class: cls,
    overview,
    heatmap,
    misconceptions,
    needsHelp: whoNeedsHelp(progress, now),
  });
});

/** Rename ({ name }) or archive/restore ({ archived }); owner only. */
export const PATCH = route<ClassContext>(async (request, context) =>
  jsonRoute(UpdateClassInput, async (input) => {
    const { user, cls } = await classOfInstructor(context);
    return respondWith(instructorContracts.updateClass.response, {
      class: await updateClass(db(), user, cls.id, input),
    });
  })(request),
);
