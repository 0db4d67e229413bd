import type { Panel, ScenarioResult } from "../../sim/scenario-types";
import { type Palette } from "../palette";
import { PlotSvg } from "../PlotSvg";

export interface LineSeries {
  name: string;
  values: readonly number[];
}

export interface LineChartProps {
  id: string;
  title: string;
  /** One label per x position (e.g. days, "2026-11-30"). */
  xLabels: readonly string[];
  xAxisLabel: string;
  /** One sentence for screen readers: totals, the busiest day. */
  summary?: string;
  yAxisLabel: string;
  series: readonly LineSeries[];
  width?: number;
  height?: number;
  palette?: Palette;
  /** Shortens an x label for the ticks (the table keeps the full one). */
  shortLabel?: (label: string) => string;
}

const STYLES = ["solid", "dashed", "dotted"] as const;

/** Counts over categories (days) as a panel, drawn with the lesson plots' axes and legend. */
export function toPanel({ id, title, xAxisLabel, yAxisLabel, series }: LineChartProps): Panel {
  return {
    id,
    title,
    xLabel: xAxisLabel,
    xUnit: "",
    yLabel: yAxisLabel,
    yUnit: "",
    yScale: "linear",
    series: series.map((s, i) => ({
      id: `${id}-${i}`,
      label: s.name,
      style: STYLES[i % STYLES.length],
      points: s.values.map((y, x) => ({ x, y })),
    })),
  };
}

/** Trends over days: a PlotSvg of one panel whose x ticks print the day labels. */
export function LineChart(props: LineChartProps) {
  const panel = toPanel(props);
  const result: ScenarioResult = { scenarioId: props.id, caption: "", panels: [panel] };
  const short = props.shortLabel ?? ((l: string) => l);
  return (
    <PlotSvg
      result={result}
      showCaption={false}
      width={props.width}
      height={props.height ?? 280}
      palette={props.palette}
      idPrefix={props.id}
      summary={props.summary}
      // Counts: the axis starts at 0 whatever the data.
      includeY={[0]}
      formatX={(x) => (Number.isInteger(x) ? short(props.xLabels[x] ?? "") : "")}
    />
  );
}
