import type { MisconceptionRow } from "@/lib/services/dashboard";
import { inlineCourseHtml } from "./course-html";
import { FittedBarChart } from "./Charts";
import { ChartFigure } from "./ChartFigure";

const SHOWN = 12;

export function MisconceptionList({
  rows,
  learnerCount,
}: {
  rows: readonly MisconceptionRow[];
  learnerCount: number;
}) {
  if (rows.length === 0) return <p>No misconceptions shown yet.</p>;
  const top = rows.slice(0, SHOWN);
  return (
    <ChartFigure
      title="Misconceptions by learners who showed them"
      chart={
        <FittedBarChart
          id="misconceptions"
          title="Misconceptions by learners who showed them"
          description={top
            .map((r) => `${r.label}: ${r.learners} of ${learnerCount} learners`)
            .join("; ")}
          data={top.map((r) => ({
            label: r.label,
            value: r.learners,
            valueText: String(r.learners),
            tone: "danger" as const,
          }))}
          max={Math.max(1, learnerCount)}
        />
      }
      table={{
        caption: "Misconceptions, most learners first",
        columns: [
          "Misconception",
          { label: "Learners", numeric: true },
          { label: "Answers", numeric: true },
          { label: "In tutor chat", numeric: true },
          { label: "Questions", numeric: true },
          "Correction",
        ],
        rows: rows.map((r) => [
          r.label,
          r.learners,
          r.answers,
          r.chat,
          r.questions,
          r.correction ? { html: inlineCourseHtml(r.correction) } : "",
        ]),
      }}
    />
  );
}
