// @vitest-environment node
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/plot";
import { renderPlotSvgString } from "@/lib/plot/standalone";
import { linearResult, logResult } from "./fixtures";
import { assertWellFormedXml, tagsWith } from "./svg-helpers";

describe("renderPlotSvgString", () => {
  const svg = renderPlotSvgString(linearResult, { params: { threshold: 2 } });

  it("is a well-formed standalone SVG document", () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/^<svg[^>]*width="640"[^>]*height="\d+"/m);
    expect(() => assertWellFormedXml(svg)).not.toThrow();
  });

  it("stacks every panel and captions once", () => {
    expect(tagsWith(svg, "svg", "data-panel-id=")).toHaveLength(2);
    expect(tagsWith(svg, "path", 'data-series-id="')).toHaveLength(3);
    expect(svg).toContain("Parameters: threshold = 2.");
    expect(svg.match(/Clipping rescales/g)).toHaveLength(2); // <desc> and the visible caption
  });

  it("inlines concrete colours, with no CSS variables left", () => {
    expect(svg).not.toContain("var(");
    expect(svg).toContain("stroke:#1d4ed8");
    const dark = renderPlotSvgString(logResult, { theme: "dark" });
    expect(dark).toContain("fill:#0f1115"); // dark background rect
    expect(dark).toContain("stroke:#8ab4ff");
  });

  it("escapes text so labels with quotes and ampersands stay valid", () => {
    const odd = {
      ...linearResult,
      caption: 'A & B < C "quoted"',
    };
    const out = renderPlotSvgString(odd);
    expect(() => assertWellFormedXml(out)).not.toThrow();
    expect(out).toContain("A &amp; B &lt; C");
  });
});

describe("toCsv", () => {
  it("has one row per x and a column per series per panel", () => {
    const lines = toCsv(linearResult).trimEnd().split("\n");
    expect(lines[0]).toBe("x,clip:raw,clip:clipped,second:ratio");
    // x = 0..3 from the first panel, 4 only in the second.
    expect(lines.slice(1)).toEqual(["0,0,0,", "1,5,2,1", "2,10,2,", "3,15,2,", "4,,,0.5"]);
  });

  it("leaves nulls empty and keeps full precision", () => {
    const csv = toCsv(logResult);
    const rows = csv.trimEnd().split("\n");
    expect(rows[0]).toBe("x,norms:lstm,norms:rnn,norms:bound");
    const at70 = rows.find((r) => r.startsWith("70,"))?.split(",");
    expect(at70?.[2]).toBe("");
    const at10 = rows.find((r) => r.startsWith("10,"))?.split(",");
    expect(Number(at10?.[1])).toBe((1 / (1 + Math.exp(-1))) ** 10);
  });

  it("quotes headers that need it", () => {
    const quoted = {
      ...linearResult,
      panels: [{ ...linearResult.panels[0]!, id: 'a,"b"' }],
    };
    expect(toCsv(quoted).split("\n")[0]).toBe('x,"a,""b"":raw","a,""b"":clipped"');
  });
});
