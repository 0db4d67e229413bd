import "server-only";
import type { ItemStatistics } from "@/lib/learning/item-analysis";
import { medianPlaces, statisticsFromSums, type TotalGroup } from "@/lib/learning/item-sums";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { classItemRows, TIME_BIN_MS, timesInBins } from "@/lib/db/dashboard/item-totals";

/** One question's statistics over the class (see lib/learning/item-analysis.ts for the maths). */
export interface ItemRow extends Omit<ItemStatistics, "itemId"> {
  questionId: string;
  lessonId: string;
  meanTries: number;
  meanHints: number;
  medianTimeMs: number;
}

function byQuestion<T extends { questionId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.questionId);
    if (list) list.push(r);
    else map.set(r.questionId, [r]);
  }
  return map;
}

type Rows = Awaited<ReturnType<typeof classItemRows>>;

/**
 * Each question's median time: the database finds the bins holding the middle places from the
 * learners per bin, and only the times inside those bins are read (one query for every question).
 */
async function medianTimes(ctx: DashboardDb, classId: string, rows: Rows) {
  const bins = byQuestion(rows.medianBins);
  const wanted = rows.totals.map((t) => {
    const own = bins.get(t.questionId) ?? [];
    // The bins are the ones holding a middle place; the place's offset is counted from `before`.
    const places = medianPlaces(t.n).map((place) => {
      const bin = own.find((b) => place >= b.before && place < b.before + b.learners);
      return { bin: bin?.bin ?? -1, offset: bin ? place - bin.before : 0 };
    });
    return { questionId: t.questionId, places };
  });
  const keys = new Map<string, { questionId: string; bin: number }>();
  for (const { questionId, places } of wanted)
    for (const { bin } of places) keys.set(`${questionId}\u0000${bin}`, { questionId, bin });
  const times = byQuestion(await timesInBins(ctx, classId, [...keys.values()]));
  const inBin = new Map<string, number[]>();
  for (const [questionId, list] of times)
    for (const { ms } of list) {
      const key = `${questionId}\u0000${Math.floor(ms / TIME_BIN_MS)}`;
      inBin.set(key, [...(inBin.get(key) ?? []), ms]);
    }
  for (const list of inBin.values()) list.sort((a, b) => a - b);
  return new Map(
    wanted.map(({ questionId, places }) => {
      const values = places.map(
        ({ bin, offset }) => inBin.get(`${questionId}\u0000${bin}`)?.[offset] ?? 0,
      );
      const median = values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
      return [questionId, median] as const;
    }),
  );
}

/**
 * Per question, from the class's stored sums (lib/db/dashboard/item-totals.ts) over the
 * learners' first finished attempts: the statistics of lib/learning/item-analysis.ts, computed
 * from sums by lib/learning/item-sums.ts, with mean tries and hints and the median time.
 */
export async function itemStatistics(ctx: DashboardDb, classId: string): Promise<ItemRow[]> {
  const rows = await classItemRows(ctx, classId);
  const groups = byQuestion<TotalGroup & { questionId: string }>(rows.groups);
  const medians = await medianTimes(ctx, classId, rows);
  return [...rows.totals]
    .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
    .map((t) => {
      const { itemId: _itemId, ...stats } = statisticsFromSums(
        t.questionId,
        t,
        groups.get(t.questionId) ?? [],
      );
      return {
        ...stats,
        questionId: t.questionId,
        lessonId: t.lessonId,
        meanTries: t.sumTries / Math.max(1, t.n),
        meanHints: t.sumHints / Math.max(1, t.n),
        medianTimeMs: medians.get(t.questionId) ?? 0,
      };
    });
}
