import type { ReactNode } from "react";
import styles from "./ui.module.css";

/**
 * Wide tables scroll inside this box on a phone instead of widening the page. It is focusable
 * and labelled so keyboard users can scroll it (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export const tableClass = styles.table;
export const numClass = styles.num;

/** A column header: its name, and whether it holds numbers (right-aligned like its cells). */
export type Column = string | { label: string; numeric?: boolean };

const columnLabel = (c: Column) => (typeof c === "string" ? c : c.label);

export interface TableProps {
  caption: ReactNode;
  /** e.g. "visually-hidden" when a heading already names the table on screen. */
  captionClassName?: string;
  columns: readonly Column[];
  /** For end-to-end tests that find the table. */
  testId?: string;
  children: ReactNode;
}

/** The table alone (caption, one header row of column names, then the rows), for a box of its own. */
export function TableElement({ caption, captionClassName, columns, testId, children }: TableProps) {
  return (
    <table className={tableClass} data-testid={testId}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th
              key={`${i}:${columnLabel(c)}`}
              scope="col"
              className={typeof c !== "string" && c.numeric ? numClass : undefined}
            >
              {columnLabel(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** The usual table: scroll box around a TableElement. */
export function Table({ label, ...table }: TableProps & { label: string }) {
  return (
    <TableWrap label={label}>
      <TableElement {...table} />
    </TableWrap>
  );
}
