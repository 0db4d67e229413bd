"use client";
import Link from "next/link";
import { useState } from "react";
import { numClass, TableElement, TableWrap } from "../ui/Table";
import type { TableCell, TableData } from "./table-data";

function CellContent({ cell }: { cell: TableCell }) {
  if (typeof cell === "string" || typeof cell === "number") return cell;
  if ("href" in cell) {
    return (
      <Link prefetch={false} href={cell.href}>
        {cell.text}
      </Link>
    );
  }
  // Course text rendered on the server (table-data.ts): a span, as Markdown's inline form.
  return <span className="prose-inline" dangerouslySetInnerHTML={{ __html: cell.html }} />;
}

function Rows({ data }: { data: TableData }) {
  const numeric = data.columns.map((c) => typeof c !== "string" && c.numeric === true);
  return data.rows.map(([header, ...cells], i) => (
    <tr key={i}>
      <th scope="row">{header !== undefined && <CellContent cell={header} />}</th>
      {cells.map((cell, j) => (
        <td key={j} className={numeric[j + 1] ? numClass : undefined}>
          <CellContent cell={cell} />
        </td>
      ))}
    </tr>
  ));
}

/**
 * A chart's numbers behind a disclosure, from data (table-data.ts), written into the page the
 * first time it is opened: closed, nobody reads them, and the class page's tables were more
 * than half of its elements, all walked while the page hydrated.
 */
export function DataTableDetails({
  summary,
  label,
  data,
}: {
  summary: string;
  label: string;
  data: TableData;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && (
        <TableWrap label={label}>
          <TableElement caption={data.caption} columns={data.columns}>
            <Rows data={data} />
          </TableElement>
        </TableWrap>
      )}
    </details>
  );
}
