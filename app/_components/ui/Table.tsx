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

/** The usual table: scroll box, caption, one header row of column names, then the rows. */
export function Table({
  label,
  caption,
  columns,
  children,
}: {
  label: string;
  caption: ReactNode;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <TableWrap label={label}>
      <table className={tableClass}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}
