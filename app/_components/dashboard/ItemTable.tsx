import type { ItemExploration, ItemExport, Share } from "@/lib/services/dashboard";
import { MINIMUMS } from "@/lib/learning/item-analysis";
import { formatNumber, formatPercent, formatSeconds } from "../ui/format";
import { numClass, Table } from "../ui/Table";

export const itemAnchor = (questionId: string) =>
  `responses-${questionId.replace(/[^a-z0-9-]/gi, "-")}`;

/** Facility with its 95% margin, or why it is not shown. */
export function facilityText(r: ItemExport): string {
  if (!r.facilityShown) return `not shown (n = ${r.n}; from ${MINIMUMS.facility})`;
  const margin = r.facilityMargin === null ? "" : ` ± ${Math.round(r.facilityMargin * 100)}`;
  return `${formatPercent(r.facility)}${margin} (n = ${r.n}; ${r.facilityBand})`;
}

function discriminationText(r: ItemExport): string {
  if (r.discrimination === null) {
    return `not shown (groups of ${r.groupSize}, n = ${r.n}; needs groups of ${MINIMUMS.group})`;
  }
  return (
    `${formatNumber(r.discrimination, { fractionDigits: 2 })} (${r.discriminationBand}; ${formatPercent(r.upperFacility)} vs ` +
    `${formatPercent(r.lowerFacility)}, groups of ${r.groupSize}, n = ${r.n}; one learner moves it by ` +
    `up to ${formatNumber(1 / r.groupSize, { fractionDigits: 2 })})`
  );
}

function correlationText(r: ItemExport): string {
  if (r.correlation === null) {
    return r.n < MINIMUMS.correlation
      ? `not shown (n = ${r.n}; from ${MINIMUMS.correlation})`
      : `none (n = ${r.n}; every learner scored alike)`;
  }
  return `${formatNumber(r.correlation, { fractionDigits: 2 })} (n = ${r.n})`;
}

/** "2 of 3 (67%)": the counts first, so a small group reads as small. */
export function shareText(s: Share | undefined): string {
  if (!s) return "–";
  return s.share === null
    ? `${s.count} of ${s.of}`
    : `${s.count} of ${s.of} (${formatPercent(s.share)})`;
}

/**
 * Moodle's quiz statistics columns, one row per question, each figure with its n; then who
 * moved the plot's sliders before their first try, and how often each group was right.
 */
export function ItemTable({
  items,
  exploration,
}: {
  items: readonly ItemExport[];
  exploration: ReadonlyMap<string, ItemExploration>;
}) {
  return (
    <Table
      label="Item statistics"
      caption="Item statistics (first finished attempts)"
      testId="item-table"
      columns={[
        "Question",
        { label: "Learners", numeric: true },
        { label: "Facility (95% margin, points)", numeric: true },
        { label: "Discrimination (upper − lower)", numeric: true },
        { label: "Item–rest r", numeric: true },
        { label: "Mean tries", numeric: true },
        { label: "Mean hints", numeric: true },
        { label: "Median time", numeric: true },
        { label: "Explored the plot before the first try", numeric: true },
        { label: "First try right: explored vs not", numeric: true },
      ]}
    >
      {items.map((r) => (
        <tr key={r.questionId}>
          <th scope="row">
            <a href={`#${itemAnchor(r.questionId)}`}>{r.title}</a>
            <div className="muted">{r.type}</div>
          </th>
          <td className={numClass}>{r.n}</td>
          <td className={numClass}>{facilityText(r)}</td>
          <td className={numClass}>{discriminationText(r)}</td>
          <td className={numClass}>{correlationText(r)}</td>
          <td className={numClass}>
            {formatNumber(r.meanTries, { fractionDigits: 1 })}{" "}
            <span className="muted">(n = {r.n})</span>
          </td>
          <td className={numClass}>
            {formatNumber(r.meanHints, { fractionDigits: 1 })}{" "}
            <span className="muted">(n = {r.n})</span>
          </td>
          <td className={numClass}>
            {formatSeconds(r.medianTimeMs)} <span className="muted">(n = {r.n})</span>
          </td>
          <td className={numClass}>{shareText(exploration.get(r.questionId)?.explored)}</td>
          <td className={numClass}>
            {shareText(exploration.get(r.questionId)?.rightWhenExplored)} vs{" "}
            {shareText(exploration.get(r.questionId)?.rightOtherwise)}
          </td>
        </tr>
      ))}
    </Table>
  );
}
