import Link from "next/link";
import { conceptTitle } from "@/lib/content";
import type { Heatmap as HeatmapData } from "@/lib/services/dashboard";
import { LEVEL_INFO, LEVELS } from "@/lib/learning/levels";
import { CSS_VAR_PALETTE, levelSwatchStyle } from "@/lib/plot";
import { ChartFigure } from "./ChartFigure";
import { StaticHeatmap } from "./StaticHeatmap";
import styles from "./dashboard.module.css";

/** The legend, with the same swatches as the cells (lowest level dashed, like its cells). */
export function LevelLegend() {
  return (
    <ul className={styles.legend} aria-label="Mastery levels">
      {LEVELS.map((level, i) => (
        <li key={level}>
          <span
            className={styles.swatch}
            style={levelSwatchStyle(CSS_VAR_PALETTE, i)}
            aria-hidden="true"
          />
          {LEVEL_INFO[level].label}
        </li>
      ))}
    </ul>
  );
}

export function HeatmapSection({ classId, heatmap }: { classId: string; heatmap: HeatmapData }) {
  if (heatmap.learners.length === 0) return <p>No learners yet: share the join code.</p>;
  const counts = LEVELS.map(
    (level) =>
      `${heatmap.levels.flat().filter((l) => l === level).length} ${LEVEL_INFO[level].label.toLowerCase()}`,
  );
  const learnerHref = (id: string) => `/instructor/classes/${classId}/learners/${id}`;
  return (
    <>
      <LevelLegend />
      <ChartFigure
        title="Mastery level per learner and concept"
        chart={
          <StaticHeatmap
            id="heatmap"
            title="Mastery heatmap: learners by concepts"
            description={`${heatmap.learners.length} learners by ${heatmap.concepts.length} concepts; cells: ${counts.join(", ")}.`}
            rows={heatmap.learners.map((l) => l.name)}
            columns={heatmap.concepts.map(conceptTitle)}
            values={heatmap.levels.map((row) => row.map((level) => LEVELS.indexOf(level)))}
            levelLabels={LEVELS.map((level) => LEVEL_INFO[level].label)}
            levelIds={LEVELS}
          />
        }
        table={{
          caption: "Mastery level per learner (rows) and concept (columns)",
          columns: ["Learner", ...heatmap.concepts.map(conceptTitle)],
          rows: heatmap.learners.map((l, i) => [
            { text: l.name, href: learnerHref(l.id) },
            ...heatmap.concepts.map(
              (_, j) => LEVEL_INFO[heatmap.levels[i]?.[j] ?? "not-started"].label,
            ),
          ]),
        }}
      />
      {/* The overview's links to each learner, without the whole table in the page. */}
      <nav className={styles.learnerLinks} aria-label="Learners in this class">
        <span className="muted">Open a learner:</span>
        <ul>
          {heatmap.learners.map((l) => (
            <li key={l.id}>
              <Link prefetch={false} href={learnerHref(l.id)}>
                {l.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
