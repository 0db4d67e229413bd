import type { SVGProps } from "react";
import type { Panel } from "../sim/scenario-types";
import { withUnit } from "./format";
import { FONT_SIZE, TICK_FONT_SIZE, type PanelLayout } from "./layout";
import { FONT_FAMILY } from "./marks-style";
import { fitLabel } from "./text-fit";

const AXIS_LABEL_LINE = 15;
const TICK_LENGTH = 8;
/** Between the x ticks' labels and the x-axis title. */
const X_LABEL_OFFSET = 16;

/*
 * The axes are plain SVG. They were @visx/axis, whose every label is a @visx/text <Text>: that
 * measures each word in the DOM while it renders (a forced layout per label when a page
 * hydrates), wraps each label in an <svg> of its own and brought a CSS calc() parser into the
 * browser bundle, none of it needed for labels that are already fitted here (text-fit.ts).
 * The geometry, and the class names stylesheets and tests know them by, are the ones visx drew.
 */

const tickText: SVGProps<SVGTextElement> = {
  fill: "currentColor",
  fontSize: TICK_FONT_SIZE,
  fontFamily: FONT_FAMILY,
};

/** An axis line as visx drew it: half a pixel along, crisp. */
function AxisLine(props: { x1: number; y1: number; x2: number; y2: number }) {
  return (
    <line
      className="visx-line visx-axis-line"
      {...props}
      fill="transparent"
      shapeRendering="crispEdges"
      stroke="currentColor"
      strokeWidth={1}
    />
  );
}

function TickLine(props: { x1: number; y1: number; x2: number; y2: number }) {
  return (
    <line
      className="visx-line"
      {...props}
      fill="transparent"
      shapeRendering="crispEdges"
      stroke="currentColor"
      strokeWidth={1}
      strokeLinecap="square"
    />
  );
}

function YAxis({ layout }: { layout: PanelLayout }) {
  const [top, bottom] = layout.yScale.range() as [number, number];
  return (
    <g className="visx-group visx-axis visx-axis-left" transform="translate(0, 0)">
      {layout.yTicks.map((value, index) => {
        const y = layout.yScale(value);
        return (
          <g key={`${value}-${index}`} className="visx-group visx-axis-tick">
            <TickLine x1={0} y1={y} x2={-TICK_LENGTH} y2={y} />
            <text {...tickText} x={-TICK_LENGTH - 2} y={y + 4} textAnchor="end">
              <tspan>{layout.formatYTick(value)}</tspan>
            </text>
          </g>
        );
      })}
      <AxisLine x1={0} y1={top + 0.5} x2={0} y2={bottom + 0.5} />
    </g>
  );
}

function XAxis({ panel, layout }: { panel: Panel; layout: PanelLayout }) {
  const { innerWidth, innerHeight } = layout;
  const [left, right] = layout.xScale.range() as [number, number];
  // visx put the title one tick, one offset and a line of each font size below the axis.
  const titleY = TICK_LENGTH + X_LABEL_OFFSET + TICK_FONT_SIZE + FONT_SIZE;
  const title = fitLabel(withUnit(panel.xLabel, panel.xUnit), innerWidth, FONT_SIZE);
  return (
    <g className="visx-group visx-axis visx-axis-bottom" transform={`translate(0, ${innerHeight})`}>
      {layout.xTicks.map((value, index) => {
        const x = layout.xScale(value);
        return (
          <g key={`${value}-${index}`} className="visx-group visx-axis-tick">
            <TickLine x1={x} y1={0} x2={x} y2={TICK_LENGTH} />
            <text
              {...tickText}
              x={x}
              y={TICK_LENGTH + TICK_FONT_SIZE}
              dy="0.25em"
              textAnchor="middle"
            >
              <tspan>{layout.formatX(value)}</tspan>
            </text>
          </g>
        );
      })}
      <AxisLine x1={left + 0.5} y1={0} x2={right + 0.5} y2={0} />
      {title && (
        <text
          className="visx-axis-label"
          {...tickText}
          fontSize={FONT_SIZE}
          x={(left + right) / 2}
          y={titleY}
          textAnchor="middle"
        >
          <tspan>{title}</tspan>
        </text>
      )}
    </g>
  );
}

/** Both axes with their ticks, and the titles (units included; the y title may take two lines). */
export function PlotAxes({ panel, layout }: { panel: Panel; layout: PanelLayout }) {
  const yTitleX = layout.yLabelOffset + (layout.yLabelLines.length - 1) * AXIS_LABEL_LINE;
  return (
    <>
      <YAxis layout={layout} />
      <text
        className="plot-y-label"
        transform={`translate(${-yTitleX}, ${layout.innerHeight / 2}) rotate(-90)`}
        textAnchor="middle"
        style={{ fill: "currentColor", fontSize: FONT_SIZE }}
      >
        {layout.yLabelLines.map((line, i) => (
          // Read top to bottom in the rotated frame: the last line is the one nearest the axis.
          <tspan key={i} x={0} dy={i === 0 ? 0 : AXIS_LABEL_LINE}>
            {line}
          </tspan>
        ))}
      </text>
      <XAxis panel={panel} layout={layout} />
    </>
  );
}
