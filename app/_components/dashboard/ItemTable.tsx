import type { ItemExport } from "@/lib/db/dashboard";
import { fixed, pct, seconds } from "./format";
import { numClass, tableClass, TableWrap } from "./TableWrap";

/** Moodle's quiz statistics columns, one row per question. */
export function ItemTable({ items }: { items: readonly ItemExport[] }) {
  return (
    <TableWrap label="Item statistics">
      <table className={tableClass} data-testid="item-table">
        <caption>Item statistics (first attempts)</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col" className={numClass}>
              Learners
            </th>
            <th scope="col" className={numClass}>
              Facility
            </th>
            <th scope="col" className={numClass}>
              Discrimination (upper − lower)
            </th>
            <th scope="col" className={numClass}>
              Item–rest r
            </th>
            <th scope="col" className={numClass}>
              Mean tries
            </th>
            <th scope="col" className={numClass}>
              Mean hints
            </th>
            <th scope="col" className={numClass}>
              Median time
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.questionId}>
              <th scope="row">
                <a href={`#responses-${r.questionId.replace(/[^a-z0-9-]/gi, "-")}`}>
                  {r.questionId}
                </a>
                <div className="muted">{r.type}</div>
              </th>
              <td className={numClass}>{r.n}</td>
              <td className={numClass}>
                {pct(r.facility)} <span className="muted">({r.facilityBand})</span>
              </td>
              <td className={numClass}>
                {fixed(r.discrimination)}{" "}
                <span className="muted">
                  ({r.discriminationBand}
                  {r.groupSize > 0
                    ? `; ${pct(r.upperFacility)} vs ${pct(r.lowerFacility)}, groups of ${r.groupSize}`
                    : ""}
                  )
                </span>
              </td>
              <td className={numClass}>{fixed(r.correlation)}</td>
              <td className={numClass}>{fixed(r.meanTries, 1)}</td>
              <td className={numClass}>{fixed(r.meanHints, 1)}</td>
              <td className={numClass}>{seconds(r.medianTimeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
