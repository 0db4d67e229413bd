// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CELL_DIAGRAMS, CellDiagram, type CellKind } from "@/lib/plot";
import { lessons } from "@/lib/content";
import { plainLabel } from "@/lib/content/math";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe.each(["lstm", "gru"] as CellKind[])("%s cell diagram", (cell) => {
  const d = CELL_DIAGRAMS[cell];
  const html = renderToString(<CellDiagram cell={cell} idPrefix="t" />);

  it("is an image named by its title and described in words", () => {
    expect(html).toContain('role="img"');
    const ids = /aria-labelledby="([^"]+)"/.exec(html)?.[1]?.split(" ") ?? [];
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(html).toContain(`id="${id}"`);
    expect(html).toContain(`<title id="${ids[0]}">${d.title}</title>`);
    expect(d.description).toMatch(cell === "lstm" ? /diag\(f_t\)/ : /diag\(z_t\)/);
  });

  it("highlights one unbroken additive path along the top, through the gate's × and the +", () => {
    const path = d.wires.filter((w) => w.role === "path");
    expect(html.match(/data-role="path"/g)).toHaveLength(path.length);
    const ys = new Set(path.flatMap((w) => w.points.map(([, y]) => y)));
    expect(ys.size).toBe(1);
    const top = [...ys][0]!;
    const onTop = d.nodes.filter((n) => n.y === top).map((n) => n.label);
    expect(onTop).toEqual(["×", "+"]);
    // Each gap between path segments is bridged by a node on the line.
    for (let k = 1; k < path.length; k++) {
      const end = path[k - 1]!.points.at(-1)![0];
      const start = path[k]!.points[0]![0];
      expect(d.nodes.some((n) => n.y === top && n.x > end && n.x < start)).toBe(true);
    }
  });

  it("labels every node and lists the numbered equations", () => {
    for (const n of d.nodes) expect(html).toContain(`data-node="${n.id}"`);
    expect(html.match(/<g data-node="[^"]+"><title>/g)).toHaveLength(d.nodes.length);
    // Shown as text with Unicode sub- and superscripts (c_{t−1} reads c₍ₜ₋₁₎), never raw TeX.
    for (const e of d.equations) expect(html).toContain(escapeHtml(plainLabel(e)));
    expect(html).not.toMatch(/[_^]\{/);
  });

  it("is drawn by at least one lesson", () => {
    expect(lessons.some((l) => l.sections.some((s) => s.diagram === cell))).toBe(true);
  });
});
