/**
 * The statistics of item-analysis.ts from stored sums instead of one mark per learner: what the
 * dashboards keep per class and question (lib/db/dashboard/item-totals.ts). Each figure is the
 * one analyseItems computes, by the same rule:
 * - facility, its margin and the item-rest correlation from sums of marks, squares and products
 *   with the rest of the lesson total;
 * - the upper-lower discrimination from the learners and their summed marks per lesson total: a
 *   group is filled from the end inwards, and the learners tied with its last place share the
 *   places left, which needs only the counts and sums of each total;
 * - the median from the times inside the one or two time bins holding the middle places
 *   (medianPlaces says which places those are).
 */
import {
  correlationFromSums,
  groupSize,
  MINIMUMS,
  type AnalysisMinimums,
  type ItemStatistics,
} from "./item-analysis";

export interface ItemSums {
  n: number;
  sumMark: number;
  sumMarkSq: number;
  sumRest: number;
  sumRestSq: number;
  sumMarkRest: number;
}

/** Learners whose lesson total is `total`, and the sum of their marks on the item. */
export interface TotalGroup {
  total: number;
  learners: number;
  sumMark: number;
}

const sameTotal = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Facility of the first g places of `ordered` (groups from the group's end inwards). */
function groupFacility(ordered: readonly TotalGroup[], g: number): number {
  let seen = 0;
  let boundary = 0;
  for (const group of ordered) {
    seen += group.learners;
    if (seen >= g) {
      boundary = group.total;
      break;
    }
  }
  let beyond = { n: 0, sum: 0 };
  const tied = { n: 0, sum: 0 };
  let reachedTie = false;
  for (const group of ordered) {
    if (sameTotal(group.total, boundary)) {
      reachedTie = true;
      tied.n += group.learners;
      tied.sum += group.sumMark;
    } else if (!reachedTie) {
      beyond = { n: beyond.n + group.learners, sum: beyond.sum + group.sumMark };
    }
  }
  const seats = g - beyond.n;
  return (beyond.sum + (seats * tied.sum) / tied.n) / g;
}

/** Half-width of the 95% interval from sums; a variance within rounding of 0 is 0. */
function facilityMargin(s: ItemSums): number | null {
  if (s.n < 2) return null;
  const spread = s.n * s.sumMarkSq - s.sumMark * s.sumMark;
  const eps = 1e-9 * Math.max(1, s.n * s.n);
  const variance = spread <= eps ? 0 : spread / (s.n * (s.n - 1));
  return 1.96 * Math.sqrt(variance / s.n);
}

export function statisticsFromSums(
  itemId: string,
  sums: ItemSums,
  groups: readonly TotalGroup[],
  minimums: AnalysisMinimums = MINIMUMS,
): ItemStatistics {
  const { n } = sums;
  const g = groupSize(n);
  const grouped = g > 0 && g >= minimums.group;
  const highFirst = [...groups].sort((a, b) => b.total - a.total);
  const upper = grouped ? groupFacility(highFirst, g) : null;
  const lower = grouped ? groupFacility([...highFirst].reverse(), g) : null;
  return {
    itemId,
    n,
    facility: n > 0 ? sums.sumMark / n : 0,
    facilityMargin: facilityMargin(sums),
    facilityShown: n >= minimums.facility,
    groupSize: g,
    upperFacility: upper,
    lowerFacility: lower,
    discrimination: upper !== null && lower !== null ? upper - lower : null,
    correlation:
      n >= minimums.correlation
        ? correlationFromSums({
            n,
            sx: sums.sumMark,
            sy: sums.sumRest,
            sxy: sums.sumMarkRest,
            sxx: sums.sumMarkSq,
            syy: sums.sumRestSq,
          })
        : null,
  };
}

/** The 0-based places of the median among n sorted values: one when n is odd, two when even. */
export function medianPlaces(n: number): number[] {
  if (n === 0) return [];
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? [mid] : [mid - 1, mid];
}
