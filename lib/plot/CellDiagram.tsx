/**
 * An accessible SVG of an LSTM or GRU cell (data in cell-diagrams.ts): the additive path the
 * gradient follows back is drawn thick in the accent colour, the paths through the gates dashed,
 * and the figure carries a title, a description in words and the numbered equations.
 */
import { plainLabel } from "@/lib/content/math";
import { CELL_DIAGRAMS, type CellKind, type DiagramWire } from "./cell-diagrams";
import { CSS_VAR_PALETTE } from "./palette";
import { MIN_FONT_SIZE } from "./text-fit";

const WIDTH = 640;
const HEIGHT = 300;

const STROKE: Record<DiagramWire["role"], { width: number; dash?: string; colour: string }> = {
  path: { width: 5, colour: CSS_VAR_PALETTE.accent },
  gate: { width: 1.5, dash: "5 4", colour: CSS_VAR_PALETTE.series[1] ?? CSS_VAR_PALETTE.fg },
  plain: { width: 1.5, colour: CSS_VAR_PALETTE.fg },
};

/** The smallest label is 13 units: drawn at least this wide it stays at 11 CSS px or more. */
const MIN_DRAWN_WIDTH = Math.ceil((WIDTH * MIN_FONT_SIZE) / 13);

export function CellDiagram({ cell, idPrefix = "cell" }: { cell: CellKind; idPrefix?: string }) {
  const d = CELL_DIAGRAMS[cell];
  const titleId = `${idPrefix}-${cell}-title`;
  const descId = `${idPrefix}-${cell}-desc`;
  const { fg, bg, muted } = CSS_VAR_PALETTE;
  return (
    <figure data-diagram={cell}>
      {/* Never scaled so far that its 13 px labels drop below the minimum: a phone pans it. */}
      <div
        style={{ overflowX: "auto", maxWidth: "100%" }}
        tabIndex={0}
        role="region"
        aria-label={`${d.title} (scrolls sideways on a narrow screen)`}
      >
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          style={{ maxWidth: WIDTH, minWidth: MIN_DRAWN_WIDTH, display: "block" }}
        >
          <title id={titleId}>{d.title}</title>
          <desc id={descId}>{plainLabel(d.description)}</desc>
          {d.wires.map((w, i) => {
            const s = STROKE[w.role];
            return (
              <polyline
                key={i}
                data-role={w.role}
                points={w.points.map(([x, y]) => `${x},${y}`).join(" ")}
                fill="none"
                stroke={s.colour}
                strokeWidth={s.width}
                strokeDasharray={s.dash}
                strokeLinejoin="round"
              />
            );
          })}
          {d.nodes.map((n) => (
            <g key={n.id} data-node={n.id}>
              <title>{plainLabel(n.meaning)}</title>
              {n.shape === "circle" ? (
                <circle cx={n.x} cy={n.y} r={12} fill={bg} stroke={fg} strokeWidth={1.5} />
              ) : (
                <rect
                  x={n.x - 26}
                  y={n.y - 18}
                  width={52}
                  height={36}
                  rx={6}
                  fill={bg}
                  stroke={fg}
                  strokeWidth={1.5}
                />
              )}
              <text x={n.x} y={n.y + 5} textAnchor="middle" fontSize={14} fill={fg}>
                {plainLabel(n.label)}
              </text>
            </g>
          ))}
          {d.labels.map((l, i) => (
            <text
              key={i}
              x={l.x}
              y={l.y}
              textAnchor={l.anchor ?? "middle"}
              fontSize={13}
              fill={muted}
            >
              {plainLabel(l.text)}
            </text>
          ))}
        </svg>
      </div>
      <figcaption>
        <span>
          Thick line: the additive path, where one step back multiplies the gradient by a gate.
          Dashed: the paths through h and the gates.
        </span>
        <ol style={{ listStyle: "none", paddingLeft: 0 }}>
          {d.equations.map((e) => (
            <li key={e}>{plainLabel(e)}</li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
