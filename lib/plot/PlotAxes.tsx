import { AxisBottom, AxisLeft } from "@visx/axis";
import type { Panel } from "../sim/scenario-types";
import { withUnit } from "./format";
import { FONT_SIZE, TICK_FONT_SIZE, type PanelLayout } from "./layout";
import { FONT_FAMILY } from "./marks-style";
import { fitLabel } from "./text-fit";

const AXIS_LABEL_LINE = 15;

/** Both axes with their ticks, and the titles (units included; the y title may take two lines). */
export function PlotAxes({ panel, layout }: { panel: Panel; layout: PanelLayout }) {
  const { innerWidth, innerHeight, xScale, yScale } = layout;
  const yTitleX = layout.yLabelOffset + (layout.yLabelLines.length - 1) * AXIS_LABEL_LINE;
  const tickText = { fill: "currentColor", fontSize: TICK_FONT_SIZE, fontFamily: FONT_FAMILY };
  return (
    <>
      <AxisLeft
        scale={yScale}
        tickValues={layout.yTicks}
        tickFormat={(v) => layout.formatYTick(Number(v))}
        stroke="currentColor"
        tickStroke="currentColor"
        tickLabelProps={{ ...tickText, textAnchor: "end", dx: -2, dy: 4 }}
      />
      <text
        className="plot-y-label"
        transform={`translate(${-yTitleX}, ${innerHeight / 2}) rotate(-90)`}
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
      <AxisBottom
        top={innerHeight}
        scale={xScale}
        tickValues={layout.xTicks}
        tickFormat={(v) => layout.formatX(Number(v))}
        label={fitLabel(withUnit(panel.xLabel, panel.xUnit), innerWidth, FONT_SIZE)}
        labelOffset={16}
        stroke="currentColor"
        tickStroke="currentColor"
        tickLabelProps={{ ...tickText, textAnchor: "middle" }}
        labelProps={{ ...tickText, fontSize: FONT_SIZE, textAnchor: "middle" }}
      />
    </>
  );
}
