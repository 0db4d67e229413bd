// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ScenarioLab } from "@/app/_components/plot/ScenarioLab";
import { defaultParams, scenarios } from "@/lib/sim";

/* The server render of the interactive lab: what a visitor sees before any JavaScript runs. */

const ID = "why-lstm-solves-vanishing-gradients";
const definition = scenarios[ID]!;
const values = { ...defaultParams(definition.params), forgetBias: 2 };
const html = renderToString(
  <ScenarioLab scenarioId={ID} initialValues={values} initialResult={definition.run(values)} />,
);

describe("ScenarioLab server render", () => {
  it("includes the full plot", () => {
    const series = definition.run(values).panels.reduce((n, p) => n + p.series.length, 0);
    expect(html.match(/<path[^>]*data-series-id=/g)).toHaveLength(series);
  });

  it("has a labelled slider per number parameter with its range and current value", () => {
    const sliders = html.match(/<input[^>]*type="range"[^>]*>/g) ?? [];
    expect(sliders).toHaveLength(
      Object.values(definition.params).filter((d) => d.kind === "number").length,
    );
    const bias = sliders.find((s) => s.includes('name="forgetBias"')) ?? "";
    expect(bias).toContain('min="-3"');
    expect(bias).toContain('max="8"');
    expect(bias).toContain('value="2"');
    const id = /id="([^"]+)"/.exec(bias)?.[1];
    expect(html).toContain(`<label for="${id}">Forget-gate bias</label>`);
  });

  it("captions the mode and parameters, and offers exports and a data table", () => {
    expect(html).toMatch(
      /<figcaption[^>]*>Mode: full BPTT\. Parameters: [^<]*Forget-gate bias = 2/,
    );
    for (const format of ["SVG", "PNG", "CSV"])
      expect(html).toContain(`aria-label="Download ${format}"`);
    expect(html).toContain("<summary>Data table</summary>");
  });

  it("makes the plot focusable for the keyboard readout", () => {
    expect(html).toMatch(/role="group" tabindex="0" aria-label="[^"]*interactive plot/);
  });
});
