/**
 * Classical item analysis as Moodle's quiz statistics report does it, over plain numbers so the
 * database version (lib/db/dashboard/items.ts) can be checked against it.
 *
 * - Facility index: mean mark / maximum mark (marks here are in [0, 1]) over the learners who
 *   answered the item in their first attempt.
 * - Discrimination index D (upper-lower, Kelley 1939): rank those learners by their total on the
 *   item's lesson (the quiz), highest first, ties broken by learner id; take the top and bottom
 *   g learners, g = round(27% of n) when n >= 30, else floor(n / 3); D = facility(top) -
 *   facility(bottom), in [-1, 1]. Null when g = 0 (fewer than 3 learners).
 * - Item-rest correlation r (what Moodle labels "discrimination index"): Pearson correlation of
 *   the item mark with the rest of the learner's lesson total (total minus this item), so the
 *   item does not correlate with itself. Null when either side has no variance.
 */

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

export function analyseItems(marks: readonly LearnerMark[]): ItemStatistics[] {
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

  const items = [...new Set(marks.map((m) => m.itemId))].sort();
  return items.map((itemId) => {
    const rows = marks
      .filter((m) => m.itemId === itemId)
      .map((m) => ({ ...m, total: totals.get(key(m)) ?? 0 }))
      .sort(
        (a, b) =>
          b.total - a.total || (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0),
      );
    const n = rows.length;
    const g = groupSize(n);
    const upper = g > 0 ? mean(rows.slice(0, g).map((r) => r.mark)) : null;
    const lower = g > 0 ? mean(rows.slice(n - g).map((r) => r.mark)) : null;
    const sums = { n, sx: 0, sy: 0, sxy: 0, sxx: 0, syy: 0 };
    for (const r of rows) {
      const rest = r.total - r.mark;
      sums.sx += r.mark;
      sums.sy += rest;
      sums.sxy += r.mark * rest;
      sums.sxx += r.mark * r.mark;
      sums.syy += rest * rest;
    }
    return {
      itemId,
      n,
      facility: mean(rows.map((r) => r.mark)) ?? 0,
      groupSize: g,
      upperFacility: upper,
      lowerFacility: lower,
      discrimination: upper !== null && lower !== null ? upper - lower : null,
      correlation: correlationFromSums(sums),
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
  if (d === null) return "too few learners";
  if (d >= 0.4) return "very good";
  if (d >= 0.3) return "good";
  if (d >= 0.2) return "marginal";
  if (d >= 0) return "poor";
  return "negative: check the key";
}
