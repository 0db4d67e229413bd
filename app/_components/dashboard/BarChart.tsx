import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export interface BarDatum {
  label: string;
  value: number;
  /** How the value is printed beside the bar ("72%", "14"). */
  valueText: string;
  /** Bars for correct answers are drawn in the success colour, others in the accent. */
  tone?: "accent" | "success" | "danger" | "muted";
}

interface BarChartProps {
  id: string;
  title: string;
  description: string;
  data: readonly BarDatum[];
  max: number;
  tickFormat?: (value: number) => string;
}

const WIDTH = 640;
const ROW = 30;
const MARGIN = { top: 8, right: 56, bottom: 32, left: 220 };
const TONE: Record<NonNullable<BarDatum["tone"]>, string> = {
  accent: "var(--series-1, #1d4ed8)",
  success: "var(--success, #067647)",
  danger: "var(--series-2, #c2410c)",
  muted: "var(--muted, #4b5262)",
};

const clip = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Horizontal bars with labels on the left: distributions and per-lesson figures. */
export function BarChart({ id, title, description, data, max, tickFormat }: BarChartProps) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = Math.max(ROW, data.length * ROW);
  const height = innerHeight + MARGIN.top + MARGIN.bottom;
  const y = scaleBand({
    domain: data.map((_, i) => String(i)),
    range: [0, innerHeight],
    padding: 0.25,
  });
  const x = scaleLinear({ domain: [0, max > 0 ? max : 1], range: [0, innerWidth], nice: true });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {data.map((d, i) => {
          const top = y(String(i)) ?? 0;
          const w = Math.max(0, x(d.value));
          return (
            <g key={`${d.label}-${i}`}>
              <text
                x={-8}
                y={top + y.bandwidth() / 2}
                dy="0.35em"
                textAnchor="end"
                fontSize={13}
                fill="var(--fg, #14171f)"
              >
                {clip(d.label)}
              </text>
              <Bar
                x={0}
                y={top}
                width={w}
                height={y.bandwidth()}
                fill={TONE[d.tone ?? "accent"]}
                rx={2}
              />
              <text
                x={w + 6}
                y={top + y.bandwidth() / 2}
                dy="0.35em"
                fontSize={13}
                fill="var(--fg, #14171f)"
              >
                {d.valueText}
              </text>
            </g>
          );
        })}
        <AxisBottom
          top={innerHeight}
          scale={x}
          numTicks={5}
          stroke="var(--muted, #4b5262)"
          tickStroke="var(--muted, #4b5262)"
          tickFormat={(v) => (tickFormat ? tickFormat(Number(v)) : String(v))}
          tickLabelProps={{ fill: "var(--fg, #14171f)", fontSize: 12, textAnchor: "middle" }}
        />
      </Group>
    </svg>
  );
}
