import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import styles from "./dashboard.module.css";

export interface LineSeries {
  name: string;
  values: readonly number[];
}

interface LineChartProps {
  id: string;
  title: string;
  description: string;
  /** One label per x position (days). */
  xLabels: readonly string[];
  series: readonly LineSeries[];
}

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 36, left: 44 };
const COLORS = ["var(--series-1, #1d4ed8)", "var(--series-2, #c2410c)", "var(--series-3, #047857)"];
const DASHES = [undefined, "6 3", "2 3"];

/** Trends over days; series differ by colour and dash so colour is not the only cue. */
export function LineChart({ id, title, description, xLabels, series }: LineChartProps) {
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = scalePoint({ domain: xLabels.map((_, i) => i), range: [0, innerWidth] });
  const y = scaleLinear({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const every = Math.max(1, Math.ceil(xLabels.length / 7));
  return (
    <>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {series.map((s, i) => (
            <LinePath
              key={s.name}
              data={s.values.map((v, j) => [j, v] as const)}
              x={(d) => x(d[0]) ?? 0}
              y={(d) => y(d[1])}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              strokeDasharray={DASHES[i % DASHES.length]}
              data-series={s.name}
            />
          ))}
          <AxisLeft
            scale={y}
            numTicks={5}
            stroke="var(--muted, #4b5262)"
            tickStroke="var(--muted, #4b5262)"
            tickLabelProps={{
              fill: "var(--fg, #14171f)",
              fontSize: 12,
              textAnchor: "end",
              dx: -4,
              dy: 4,
            }}
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            stroke="var(--muted, #4b5262)"
            tickStroke="var(--muted, #4b5262)"
            tickValues={xLabels.map((_, i) => i).filter((i) => i % every === 0)}
            tickFormat={(i) => (xLabels[Number(i)] ?? "").slice(5)}
            tickLabelProps={{ fill: "var(--fg, #14171f)", fontSize: 12, textAnchor: "middle" }}
          />
        </Group>
      </svg>
      <ul className={styles.legend} aria-label="Legend">
        {series.map((s, i) => (
          <li key={s.name}>
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line
                x1="0"
                y1="5"
                x2="28"
                y2="5"
                stroke={COLORS[i % COLORS.length]}
                strokeWidth="2"
                strokeDasharray={DASHES[i % DASHES.length]}
              />
            </svg>{" "}
            {s.name}
          </li>
        ))}
      </ul>
    </>
  );
}
