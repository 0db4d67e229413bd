import "server-only";
import { getQuestion } from "@/lib/content";
import { discriminationBand, facilityBand, MINIMUMS } from "@/lib/learning/item-analysis";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { toCsv } from "./csv";
import { itemExploration, type ItemExploration } from "./exploration";
import { itemStatistics, type ItemRow } from "./items";
import { learnerProgress, type LearnerProgress } from "./learners";

const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));

const PROGRESS_COLUMNS: {
  header: string;
  value: (r: LearnerProgress) => string | number | Date | null;
}[] = [
  { header: "learner_id", value: (r) => r.learnerId },
  { header: "name", value: (r) => r.name },
  { header: "email", value: (r) => r.email },
  { header: "joined_at", value: (r) => r.joinedAt },
  { header: "lessons_started", value: (r) => r.lessonsStarted },
  { header: "lessons_completed", value: (r) => r.lessonsCompleted },
  { header: "questions_answered", value: (r) => r.questionsAnswered },
  { header: "correct_first_try", value: (r) => r.correctFirstTry },
  { header: "mean_mark", value: (r) => round(r.meanMark) },
  { header: "hints_used", value: (r) => r.hintsUsed },
  { header: "mean_p_known", value: (r) => round(r.meanPKnown) },
  { header: "concepts_mastered", value: (r) => r.conceptsMastered },
  { header: "last_active_at", value: (r) => r.lastActiveAt },
];

export interface ItemExport extends ItemRow {
  /** The question's title, what pages show instead of its id. */
  title: string;
  prompt: string;
  type: string;
  facilityBand: string;
  discriminationBand: string;
  /** Who moved the plot's sliders before the first try, and first-try accuracy by group. */
  exploration: Omit<ItemExploration, "questionId"> | null;
}

type ExplorationGroup = keyof NonNullable<ItemExport["exploration"]>;
const count = (r: ItemExport, group: ExplorationGroup) => r.exploration?.[group].count ?? null;
const shareOf = (r: ItemExport, group: ExplorationGroup) =>
  round(r.exploration?.[group].share ?? null);

const ITEM_COLUMNS: { header: string; value: (r: ItemExport) => string | number | null }[] = [
  { header: "question_id", value: (r) => r.questionId },
  { header: "lesson_id", value: (r) => r.lessonId },
  { header: "type", value: (r) => r.type },
  { header: "prompt", value: (r) => r.prompt },
  { header: "learners", value: (r) => r.n },
  { header: "facility", value: (r) => round(r.facility) },
  { header: "facility_band", value: (r) => r.facilityBand },
  { header: "group_size", value: (r) => r.groupSize },
  { header: "upper_facility", value: (r) => round(r.upperFacility) },
  { header: "lower_facility", value: (r) => round(r.lowerFacility) },
  { header: "discrimination_upper_lower", value: (r) => round(r.discrimination) },
  { header: "discrimination_band", value: (r) => r.discriminationBand },
  { header: "item_rest_correlation", value: (r) => round(r.correlation) },
  { header: "mean_tries", value: (r) => round(r.meanTries, 3) },
  { header: "mean_hints", value: (r) => round(r.meanHints, 3) },
  { header: "median_time_ms", value: (r) => Math.round(r.medianTimeMs) },
  // Added later, at the end so that readers of the earlier columns keep working.
  { header: "title", value: (r) => r.title },
  { header: "facility_margin_95", value: (r) => round(r.facilityMargin) },
  { header: "explored_before_first_try", value: (r) => count(r, "explored") },
  { header: "explored_share", value: (r) => shareOf(r, "explored") },
  { header: "explorers_right_first_try", value: (r) => count(r, "rightWhenExplored") },
  { header: "explorers_right_share", value: (r) => shareOf(r, "rightWhenExplored") },
  { header: "non_explorers", value: (r) => r.exploration?.rightOtherwise.of ?? null },
  { header: "non_explorers_right_first_try", value: (r) => count(r, "rightOtherwise") },
  { header: "non_explorers_right_share", value: (r) => shareOf(r, "rightOtherwise") },
];

export async function itemExport(ctx: DashboardDb, classId: string): Promise<ItemExport[]> {
  const [items, explorations] = await Promise.all([
    itemStatistics(ctx, classId),
    itemExploration(ctx, classId),
  ]);
  return items.map((r) => {
    const q = getQuestion(r.questionId);
    const found = explorations.get(r.questionId);
    return {
      ...r,
      title: q?.title ?? "(not in the question bank)",
      prompt: q?.prompt ?? "(not in the question bank)",
      type: q?.type ?? "unknown",
      facilityBand: facilityBand(r.facility),
      discriminationBand: discriminationBand(r.discrimination),
      exploration: found
        ? {
            explored: found.explored,
            rightWhenExplored: found.rightWhenExplored,
            rightOtherwise: found.rightOtherwise,
          }
        : null,
    };
  });
}

export const EXPORTS = ["progress.csv", "progress.json", "items.csv", "items.json"] as const;
export type ExportName = (typeof EXPORTS)[number];

export const ITEM_METHOD =
  "facility = mean mark (best credit in the learner's first finished lesson attempt, in [0, 1]), " +
  "facility_margin_95 = 1.96 standard errors of it; " +
  "discrimination_upper_lower = facility of the top minus the bottom group ranked by lesson total " +
  "(27% of learners from 30 up, thirds below; learners tied at a group boundary share its remaining " +
  `places), empty unless both groups have ${MINIMUMS.group} learners; item_rest_correlation = ` +
  "Pearson r of the item mark with the rest of the lesson total (Moodle's discrimination index), " +
  `empty below ${MINIMUMS.correlation} learners; ` +
  "explored_before_first_try = learners who moved the lesson plot's sliders before their first " +
  "try (explored_share of learners), explorers_right_first_try and non_explorers_right_first_try " +
  "= first tries right in each group (shares of the group; empty for an empty group).";

/** The file's body and content type; CSV and JSON carry the same rows. */
export async function buildExport(ctx: DashboardDb, classId: string, name: ExportName) {
  if (name.startsWith("progress")) {
    const rows = await learnerProgress(ctx, classId);
    return name.endsWith(".csv")
      ? { body: toCsv(PROGRESS_COLUMNS, rows), type: "text/csv; charset=utf-8" }
      : { body: JSON.stringify({ classId, learners: rows }, null, 2), type: "application/json" };
  }
  const rows = await itemExport(ctx, classId);
  return name.endsWith(".csv")
    ? { body: toCsv(ITEM_COLUMNS, rows), type: "text/csv; charset=utf-8" }
    : {
        body: JSON.stringify({ classId, method: ITEM_METHOD, items: rows }, null, 2),
        type: "application/json",
      };
}
