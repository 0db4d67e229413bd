/**
 * Classical item analysis as Moodle's quiz statistics report does it, over plain numbers so the
 * database version (lib/db/dashboard/items.ts) can be checked against it.
 *
 * - Facility index: mean mark / maximum mark (marks here are in [0, 1]) over the learners whose
 *   first finished attempt at the item's lesson contains the item. Reported with its 95% margin
 *   (1.96 standard errors of the mean mark) and only from MIN_LEARNERS_FACILITY learners.
 * - Discrimination index D (upper-lower, Kelley 1939): rank those learners by their total on the
 *   item's lesson (the quiz), highest first; take the top and bottom g learners, g = round(27%
 *   of n) when n >= 30, else floor(n / 3); D = facility(top) - facility(bottom), in [-1, 1].
 *   Ties at a group boundary: the learners whose total equals the boundary learner's share the
 *   group's remaining places equally, so each place is filled with the tied block's mean mark
 *   (no learner is picked by id or by chance). Null unless both groups have MIN_GROUP learners.
 * - Item-rest correlation r (what Moodle labels "discrimination index"): Pearson correlation of
 *   the item mark with the rest of the learner's lesson total (total minus this item), so the
 *   item does not correlate with itself. Null below MIN_LEARNERS_CORRELATION learners or when
 *   either side has no variance.
 */

/** Below these sizes a figure moves by 10 to 20 points when one learner answers differently. */
export const MIN_LEARNERS_FACILITY = 5;
export const MIN_LEARNERS_CORRELATION = 10;
/** Each of the upper and lower groups; with thirds that is 15 learners. */
export const MIN_GROUP = 5;

export interface AnalysisMinimums {
  facility: number;
  group: number;
  correlation: number;
}
export const MINIMUMS: AnalysisMinimums = {
  facility: MIN_LEARNERS_FACILITY,
  group: MIN_GROUP,
  correlation: MIN_LEARNERS_CORRELATION,
};

export interface LearnerMark {
  learnerId: string;
  itemId: string;
  /** The lesson (quiz) the item belongs to: totals are per lesson. */
  groupId: string;
  /** In [0, 1]. */
  mark: number;
}

export interface ItemStatistics {
  itemId: string;
  n: number;
  facility: number;
  /** Half-width of the facility's 95% interval; null below two learners. */
  facilityMargin: number | null;
  /** Whether n reaches MIN_LEARNERS_FACILITY (pages show the facility only then). */
  facilityShown: boolean;
  groupSize: number;
  upperFacility: number | null;
  lowerFacility: number | null;
  discrimination: number | null;
  correlation: number | null;
}

/** Size of the upper and lower groups: 27% for 30 or more, thirds when small. */
export function groupSize(n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(
      `Argument 'n' passed to 'groupSize' must be a whole number >= 0, got ${n}`,
    );
  }
  return n >= 30 ? Math.floor((27 * n + 50) / 100) : Math.floor(n / 3);
}

/** Pearson r from running sums (the same formula the SQL version uses). */
export function correlationFromSums(s: {
  n: number;
  sx: number;
  sy: number;
  sxy: number;
  sxx: number;
  syy: number;
}): number | null {
  const cov = s.n * s.sxy - s.sx * s.sy;
  const varX = s.n * s.sxx - s.sx * s.sx;
  const varY = s.n * s.syy - s.sy * s.sy;
  // Relative tolerance: sums of marks like 0.75 leave float noise where the true variance is 0.
  const eps = 1e-9 * Math.max(1, s.n * s.n);
  if (varX <= eps || varY <= eps) return null;
  return cov / Math.sqrt(varX * varY);
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

interface Ranked {
  mark: number;
  total: number;
}

const sameTotal = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Mean mark of the first g of `ordered` (ranked from the group's end inwards), the learners
 * tied with the g-th one sharing the places left after those strictly beyond the tie.
 */
function groupFacility(ordered: readonly Ranked[], g: number): number {
  const boundary = ordered[g - 1]?.total ?? 0;
  const tied = ordered.filter((r) => sameTotal(r.total, boundary));
  const beyond = ordered.slice(0, g).filter((r) => !sameTotal(r.total, boundary));
  const seats = g - beyond.length;
  const tiedMean = tied.reduce((a, r) => a + r.mark, 0) / tied.length;
  return (beyond.reduce((a, r) => a + r.mark, 0) + seats * tiedMean) / g;
}

function facilityMargin(marks: readonly number[]): number | null {
  const n = marks.length;
  if (n < 2) return null;
  const m = marks.reduce((a, b) => a + b, 0) / n;
  const variance = marks.reduce((a, x) => a + (x - m) ** 2, 0) / (n - 1);
  return 1.96 * Math.sqrt(variance / n);
}

/** Each item's marks in their given order: one pass, not one scan of every mark per item. */
export function marksByItem<T extends { itemId: string }>(marks: readonly T[]): Map<string, T[]> {
  const byItem = new Map<string, T[]>();
  for (const m of marks) {
    const list = byItem.get(m.itemId);
    if (list) list.push(m);
    else byItem.set(m.itemId, [m]);
  }
  return byItem;
}

export function analyseItems(
  marks: readonly LearnerMark[],
  minimums: AnalysisMinimums = MINIMUMS,
): ItemStatistics[] {
  for (const m of marks) {
    if (!(m.mark >= 0 && m.mark <= 1)) {
      throw new RangeError(
        `Argument 'mark' of ${m.learnerId}/${m.itemId} must be in [0, 1], got ${m.mark}`,
      );
    }
  }
  const totals = new Map<string, number>();
  const key = (m: LearnerMark) => `${m.groupId}\u0000${m.learnerId}`;
  for (const m of marks) totals.set(key(m), (totals.get(key(m)) ?? 0) + m.mark);

  const items = marksByItem(marks);
  return [...items.keys()].sort().map((itemId) => {
    const rows = (items.get(itemId) ?? [])
      .map((m) => ({ ...m, total: totals.get(key(m)) ?? 0 }))
      .sort((a, b) => b.total - a.total);
    const n = rows.length;
    const g = groupSize(n);
    const grouped = g > 0 && g >= minimums.group;
    const upper = grouped ? groupFacility(rows, g) : null;
    const lower = grouped ? groupFacility([...rows].reverse(), g) : null;
    const sums = { n, sx: 0, sy: 0, sxy: 0, sxx: 0, syy: 0 };
    for (const r of rows) {
      const rest = r.total - r.mark;
      sums.sx += r.mark;
      sums.sy += rest;
      sums.sxy += r.mark * rest;
      sums.sxx += r.mark * r.mark;
      sums.syy += rest * rest;
    }
    const itemMarks = rows.map((r) => r.mark);
    return {
      itemId,
      n,
      facility: mean(itemMarks) ?? 0,
      facilityMargin: facilityMargin(itemMarks),
      facilityShown: n >= minimums.facility,
      groupSize: g,
      upperFacility: upper,
      lowerFacility: lower,
      discrimination: upper !== null && lower !== null ? upper - lower : null,
      correlation: n >= minimums.correlation ? correlationFromSums(sums) : null,
    };
  });
}

/** Moodle's reading of the facility index, for the table's legend. */
export function facilityBand(facility: number): string {
  if (facility < 0.05) return "extremely difficult";
  if (facility < 0.2) return "very difficult";
  if (facility < 0.35) return "difficult";
  if (facility < 0.65) return "about right";
  if (facility < 0.8) return "easy";
  if (facility < 0.95) return "very easy";
  return "extremely easy";
}

/** Ebel's rule of thumb for D: >= 0.4 very good, 0.3 good, 0.2 marginal, below that poor. */
export function discriminationBand(d: number | null): string {
  if (d === null) return `too few learners (needs groups of ${MIN_GROUP})`;
  if (d >= 0.4) return "very good";
  if (d >= 0.3) return "good";
  if (d >= 0.2) return "marginal";
  if (d >= 0) return "poor";
  return "negative: check the key";
}
