import type { ResponseDistribution } from "@/lib/db/dashboard";
import { BarChart } from "./BarChart";
import { ChartFigure } from "./ChartFigure";
import { pct } from "./format";
import { numClass, tableClass } from "./TableWrap";

const anchor = (questionId: string) => `responses-${questionId.replace(/[^a-z0-9-]/gi, "-")}`;
const verdict = (correct: boolean | null) =>
  correct === null ? "depends on parameters" : correct ? "correct" : "wrong";

/** Moodle's response analysis for one question: each option, its share and its misconception. */
export function ResponseSection({ dist, prompt }: { dist: ResponseDistribution; prompt: string }) {
  const id = anchor(dist.questionId);
  const share = (n: number) => (dist.total > 0 ? n / dist.total : 0);
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{dist.questionId}</h3>
      <p className="muted">{prompt}</p>
      <ChartFigure
        title={`First responses of ${dist.total} learners`}
        chart={
          <BarChart
            id={`${id}-chart`}
            title={`Responses to ${dist.questionId}`}
            description={dist.buckets
              .map((b) => `${b.label}: ${b.count} (${verdict(b.correct)})`)
              .join("; ")}
            data={dist.buckets.map((b) => ({
              label: b.label,
              value: share(b.count),
              valueText: `${b.count} (${pct(share(b.count))})`,
              tone:
                b.correct === true
                  ? ("success" as const)
                  : b.correct === false
                    ? ("danger" as const)
                    : ("muted" as const),
            }))}
            max={1}
            tickFormat={(v) => pct(v)}
          />
        }
        table={
          <table className={tableClass}>
            <caption>Responses to {dist.questionId}</caption>
            <thead>
              <tr>
                <th scope="col">Response</th>
                <th scope="col">Key</th>
                <th scope="col">Misconception tagged</th>
                <th scope="col" className={numClass}>
                  Learners
                </th>
                <th scope="col" className={numClass}>
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {dist.buckets.map((b) => (
                <tr key={b.key}>
                  <th scope="row">{b.label}</th>
                  <td>{verdict(b.correct)}</td>
                  <td>{b.misconception?.label ?? ""}</td>
                  <td className={numClass}>{b.count}</td>
                  <td className={numClass}>{pct(share(b.count))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
