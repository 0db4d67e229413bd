/** A chart sent as static HTML must be byte for byte what React's server render writes for it. */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { staticMarkup } from "@/app/_components/dashboard/static-svg";
import { BarChart, CSS_VAR_PALETTE, Heatmap, LIGHT_PALETTE } from "@/lib/plot";

const HEATMAP = {
  id: "heatmap",
  title: "Mastery heatmap: learners by concepts",
  description: `3 learners by 4 concepts; cells: "quoted" & <angled>.`,
  rows: ["Amara Okafor", "Bo <b>Li</b>", "O'Neil"],
  columns: [
    "Vanishing gradients",
    "The forget-gate bias",
    "Singular values and spectral norm",
    "X",
  ],
  values: [
    [0, 1, 2, 3],
    [4, 0, 0, 1],
    [2, 2, 4, 0],
  ],
  levelLabels: ["Not started", "Seen", "Practising", "Secure", "Mastered"],
  levelIds: ["not-started", "seen", "practising", "secure", "mastered"],
};

describe("static chart markup", () => {
  it.each([350, 700, 992])("writes the heatmap as React does at %i px", (width) => {
    for (const palette of [CSS_VAR_PALETTE, LIGHT_PALETTE]) {
      const chart = <Heatmap {...HEATMAP} width={width} palette={palette} />;
      expect(staticMarkup(chart)).toBe(renderToStaticMarkup(chart));
    }
  });

  it("writes a bar chart as React does (lines, groups, anchors, optional attributes)", () => {
    const chart = (
      <BarChart
        id="bars"
        title="Completion"
        description="Two lessons"
        data={[
          { label: "What problem does the LSTM solve?", value: 0.5, valueText: "50%" },
          { label: "GRU & LSTM", value: 0, valueText: "0%", tone: "danger" },
        ]}
        max={1}
        axis="percent"
        width={480}
      />
    );
    expect(staticMarkup(chart)).toBe(renderToStaticMarkup(chart));
  });

  it("escapes text and attributes, so a learner's name cannot become markup", () => {
    const html = staticMarkup(<Heatmap {...HEATMAP} />);
    expect(html).not.toContain("<b>");
    expect(html).toContain("Bo &lt;b&gt;Li&lt;/b&gt;");
  });
});
