import { LinePath } from "@visx/shape";
import type { Panel, SeriesPoint } from "../sim/scenario-types";
import { referenceLabel } from "./format";
import { isPlottable, type PanelLayout } from "./layout";
import { DASH, haloText } from "./marks-style";
import { seriesColor, type Palette } from "./palette";
import { fitLabel } from "./text-fit";
import { FONT_SIZE } from "./layout";

interface Props {
  panel: Panel;
  layout: PanelLayout;
  palette: Palette;
}

/** Horizontal grid lines at the y ticks, under everything else. */
export function PlotGrid({ layout, palette }: Omit<Props, "panel">) {
  return (
    <>
      {layout.yTicks.map((t) => (
        <line
          key={`grid-${t}`}
          x1={0}
          x2={layout.innerWidth}
          y1={layout.yScale(t)}
          y2={layout.yScale(t)}
          strokeWidth={1}
          style={{ stroke: palette.border }}
          aria-hidden="true"
        />
      ))}
    </>
  );
}

/** Dashed reference lines, labelled at the right end as a person would write them. */
export function ReferenceLines({ panel, layout, palette }: Props) {
  const log = panel.yScale === "log";
  const { innerWidth, yScale } = layout;
  return (
    <>
      {(panel.referenceLines ?? [])
        .filter((r) => Number.isFinite(r.y) && (!log || r.y > 0))
        .map((r) => (
          <g key={`ref-${r.label}-${r.y}`} className="plot-reference">
            <line
              x1={0}
              x2={innerWidth}
              y1={yScale(r.y)}
              y2={yScale(r.y)}
              strokeWidth={1.5}
              strokeDasharray="6 4"
              style={{ stroke: palette.muted }}
            />
            <text
              x={innerWidth - 4}
              y={yScale(r.y) - 4}
              textAnchor="end"
              style={haloText(palette.muted, palette.bg)}
            >
              {fitLabel(referenceLabel(r.label, r.y), innerWidth - 8, FONT_SIZE)}
            </text>
          </g>
        ))}
    </>
  );
}

/** One path per series, broken at nulls (and at y ≤ 0 on a log axis). */
export function SeriesLines({ panel, layout, palette }: Props) {
  const log = panel.yScale === "log";
  const { xScale, yScale } = layout;
  return (
    <>
      {panel.series.map((s, i) => (
        <LinePath<SeriesPoint>
          key={s.id}
          data={s.points}
          x={(p) => xScale(p.x)}
          // LinePath only asks for points that pass `defined`, so y is a number here.
          y={(p) => yScale(p.y ?? 0)}
          defined={(p) => isPlottable(p, log)}
          fill="none"
          strokeWidth={2}
          strokeLinejoin="round"
          strokeDasharray={DASH[s.style ?? "solid"]}
          style={{ stroke: seriesColor(palette, i) }}
          data-series-id={s.id}
        />
      ))}
    </>
  );
}
