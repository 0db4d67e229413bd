import Link from "next/link";
import { conceptTitle } from "@/lib/content";
import type { Heatmap as HeatmapData } from "@/lib/services/dashboard";
import { LEVEL_INFO, LEVELS } from "@/lib/learning/levels";
import { CSS_VAR_PALETTE, levelSwatchStyle } from "@/lib/plot";
import { ChartFigure } from "./ChartFigure";
import { FittedHeatmap } from "./Charts";
import styles from "./dashboard.module.css";
import { TableElement } from "../ui/Table";

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
  return (
    <>
      <LevelLegend />
      {/* The table stays in the page: its learner names are the overview's links to them. */}
      <ChartFigure
        title="Mastery level per learner and concept"
        keepTable
        chart={
          <FittedHeatmap
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
        table={
          <TableElement
            caption="Mastery level per learner (rows) and concept (columns)"
            columns={["Learner", ...heatmap.concepts.map(conceptTitle)]}
          >
            {heatmap.learners.map((l, i) => (
              <tr key={l.id}>
                <th scope="row">
                  <Link prefetch={false} href={`/instructor/classes/${classId}/learners/${l.id}`}>
                    {l.name}
                  </Link>
                </th>
                {heatmap.concepts.map((c, j) => (
                  <td key={c}>{LEVEL_INFO[heatmap.levels[i]?.[j] ?? "not-started"].label}</td>
                ))}
              </tr>
            ))}
          </TableElement>
        }
      />
    </>
  );
}
