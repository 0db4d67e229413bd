import type { MisconceptionRow } from "@/lib/services/dashboard";
import { Markdown } from "../markdown";
import { FittedBarChart } from "./Charts";
import { ChartFigure } from "./ChartFigure";
import { numClass, tableClass } from "../ui/Table";

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
      table={
        <table className={tableClass}>
          <caption>Misconceptions, most learners first</caption>
          <thead>
            <tr>
              <th scope="col">Misconception</th>
              <th scope="col" className={numClass}>
                Learners
              </th>
              <th scope="col" className={numClass}>
                Answers
              </th>
              <th scope="col" className={numClass}>
                In tutor chat
              </th>
              <th scope="col" className={numClass}>
                Questions
              </th>
              <th scope="col">Correction</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td className={numClass}>{r.learners}</td>
                <td className={numClass}>{r.answers}</td>
                <td className={numClass}>{r.chat}</td>
                <td className={numClass}>{r.questions}</td>
                <td>{r.correction ? <Markdown inline>{r.correction}</Markdown> : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
