import { CAPTION_LINE_HEIGHT } from "./layout";
import type { Palette } from "./palette";

/** Caption lines (already wrapped) under the plot, inside the SVG so exports keep them. */
export function PlotCaption({
  lines,
  top,
  palette,
}: {
  lines: readonly string[];
  top: number;
  palette: Palette;
}) {
  if (lines.length === 0) return null;
  return (
    <text className="plot-caption" x={16} y={top + 8} style={{ fill: palette.fg }}>
      {lines.map((line, i) => (
        <tspan key={i} x={16} dy={i === 0 ? 0 : CAPTION_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
