import Link from "next/link";
import { conceptTitle } from "@/lib/content";
import type { Heatmap as HeatmapData } from "@/lib/services/dashboard";
import { LEVEL_INFO } from "@/lib/learning/levels";
import { ChartFigure } from "./ChartFigure";
import { Heatmap, LevelLegend } from "./Heatmap";
import { tableClass } from "../ui/Table";

export function HeatmapSection({ classId, heatmap }: { classId: string; heatmap: HeatmapData }) {
  if (heatmap.learners.length === 0) return <p>No learners yet: share the join code.</p>;
  return (
    <>
      <LevelLegend />
      <ChartFigure
        title="Mastery level per learner and concept"
        chart={<Heatmap id="heatmap" {...heatmap} />}
        table={
          <table className={tableClass}>
            <caption>Mastery level per learner (rows) and concept (columns)</caption>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                {heatmap.concepts.map((c) => (
                  <th scope="col" key={c}>
                    {conceptTitle(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {heatmap.learners.map((l, i) => (
                <tr key={l.id}>
                  <th scope="row">
                    <Link href={`/instructor/classes/${classId}/learners/${l.id}`}>{l.name}</Link>
                  </th>
                  {heatmap.concepts.map((c, j) => (
                    <td key={c}>{LEVEL_INFO[heatmap.levels[i]?.[j] ?? "not-started"].label}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}
