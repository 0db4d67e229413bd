import type { Overview } from "@/lib/services/dashboard";
import { ChartFigure } from "./ChartFigure";
import { FittedBarChart, FittedLineChart } from "./Charts";
import { formatPercent } from "../ui/format";

type LessonRow = Overview["lessons"][number];

/** What the class mean mastery is made of, shown beside the chart. */
export const MASTERY_NOTE =
  "Mean mastery of a lesson is the average, over the learners who answered at least one of its own questions, of P(known) replayed from their first tries on those questions only; answers in other lessons are not counted, even where they practise the same concepts.";

function masteryText(l: LessonRow): string {
  return l.meanMastery === null
    ? "no answers yet"
    : `${formatPercent(l.meanMastery)} (n = ${l.masteryLearners})`;
}

export function LessonCharts({
  lessons,
  learnerCount,
}: {
  lessons: Overview["lessons"];
  learnerCount: number;
}) {
  return (
    <>
      <ChartFigure
        title="Completion per lesson"
        chart={
          <FittedBarChart
            id="completion"
            title="Completion per lesson"
            description={`Share of the ${learnerCount} learners who completed each lesson: ${lessons.map((l) => `${l.title} ${formatPercent(l.completion)}`).join("; ")}.`}
            data={lessons.map((l) => ({
              label: l.title,
              value: l.completion,
              valueText: formatPercent(l.completion),
            }))}
            max={1}
            axis="percent"
          />
        }
        table={{
          caption: "Completion and mean mastery per lesson",
          columns: [
            "Lesson",
            { label: "Started", numeric: true },
            { label: "Completed", numeric: true },
            { label: "Completion", numeric: true },
            { label: "Mean mastery (n learners)", numeric: true },
          ],
          rows: lessons.map((l) => [
            l.title,
            l.started,
            l.completed,
            formatPercent(l.completion),
            masteryText(l),
          ]),
        }}
      />
      <p className="muted">{MASTERY_NOTE}</p>
      <ChartFigure
        title="Mean mastery per lesson"
        chart={
          <FittedBarChart
            id="mastery"
            title="Mean mastery per lesson"
            description={`${MASTERY_NOTE} ${lessons.map((l) => `${l.title} ${masteryText(l)}`).join("; ")}.`}
            data={lessons.map((l) => ({
              label: l.title,
              value: l.meanMastery ?? 0,
              valueText: masteryText(l),
              tone: "success" as const,
            }))}
            max={1}
            axis="percent"
          />
        }
        table={{
          caption: "Mean mastery per lesson",
          columns: ["Lesson", { label: "Mean P(known) (n learners)", numeric: true }],
          rows: lessons.map((l) => [l.title, masteryText(l)]),
        }}
      />
    </>
  );
}

export function ActivityChart({ activity }: { activity: Overview["activity"] }) {
  const total = activity.reduce((s, d) => s + d.answers, 0);
  const first = activity[0]?.day ?? "";
  const last = activity.at(-1)?.day ?? "";
  return (
    <ChartFigure
      title={`Answers and active learners per day, ${first} to ${last}`}
      chart={
        <FittedLineChart
          id="activity"
          title="Answers and active learners per day"
          summary={`${total} answers over ${activity.length} days; busiest day ${[...activity].sort((a, b) => b.answers - a.answers)[0]?.day ?? "none"}.`}
          xLabels={activity.map((d) => d.day)}
          xAxisLabel="day (UTC)"
          yAxisLabel="count"
          series={[
            { name: "Answers", values: activity.map((d) => d.answers) },
            { name: "Active learners", values: activity.map((d) => d.learners) },
          ]}
        />
      }
      table={{
        caption: "Activity per day (UTC)",
        columns: [
          "Day",
          { label: "Answers", numeric: true },
          { label: "Correct", numeric: true },
          { label: "Active learners", numeric: true },
        ],
        rows: activity.map((d) => [d.day, d.answers, d.correct, d.learners]),
      }}
    />
  );
}
