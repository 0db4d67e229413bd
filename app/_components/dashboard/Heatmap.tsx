import { LEVEL_INFO, LEVELS, type Level } from "@/lib/learning/levels";
import { conceptTitle } from "@/lib/content";
import styles from "./dashboard.module.css";

interface HeatmapProps {
  id: string;
  learners: readonly { id: string; name: string }[];
  concepts: readonly string[];
  levels: readonly (readonly Level[])[];
}

const CELL = 18;
const LEFT = 150;
const TOP = 130;
/** Darker means further along; ordinal by opacity of one hue so it reads in both themes. */
const OPACITY: Record<Level, number> = {
  "not-started": 0,
  attempted: 0.2,
  familiar: 0.45,
  proficient: 0.7,
  mastered: 1,
};

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function LevelLegend() {
  return (
    <ul className={styles.legend} aria-label="Mastery levels">
      {LEVELS.map((level) => (
        <li key={level}>
          <span
            className={styles.swatch}
            style={{
              background: `color-mix(in srgb, var(--accent) ${OPACITY[level] * 100}%, transparent)`,
            }}
            aria-hidden="true"
          />
          {LEVEL_INFO[level].label}
        </li>
      ))}
    </ul>
  );
}

/** Learners (rows) by concepts (columns); each cell's <title> names learner, concept, level. */
export function Heatmap({ id, learners, concepts, levels }: HeatmapProps) {
  const width = LEFT + concepts.length * CELL + 8;
  const height = TOP + learners.length * CELL + 8;
  const counts = LEVELS.map(
    (level) =>
      `${levels.flat().filter((l) => l === level).length} ${LEVEL_INFO[level].label.toLowerCase()}`,
  );
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      style={{ maxWidth: `${width * 1.4}px` }}
    >
      <title id={`${id}-title`}>Mastery heatmap: learners by concepts</title>
      <desc id={`${id}-desc`}>
        {`${learners.length} learners by ${concepts.length} concepts; cells: ${counts.join(", ")}.`}
      </desc>
      {concepts.map((c, j) => (
        <text
          key={c}
          transform={`translate(${LEFT + j * CELL + CELL / 2 + 4}, ${TOP - 6}) rotate(-60)`}
          fontSize={11}
          fill="var(--fg, #14171f)"
        >
          {clip(conceptTitle(c), 24)}
        </text>
      ))}
      {learners.map((learner, i) => (
        <g key={learner.id} transform={`translate(0, ${TOP + i * CELL})`}>
          <text
            x={LEFT - 6}
            y={CELL / 2}
            dy="0.35em"
            textAnchor="end"
            fontSize={12}
            fill="var(--fg, #14171f)"
          >
            {clip(learner.name, 22)}
          </text>
          {concepts.map((c, j) => {
            const level = levels[i]?.[j] ?? "not-started";
            return (
              <rect
                key={c}
                x={LEFT + j * CELL}
                y={1}
                width={CELL - 2}
                height={CELL - 2}
                rx={2}
                fill="var(--accent, #1d4ed8)"
                fillOpacity={OPACITY[level]}
                stroke="var(--border, #d4d8e0)"
                data-level={level}
              >
                <title>{`${learner.name}, ${conceptTitle(c)}: ${LEVEL_INFO[level].label}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
