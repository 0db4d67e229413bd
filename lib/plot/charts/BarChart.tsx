import { FONT_FAMILY } from "../marks-style";
import { CSS_VAR_PALETTE, type Palette } from "../palette";
import { BAR_FONT_SIZE, barLayout, type BarAxis, type BarDatum, type BarTone } from "./bar-layout";

export interface BarChartProps {
  id: string;
  title: string;
  description: string;
  data: readonly BarDatum[];
  max: number;
  axis?: BarAxis;
  /** Layout width in px: the drawn width, so text keeps its size. */
  width?: number;
  palette?: Palette;
}

function toneColor(palette: Palette, tone: BarTone): string {
  const colors: Record<BarTone, string> = {
    accent: palette.series[0] ?? palette.accent,
    success: palette.success,
    danger: palette.danger,
    muted: palette.muted,
  };
  return colors[tone];
}

/** Horizontal bars with their labels and values: distributions and per-lesson figures. */
export function BarChart({
  id,
  title,
  description,
  data,
  max,
  axis = "count",
  width = 640,
  palette = CSS_VAR_PALETTE,
}: BarChartProps) {
  const layout = barLayout(data, { width, max, axis });
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-chart="bar"
      style={{ fontFamily: FONT_FAMILY, fontSize: BAR_FONT_SIZE, color: palette.fg }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {layout.rows.map((row, i) => (
        <g key={`${row.fullLabel}-${i}`} data-bar={i}>
          <title>{`${row.fullLabel}: ${row.valueText}`}</title>
          <text
            x={row.labelX}
            y={row.labelY}
            textAnchor={row.labelAnchor}
            style={{ fill: palette.fg }}
          >
            {row.label}
          </text>
          <rect
            x={row.barX}
            y={row.barY}
            width={Math.max(0, row.barWidth)}
            height={layout.barHeight}
            rx={2}
            style={{ fill: toneColor(palette, row.tone) }}
          />
          <text
            x={row.valueX}
            y={row.barY + layout.barHeight / 2 + BAR_FONT_SIZE * 0.35}
            style={{ fill: palette.fg }}
          >
            {row.valueText}
          </text>
        </g>
      ))}
      <g aria-hidden="true" className="chart-axis">
        <line
          x1={layout.plotLeft}
          x2={layout.plotRight}
          y1={layout.axisY}
          y2={layout.axisY}
          style={{ stroke: palette.muted }}
        />
        {layout.ticks.map((t) => (
          <g key={t.label}>
            <line
              x1={t.x}
              x2={t.x}
              y1={layout.axisY}
              y2={layout.axisY + 5}
              style={{ stroke: palette.muted }}
            />
            <text x={t.x} y={layout.axisY + 18} textAnchor={t.anchor} style={{ fill: palette.fg }}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
