/**
 * Public API of the static plot renderer. renderPlotSvgString lives in "./standalone" (it
 * imports react-dom/server, which React Server Components must not load).
 */
export { PlotSvg, type PlotSvgProps } from "./PlotSvg";
export { CellDiagram } from "./CellDiagram";
export { CELL_DIAGRAMS, type CellDiagramData, type CellKind } from "./cell-diagrams";
export { toCsv } from "./csv";
export { describeParamRange, rejectedParamFields } from "./param-errors";
export { captionText, describePanel, describeValue, readoutAt } from "./describe";
export {
  formatNumber,
  formatParamValue,
  formatParams,
  formatPow10,
  referenceLabel,
  withUnit,
} from "./format";
export { formatLogTick } from "./log-ticks";
export { fitLabel, measureText, MIN_FONT_SIZE, wrapToWidth } from "./text-fit";
export {
  computePanelLayout,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  isPlottable,
  logTicks,
  nearestIndex,
  type PanelLayout,
} from "./layout";
export { CSS_VAR_PALETTE, DARK_PALETTE, LIGHT_PALETTE, seriesColor, type Palette } from "./palette";
export { BarChart, type BarChartProps } from "./charts/BarChart";
export {
  barLayout,
  type BarAxis,
  type BarDatum,
  type BarLayout,
  type BarTone,
} from "./charts/bar-layout";
export { Heatmap, levelSwatchStyle, type HeatmapProps } from "./charts/Heatmap";
export { heatmapLayout, type HeatmapLayout } from "./charts/heatmap-layout";
export { LineChart, type LineChartProps, type LineSeries } from "./charts/LineChart";
