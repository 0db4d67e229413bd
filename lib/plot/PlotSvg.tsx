import { useId } from "react";
import { Group } from "@visx/group";
import type { ParamDefs, ParamValues, ScenarioResult } from "../sim/scenario-types";
import { captionText, describePanel } from "./describe";
import { computePanelLayout, DEFAULT_WIDTH, FONT_SIZE, type PanelLayout } from "./layout";
import { FONT_FAMILY } from "./marks-style";
import { CSS_VAR_PALETTE, type Palette } from "./palette";
import { PlotAxes } from "./PlotAxes";
import { PlotCaption } from "./PlotCaption";
import { PlotLegend } from "./PlotLegend";
import { PlotMarks } from "./PlotMarks";
import { PlotGrid, ReferenceLines, SeriesLines } from "./PlotSeries";
import { wrapToWidth } from "./text-fit";

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
  /** Layout width in px: pass the drawn width so text is drawn at its nominal size. */
  width?: number;
  height?: number;
  /** How x ticks are printed (days on the dashboard); numbers by default. */
  formatX?: (x: number) => string;
  /** A sentence put before the generated description (what the figure is for). */
  summary?: string;
  /** Values the y axis must cover besides the data (0 for counts). */
  includeY?: readonly number[];
  /** Data-space x of the hover/keyboard readout line, if any. */
  cursorX?: number | null;
  /** Stable prefix for the title/desc ids; defaults to React's useId. */
  idPrefix?: string;
  /** Standalone files need xmlns, a fixed size and an opaque background. */
  standalone?: boolean;
  /** Offset when nested inside a multi-panel standalone SVG. */
  x?: number;
  y?: number;
  /**
   * The layout of this panel at these settings, when the caller has computed it already (the
   * lab's readout needs one): laying out a long run twice costs a hydrating page its time.
   */
  layout?: PanelLayout;
}

/**
 * One panel of a ScenarioResult as a complete SVG: legend, grid, reference lines, series,
 * marks, axes and, optionally, the caption. Pure React with no browser APIs, so it renders
 * fully on the server and hydrates unchanged.
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
  formatX,
  includeY,
  summary,
  idPrefix,
  standalone = false,
  x,
  y,
  layout: givenLayout,
}: PlotSvgProps) {
  const reactId = useId();
  const prefix = idPrefix ?? `plot${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const panel = result.panels[panelIndex];
  if (!panel)
    throw new RangeError(`panelIndex ${panelIndex} is out of range for ${result.scenarioId}`);

  const caption = showCaption
    ? wrapToWidth(captionText(result, params, paramDefs), (width ?? DEFAULT_WIDTH) - 32, FONT_SIZE)
    : [];
  const layout =
    givenLayout ??
    computePanelLayout(panel, {
      width,
      height,
      captionLines: caption.length,
      formatX,
      includeY,
    });
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const description = [summary, describePanel(panel), showCaption ? caption.join(" ") : ""]
    .filter(Boolean)
    .join(" ");

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
      <PlotLegend panel={panel} items={layout.legend} palette={palette} />
      <Group left={layout.margin.left} top={layout.margin.top}>
        <PlotGrid layout={layout} palette={palette} />
        <ReferenceLines panel={panel} layout={layout} palette={palette} />
        <SeriesLines panel={panel} layout={layout} palette={palette} />
        <PlotMarks
          panel={panel}
          layout={layout}
          palette={palette}
          cursorX={cursorX}
          noDataText={
            layout.hasData ? null : "No finite positive values to draw at these parameters."
          }
        />
        <PlotAxes panel={panel} layout={layout} />
      </Group>
      <PlotCaption lines={caption} top={layout.captionTop} palette={palette} />
    </svg>
  );
}
