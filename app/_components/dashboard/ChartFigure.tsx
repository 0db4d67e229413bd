import type { ReactNode } from "react";
import styles from "./dashboard.module.css";
import { DataTableDetails } from "./DataTableDetails";
import { NumbersDetails } from "./NumbersDetails";
import type { TableData } from "./table-data";

interface ChartFigureProps {
  title: string;
  /** The chart itself (an <svg role="img"> with its own <title>/<desc>). */
  chart: ReactNode;
  /**
   * The same numbers as a table, for screen readers, copying and checking: as data (the
   * lighter page, table-data.ts) or as elements.
   */
  table: ReactNode | TableData;
}

/** A chart with its numbers one click away: every chart on the dashboard has both. */
export function ChartFigure({ title, chart, table }: ChartFigureProps) {
  const summary = `Show the numbers: ${title.toLowerCase()}`;
  const label = `${title}: numbers`;
  return (
    <figure className={styles.figure}>
      <figcaption>{title}</figcaption>
      {chart}
      {isTableData(table) ? (
        <DataTableDetails summary={summary} label={label} data={table} />
      ) : (
        <NumbersDetails summary={summary} label={label}>
          {table}
        </NumbersDetails>
      )}
    </figure>
  );
}

function isTableData(table: ReactNode | TableData): table is TableData {
  return typeof table === "object" && table !== null && "rows" in table && "columns" in table;
}
