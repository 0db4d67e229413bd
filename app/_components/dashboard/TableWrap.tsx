import type { ReactNode } from "react";
import styles from "./dashboard.module.css";

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
