import { renderToStaticMarkup } from "react-dom/server";
import type { ParamDefs, ParamValues, ScenarioResult } from "../sim/scenario-types";
import { captionText } from "./describe";
import { computePanelLayout, FONT_SIZE } from "./layout";
import { DARK_PALETTE, LIGHT_PALETTE } from "./palette";
import { PlotSvg } from "./PlotSvg";
import { wrapToWidth } from "./text-fit";

/*
 * The standalone SVG document (CLI output and the "Download SVG" button): every panel stacked
 * vertically, then one caption, with concrete colours because a file has no CSS variables.
 * Kept apart from index.ts because it pulls in react-dom/server, which Server Components may
 * not import and the browser should only load on demand.
 */

export interface StandaloneOptions {
  params?: ParamValues;
  paramDefs?: ParamDefs;
  theme?: "light" | "dark";
  /** Width of each panel in px (default 640). */
  width?: number;
  /** Height of each panel's plot area in px (default 360). */
  height?: number;
  /** Document title; defaults to the scenario id. */
  title?: string;
}

const CAPTION_LINE = 16;

export function renderPlotSvgString(
  result: ScenarioResult,
  options: StandaloneOptions = {},
): string {
  const palette = options.theme === "dark" ? DARK_PALETTE : LIGHT_PALETTE;
  const width = options.width ?? 640;
  const layouts = result.panels.map((p) =>
    computePanelLayout(p, { width, height: options.height }),
  );
  const offsets = layouts.reduce<number[]>((acc, l, i) => [...acc, (acc[i] ?? 0) + l.height], [0]);
  const caption = wrapToWidth(
    captionText(result, options.params, options.paramDefs),
    width - 32,
    FONT_SIZE,
  );
  const captionTop = offsets.at(-1) ?? 0;
  const height = captionTop + caption.length * CAPTION_LINE + 16;
  const title = options.title ?? result.scenarioId;

  const markup = renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby="doc-title doc-desc"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ fontFamily: "system-ui, sans-serif", fontSize: FONT_SIZE }}
    >
      <title id="doc-title">{title}</title>
      <desc id="doc-desc">{caption.join(" ")}</desc>
      <rect width={width} height={height} style={{ fill: palette.bg }} />
      {result.panels.map((panel, i) => (
        <PlotSvg
          key={panel.id}
          result={result}
          panelIndex={i}
          showCaption={false}
          palette={palette}
          width={width}
          height={options.height}
          idPrefix={`panel-${i}`}
          standalone
          x={0}
          y={offsets[i] ?? 0}
        />
      ))}
      <text x={16} y={captionTop + 14} style={{ fill: palette.fg }}>
        {caption.map((line, i) => (
          <tspan key={i} x={16} dy={i === 0 ? 0 : CAPTION_LINE}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}
