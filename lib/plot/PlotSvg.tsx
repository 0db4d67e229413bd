import { useId } from "react";
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { LinePath } from "@visx/shape";
import type { ParamDefs, ParamValues, ScenarioResult, SeriesPoint } from "../sim/scenario-types";
import { captionText, describePanel } from "./describe";
import { formatNumber, withUnit, wrapText } from "./format";
import { CAPTION_LINE_HEIGHT, computePanelLayout, FONT_SIZE, isPlottable } from "./layout";
import { CSS_VAR_PALETTE, seriesColor, type Palette } from "./palette";
import { haloText, PlotMarks } from "./PlotMarks";

export interface PlotSvgProps {
  result: ScenarioResult;
  /** Which panel of the result to draw. */
  panelIndex?: number;
  /** Shown in the caption; labels and units come from paramDefs when given. */
  params?: ParamValues;
  paramDefs?: ParamDefs;
  /** Draw mode, parameters and caption under the plot (inside the SVG). */
  showCaption?: boolean;
  palette?: Palette;
  width?: number;
  height?: number;
  /** Data-space x of the hover/keyboard readout line, if any. */
  cursorX?: number | null;
  /** Stable prefix for the title/desc ids; defaults to React's useId. */
  idPrefix?: string;
  /** Standalone files need xmlns, a fixed size and an opaque background. */
  standalone?: boolean;
  /** Offset when nested inside a multi-panel standalone SVG. */
  x?: number;
  y?: number;
}

const DASH: Record<string, string | undefined> = { solid: undefined, dashed: "6 4", dotted: "2 3" };
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Plot-space [x, y] accessors; LinePath only calls them for points that pass `defined`. */
function makeAccessors(xScale: (v: number) => number, yScale: (v: number) => number) {
  return {
    x: (p: SeriesPoint) => xScale(p.x),
    y: (p: SeriesPoint) => yScale(p.y ?? 0),
  };
}

/**
 * One panel of a ScenarioResult as a complete SVG: axes with units, legend, series (broken at
 * nulls), dashed reference lines, overflow markers and, optionally, the caption. Pure React with
 * no browser APIs, so it renders fully on the server and hydrates unchanged.
 */
export function PlotSvg({
  result,
  panelIndex = 0,
  params,
  paramDefs,
  showCaption = true,
  palette = CSS_VAR_PALETTE,
  width,
  height,
  cursorX = null,
  idPrefix,
  standalone = false,
  x,
  y,
}: PlotSvgProps) {
  const reactId = useId();
  const prefix = idPrefix ?? `plot${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const panel = result.panels[panelIndex];
  if (!panel)
    throw new RangeError(`panelIndex ${panelIndex} is out of range for ${result.scenarioId}`);

  const layoutWidth = width ?? 640;
  const caption = showCaption
    ? wrapText(
        captionText(result, params, paramDefs),
        Math.floor((layoutWidth - 32) / (FONT_SIZE * 0.6)),
      )
    : [];
  const layout = computePanelLayout(panel, { width, height, captionLines: caption.length });
  const { margin, innerWidth, innerHeight, xScale, yScale } = layout;
  const log = panel.yScale === "log";
  const at = makeAccessors(xScale, yScale);
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const yLabel = `${withUnit(panel.yLabel, panel.yUnit)}${log ? ", log scale" : ""}`;
  // Rotated labels cannot wrap: shrink a long one to fit the plot height instead.
  const yLabelSize = Math.min(FONT_SIZE, Math.max(9, innerHeight / (yLabel.length * 0.6)));
  const description = `${describePanel(panel)}${showCaption ? ` ${caption.join(" ")}` : ""}`;

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={standalone ? layout.width : "100%"}
      height={standalone ? layout.height : undefined}
      x={x}
      y={y}
      data-panel-id={panel.id}
      style={{
        fontFamily: FONT_FAMILY,
        fontSize: FONT_SIZE,
        color: palette.fg,
        overflow: "visible",
      }}
    >
      <title id={titleId}>{panel.title}</title>
      <desc id={descId}>{description}</desc>
      {standalone && (
        <rect width={layout.width} height={layout.height} style={{ fill: palette.bg }} />
      )}

      <g className="plot-legend" aria-hidden="true">
        {layout.legend.map((item) => {
          const series = panel.series[item.seriesIndex];
          return (
            <g key={series?.id ?? item.seriesIndex} data-legend-for={series?.id}>
              <line
                x1={item.x}
                x2={item.x + 24}
                y1={item.y + 6}
                y2={item.y + 6}
                strokeWidth={2.5}
                strokeDasharray={DASH[series?.style ?? "solid"]}
                style={{ stroke: seriesColor(palette, item.seriesIndex) }}
              />
              <text x={item.x + 30} y={item.y + 10} style={{ fill: palette.fg }}>
                {item.label}
              </text>
            </g>
          );
        })}
      </g>

      <Group left={margin.left} top={margin.top}>
        {layout.yTicks.map((t) => (
          <line
            key={`grid-${t}`}
            x1={0}
            x2={innerWidth}
            y1={yScale(t)}
            y2={yScale(t)}
            strokeWidth={1}
            style={{ stroke: palette.border }}
            aria-hidden="true"
          />
        ))}

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
                {r.label.includes("=") ? r.label : `${r.label} = ${formatNumber(r.y)}`}
              </text>
            </g>
          ))}

        {panel.series.map((s, i) => (
          <LinePath<SeriesPoint>
            key={s.id}
            data={s.points}
            x={at.x}
            y={at.y}
            defined={(p) => isPlottable(p, log)}
            fill="none"
            strokeWidth={2}
            strokeLinejoin="round"
            strokeDasharray={DASH[s.style ?? "solid"]}
            style={{ stroke: seriesColor(palette, i) }}
            data-series-id={s.id}
          />
        ))}

        <PlotMarks
          panel={panel}
          layout={layout}
          palette={palette}
          cursorX={cursorX}
          noDataText={
            layout.hasData ? null : "No finite positive values to draw at these parameters."
          }
        />

        <AxisLeft
          scale={yScale}
          tickValues={layout.yTicks}
          tickFormat={(v) => layout.formatYTick(Number(v))}
          label={yLabel}
          labelOffset={log ? 44 : 40}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{
            fill: "currentColor",
            fontSize: 11,
            fontFamily: FONT_FAMILY,
            textAnchor: "end",
            dx: -2,
            dy: 4,
          }}
          labelProps={{
            fill: "currentColor",
            fontSize: yLabelSize,
            fontFamily: FONT_FAMILY,
            textAnchor: "middle",
          }}
        />
        <AxisBottom
          top={innerHeight}
          scale={xScale}
          tickValues={layout.xTicks}
          tickFormat={(v) => formatNumber(Number(v))}
          label={withUnit(panel.xLabel, panel.xUnit)}
          labelOffset={16}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{
            fill: "currentColor",
            fontSize: 11,
            fontFamily: FONT_FAMILY,
            textAnchor: "middle",
          }}
          labelProps={{
            fill: "currentColor",
            fontSize: FONT_SIZE,
            fontFamily: FONT_FAMILY,
            textAnchor: "middle",
          }}
        />
      </Group>

      {caption.length > 0 && (
        <text
          className="plot-caption"
          x={16}
          y={layout.captionTop + 8}
          style={{ fill: palette.fg }}
        >
          {caption.map((line, i) => (
            <tspan key={i} x={16} dy={i === 0 ? 0 : CAPTION_LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </svg>
  );
}
