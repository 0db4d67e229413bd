import "server-only";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { providerOf } from "@/lib/db/prisma";

/** The app's database with its dialect, for the dashboard queries. */
export function dashboardDb(): DashboardDb {
  return { db: db(), provider: providerOf(env().DATABASE_URL) };
}

export type { DashboardDb } from "@/lib/db/dashboard/context";
export {
  buildExport,
  EXPORTS,
  ITEM_METHOD,
  itemExport,
  type ExportName,
  type ItemExport,
} from "./exports";
export { itemExploration, type ItemExploration, type Share } from "./exploration";
export { masteryHeatmap, type Heatmap } from "./heatmap";
export { itemStatistics, type ItemRow } from "./items";
export { learnerDetail, type LearnerDetail, type LearnerAttempt } from "./learner-detail";
export { learnerProgress, type LearnerProgress } from "./learners";
export { rankedMisconceptions, type MisconceptionRow } from "./misconceptions";
export { ACTIVITY_DAYS, classOverview, type Overview } from "./overview";
export { responseDistributions, type ResponseDistribution } from "./responses";
export { tutorTopics, type TopicRow } from "./tutor-topics";
