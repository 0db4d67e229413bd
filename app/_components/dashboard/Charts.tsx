"use client";
import { useRef } from "react";
import { BarChart, type BarChartProps } from "@/lib/plot/charts/BarChart";
import { LineChart, type LineChartProps } from "@/lib/plot/charts/LineChart";
import { useBoxWidth } from "../plot/use-box-width";
import styles from "./dashboard.module.css";

/*
 * The dashboard's charts are lib/plot's, laid out at the width of their box so their text is
 * drawn at its own size on a phone as on a desktop. Server-rendered at the request's layout width
 * (a phone's or a desktop's: plot/layout-width.ts).
 */

export function FittedBarChart(props: Omit<BarChartProps, "width" | "palette">) {
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box);
  return (
    <div ref={box} className={styles.chartBox}>
      <BarChart {...props} width={width} />
    </div>
  );
}

export function FittedLineChart(props: Omit<LineChartProps, "width" | "palette" | "shortLabel">) {
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box);
  // Days as "11-30": the year is in the figure's title and the table.
  return (
    <div ref={box} className={styles.chartBox}>
      <LineChart {...props} width={width} shortLabel={(day) => day.slice(5)} />
    </div>
  );
}
