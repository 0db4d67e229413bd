import type { Panel } from "../sim/scenario-types";
import { formatNumber } from "./format";
import { FONT_SIZE, isPlottable, type PanelLayout } from "./layout";
import { haloText } from "./marks-style";
import { seriesColor, type Palette } from "./palette";
import { fitLabel, measureText } from "./text-fit";

interface PlotMarksProps {
  panel: Panel;
  layout: PanelLayout;
  palette: Palette;
  cursorX: number | null;
  noDataText: string | null;
}

const MARK = 5;

/**
 * Everything drawn on top of the lines: dots for points a line cannot show (isolated between
 * nulls), overflow markers, the readout cursor, and a note when nothing is drawable.
 */
export function PlotMarks({ panel, layout, palette, cursorX, noDataText }: PlotMarksProps) {
  const { xScale, yScale, innerWidth, innerHeight } = layout;
  const log = panel.yScale === "log";
  const overflowing = panel.series
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.overflowAt !== undefined);

  return (
    <>
      {panel.series.map((s, i) =>
        s.points.map((p, k) => {
          // A point with no drawable neighbour would vanish from a line path: show it as a dot.
          const prev = s.points[k - 1];
          const next = s.points[k + 1];
          const isolated =
            isPlottable(p, log) &&
            !(prev && isPlottable(prev, log)) &&
            !(next && isPlottable(next, log));
          if (!isolated || p.y === null) return null;
          return (
            <circle
              key={`${s.id}-dot-${k}`}
              cx={xScale(p.x)}
              cy={yScale(p.y)}
              r={2.5}
              style={{ fill: seriesColor(palette, i) }}
              aria-hidden="true"
            />
          );
        }),
      )}

      {overflowing.map(({ s, i }, k) => {
        const px = xScale(s.overflowAt ?? 0);
        const py = 10 + k * 16;
        const color = seriesColor(palette, i);
        const full = `${s.label}: overflow at ${panel.xLabel} ${formatNumber(s.overflowAt ?? 0)}`;
        // Flip the label to the left of the marker when it would run off the right edge, and
        // shorten it if it fits on neither side.
        const roomRight = innerWidth + layout.margin.right - px - 9;
        const roomLeft = px - 9 + layout.margin.left;
        const nearRight = measureText(full, FONT_SIZE) > roomRight && roomLeft > roomRight;
        const label = fitLabel(full, nearRight ? roomLeft : roomRight, FONT_SIZE);
        return (
          <g key={`overflow-${s.id}`} className="plot-overflow" data-overflow-for={s.id}>
            <line
              x1={px}
              x2={px}
              y1={0}
              y2={innerHeight}
              strokeWidth={1}
              strokeDasharray="2 3"
              style={{ stroke: color }}
            />
            <line
              x1={px - MARK}
              x2={px + MARK}
              y1={py - MARK}
              y2={py + MARK}
              strokeWidth={2.5}
              style={{ stroke: color }}
            />
            <line
              x1={px - MARK}
              x2={px + MARK}
              y1={py + MARK}
              y2={py - MARK}
              strokeWidth={2.5}
              style={{ stroke: color }}
            />
            <text
              x={nearRight ? px - 9 : px + 9}
              y={py + 4}
              textAnchor={nearRight ? "end" : "start"}
              style={haloText(palette.fg, palette.bg)}
            >
              {label}
            </text>
          </g>
        );
      })}

      {cursorX !== null && Number.isFinite(cursorX) && (
        <g className="plot-cursor" aria-hidden="true">
          <line
            x1={xScale(cursorX)}
            x2={xScale(cursorX)}
            y1={0}
            y2={innerHeight}
            strokeWidth={1}
            style={{ stroke: palette.muted }}
          />
          {panel.series.map((s, i) => {
            const p = s.points.find((q) => q.x === cursorX);
            if (!p || !isPlottable(p, log)) return null;
            return (
              <circle
                key={`cursor-${s.id}`}
                cx={xScale(p.x)}
                cy={yScale(p.y)}
                r={4}
                strokeWidth={2}
                style={{ fill: palette.bg, stroke: seriesColor(palette, i) }}
              />
            );
          })}
        </g>
      )}

      {noDataText && (
        <text
          x={innerWidth / 2}
          y={innerHeight / 2}
          textAnchor="middle"
          style={{ fill: palette.muted }}
        >
          {noDataText}
        </text>
      )}
    </>
  );
}
