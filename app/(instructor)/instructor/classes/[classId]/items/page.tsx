import type { Metadata } from "next";
import { BarChart } from "@/app/_components/dashboard/BarChart";
import { ChartFigure } from "@/app/_components/dashboard/ChartFigure";
import { ClassNav, ExportLinks } from "@/app/_components/dashboard/ClassNav";
import { ItemTable } from "@/app/_components/dashboard/ItemTable";
import { ResponseSection } from "@/app/_components/dashboard/ResponseSection";
import { fixed, pct } from "@/app/_components/dashboard/format";
import styles from "@/app/_components/dashboard/dashboard.module.css";
import { getQuestion } from "@/lib/content";
import { dashboardDb, itemExport, responseDistributions } from "@/lib/db/dashboard";
import { pageClass } from "../../../guard";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Item analysis" };

export default async function ItemsPage({ params }: Props) {
  const { classId } = await params;
  const { cls } = await pageClass(classId, `/instructor/classes/${classId}/items`);
  const ctx = dashboardDb();
  const [items, responses] = await Promise.all([
    itemExport(ctx, cls.id),
    responseDistributions(ctx, cls.id),
  ]);
  return (
    <main>
      <h1>Item analysis: {cls.name}</h1>
      <ClassNav classId={cls.id} current="/items" />
      <details>
        <summary>How these are computed</summary>
        <ul>
          <li>
            Each learner counts once per question: their <strong>first</strong> lesson attempt at
            it. Their mark is the best credit of that attempt (later tries and hints already lower
            it), from 0 to 1.
          </li>
          <li>
            <strong>Facility</strong> = mean mark (Moodle&apos;s facility index): below 20% very
            difficult, above 80% easy.
          </li>
          <li>
            <strong>Discrimination (upper − lower)</strong>: rank the learners who answered the
            question by their total on its lesson, take the top and bottom 27% (thirds when fewer
            than 30), and subtract the bottom group&apos;s facility from the top&apos;s. 0.4 or more
            is very good; below 0.2 poor; negative means stronger learners did worse, so check the
            key.
          </li>
          <li>
            <strong>Item–rest r</strong>: the correlation of the mark with the rest of the lesson
            total (what Moodle calls its discrimination index); it leaves the question out of the
            total so it cannot correlate with itself.
          </li>
          <li>
            Mean tries and hints, and the median time to finish the question, come from the same
            first attempts.
          </li>
        </ul>
      </details>
      {items.length === 0 ? (
        <p>No answers yet.</p>
      ) : (
        <>
          <ItemTable items={items} />
          <ExportLinks classId={cls.id} />
          <ChartFigure
            title="Facility and discrimination per question"
            chart={
              <BarChart
                id="facility"
                title="Facility per question"
                description={items.map((r) => `${r.questionId} ${pct(r.facility)}`).join("; ")}
                data={items.map((r) => ({
                  label: r.questionId.split("/").reverse().join(" · "),
                  value: r.facility,
                  valueText: pct(r.facility),
                }))}
                max={1}
                tickFormat={(v) => pct(v)}
              />
            }
            table={
              <table className={styles.table}>
                <caption>Facility and discrimination per question</caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Facility</th>
                    <th scope="col">Discrimination</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.questionId}>
                      <th scope="row">{r.questionId}</th>
                      <td>{pct(r.facility)}</td>
                      <td>{fixed(r.discrimination)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </>
      )}
      <section className={styles.section} aria-labelledby="responses-heading">
        <h2 id="responses-heading">Responses per question</h2>
        {responses.map((d) => (
          <ResponseSection
            key={d.questionId}
            dist={d}
            prompt={getQuestion(d.questionId)?.prompt ?? "(not in the question bank)"}
          />
        ))}
      </section>
    </main>
  );
}
