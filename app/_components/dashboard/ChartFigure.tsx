import type { ReactNode } from "react";
import styles from "./dashboard.module.css";
import { NumbersDetails } from "./NumbersDetails";

interface ChartFigureProps {
  title: string;
  /** The chart itself (an <svg role="img"> with its own <title>/<desc>). */
  chart: ReactNode;
  /** The same numbers as a table, for screen readers, copying and checking. */
  table: ReactNode;
  /** Keep the table in the page while it is closed: it carries links the page needs. */
  keepTable?: boolean;
}

/** A chart with its numbers one click away: every chart on the dashboard has both. */
export function ChartFigure({ title, chart, table, keepTable = false }: ChartFigureProps) {
  return (
    <figure className={styles.figure}>
      <figcaption>{title}</figcaption>
      {chart}
      <NumbersDetails
        summary={`Show the numbers: ${title.toLowerCase()}`}
        label={`${title}: numbers`}
        keep={keepTable}
      >
        {table}
      </NumbersDetails>
    </figure>
  );
}
