import type { Panel } from "../sim/scenario-types";
import { LEGEND_SWATCH, type LegendItem } from "./layout";
import { DASH } from "./marks-style";
import { seriesColor, type Palette } from "./palette";

/** One swatch (colour and dash, so colour is not the only cue) and name per series. */
export function PlotLegend({
  panel,
  items,
  palette,
}: {
  panel: Panel;
  items: readonly LegendItem[];
  palette: Palette;
}) {
  return (
    <g className="plot-legend" aria-hidden="true">
      {items.map((item) => {
        const series = panel.series[item.seriesIndex];
        return (
          <g key={series?.id ?? item.seriesIndex} data-legend-for={series?.id}>
            <line
              x1={item.x}
              x2={item.x + LEGEND_SWATCH}
              y1={item.y + 6}
              y2={item.y + 6}
              strokeWidth={2.5}
              strokeDasharray={DASH[series?.style ?? "solid"]}
              style={{ stroke: seriesColor(palette, item.seriesIndex) }}
            />
            <text x={item.x + LEGEND_SWATCH + 6} y={item.y + 10} style={{ fill: palette.fg }}>
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
