import { FONT_FAMILY } from "../marks-style";
import { CSS_VAR_PALETTE, type Palette } from "../palette";
import { HEATMAP_FONT_SIZE, heatmapLayout } from "./heatmap-layout";

export interface HeatmapProps {
  id: string;
  title: string;
  description: string;
  rows: readonly string[];
  columns: readonly string[];
  /** Per row, per column: an index into `levelLabels` (0 = none yet). */
  values: readonly (readonly number[])[];
  /** Names of the ordinal levels, lowest first. */
  levelLabels: readonly string[];
  /** Machine ids of the levels, for each cell's data-level (tests and styling). */
  levelIds?: readonly string[];
  width?: number;
  palette?: Palette;
}

/**
 * Rows by columns, each cell coloured on the palette's ordinal ramp. The lowest level is the
 * background with a dashed outline, so "none yet" never looks like the first real level; each
 * cell's <title> says row, column and level in words.
 */
export function Heatmap({
  id,
  title,
  description,
  rows,
  columns,
  values,
  levelLabels,
  levelIds,
  width = 640,
  palette = CSS_VAR_PALETTE,
}: HeatmapProps) {
  const layout = heatmapLayout(rows, columns, { width });
  const { cell, left, top } = layout;
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-chart="heatmap"
      style={{
        fontFamily: FONT_FAMILY,
        fontSize: HEATMAP_FONT_SIZE,
        color: palette.fg,
        maxWidth: "none",
      }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {layout.columnLabels.map((label, j) => (
        <text
          key={`c-${j}`}
          transform={`translate(${left + j * cell + cell / 2}, ${top - 6}) rotate(-45)`}
          style={{ fill: palette.fg }}
        >
          {label}
        </text>
      ))}
      {layout.rowLabels.map((label, i) => (
        <g key={`r-${i}`} transform={`translate(0, ${top + i * cell})`}>
          <text
            x={left - 8}
            y={cell / 2 + HEATMAP_FONT_SIZE * 0.35}
            textAnchor="end"
            style={{ fill: palette.fg }}
          >
            {label}
          </text>
          {columns.map((column, j) => {
            const level = values[i]?.[j] ?? 0;
            const none = level === 0;
            return (
              <rect
                key={`${i}-${j}`}
                x={left + j * cell + 1}
                y={1}
                width={cell - 2}
                height={cell - 2}
                rx={2}
                strokeWidth={1}
                strokeDasharray={none ? "3 2" : undefined}
                style={{
                  fill: palette.levels[level] ?? palette.bg,
                  stroke: none ? palette.muted : palette.border,
                }}
                data-level={levelIds?.[level] ?? level}
              >
                <title>{`${rows[i] ?? ""}, ${column}: ${levelLabels[level] ?? ""}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** Swatches for the legend beside a heatmap, matching its cells. */
export function levelSwatchStyle(palette: Palette, level: number) {
  return {
    background: palette.levels[level] ?? palette.bg,
    borderStyle: level === 0 ? "dashed" : "solid",
    borderColor: level === 0 ? palette.muted : palette.border,
  } as const;
}
