import type { ResponseDistribution } from "@/lib/services/dashboard";
import { plainMath } from "@/lib/content/math";
import { Markdown } from "../markdown";
import { FittedBarChart } from "./Charts";
import { itemAnchor } from "./ItemTable";
import { ChartFigure } from "./ChartFigure";
import { formatPercent } from "../ui/format";
import { numClass, TableElement } from "../ui/Table";

const verdict = (correct: boolean | null) =>
  correct === null ? "depends on parameters" : correct ? "correct" : "wrong";

/** Moodle's response analysis for one question: each option, its share and its misconception. */
export function ResponseSection({
  dist,
  title,
  prompt,
  example,
}: {
  dist: ResponseDistribution;
  title: string;
  /** The prompt as a learner read it (one example instance when numbers are drawn). */
  prompt: string;
  example: boolean;
}) {
  const id = itemAnchor(dist.questionId);
  const share = (n: number) => (dist.total > 0 ? n / dist.total : 0);
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      {prompt && (
        <div className="muted">
          {example && <p>Example wording (each learner draws their own numbers):</p>}
          <Markdown>{prompt}</Markdown>
        </div>
      )}
      <ChartFigure
        title={`First responses of ${dist.total} learners`}
        chart={
          <FittedBarChart
            id={`${id}-chart`}
            title={`Responses to ${title}`}
            description={dist.buckets
              .map((b) => `${plainMath(b.label)}: ${b.count} (${verdict(b.correct)})`)
              .join("; ")}
            data={dist.buckets.map((b) => ({
              label: plainMath(b.label),
              value: share(b.count),
              valueText: `${b.count} (${formatPercent(share(b.count))})`,
              tone:
                b.correct === true
                  ? ("success" as const)
                  : b.correct === false
                    ? ("danger" as const)
                    : ("muted" as const),
            }))}
            max={1}
            axis="percent"
          />
        }
        table={
          <TableElement
            caption={<>Responses to {title}</>}
            columns={[
              "Response",
              "Key",
              "Misconception tagged",
              { label: "Learners", numeric: true },
              { label: "Share", numeric: true },
            ]}
          >
            {dist.buckets.map((b) => (
              <tr key={b.key}>
                <th scope="row">
                  <Markdown inline>{b.label}</Markdown>
                </th>
                <td>{verdict(b.correct)}</td>
                <td>{b.misconception?.label ?? ""}</td>
                <td className={numClass}>{b.count}</td>
                <td className={numClass}>{formatPercent(share(b.count))}</td>
              </tr>
            ))}
          </TableElement>
        }
      />
    </section>
  );
}
