// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WORKER_COST_THRESHOLD } from "@/app/_components/plot/worker-protocol";
import { PlotSvg, toCsv } from "@/lib/plot";
import { renderPlotSvgString } from "@/lib/plot/standalone";
import { defaultParams, scenarios } from "@/lib/sim";
import { assertWellFormedXml, tagsWith } from "./svg-helpers";

/* Every registered scenario, at its defaults, through every renderer. */

describe.each(Object.values(scenarios).map((s) => [s.id, s] as const))("%s", (_, definition) => {
  const values = defaultParams(definition.params);

  it("runs synchronously in the browser at its defaults (cost under the worker threshold)", () => {
    expect(definition.cost(values)).toBeLessThanOrEqual(WORKER_COST_THRESHOLD);
  });

  it("renders every panel with one path per series", () => {
    const result = definition.run(values);
    result.panels.forEach((panel, i) => {
      const svg = renderToString(<PlotSvg result={result} panelIndex={i} params={values} />);
      expect(tagsWith(svg, "path", 'data-series-id="')).toHaveLength(panel.series.length);
      expect(svg).not.toContain("NaN");
    });
    const doc = renderPlotSvgString(result, { params: values, paramDefs: definition.params });
    expect(() => assertWellFormedXml(doc)).not.toThrow();
    expect(toCsv(result).split("\n")[0]?.split(",")).toHaveLength(
      1 + result.panels.reduce((n, p) => n + p.series.length, 0),
    );
  });
});
