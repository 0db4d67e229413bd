import type { Metadata } from "next";
import { FittedBarChart } from "@/app/_components/dashboard/Charts";
import { ChartFigure } from "@/app/_components/dashboard/ChartFigure";
import { ClassNav, ExportLinks } from "@/app/_components/dashboard/ClassNav";
import { facilityText, ItemTable } from "@/app/_components/dashboard/ItemTable";
import { ResponseSection } from "@/app/_components/dashboard/ResponseSection";
import { formatNumber, formatPercent } from "@/app/_components/ui/format";
import styles from "@/app/_components/dashboard/dashboard.module.css";
import { TableElement } from "@/app/_components/ui/Table";
import { getQuestion } from "@/lib/content";
import { EXPORT_EXAMPLE_SEED } from "@/lib/content/export";
import { MINIMUMS } from "@/lib/learning/item-analysis";
import { instantiateQuestion } from "@/lib/learning/instantiate";
import {
  dashboardDb,
  itemExploration,
  itemExport,
  responseDistributions,
} from "@/lib/services/dashboard";
import { pageClass } from "../../../guard";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Item analysis" };

export default async function ItemsPage({ params }: Props) {
  const { classId } = await params;
  const { cls } = await pageClass(classId, `/instructor/classes/${classId}/items`);
  const ctx = dashboardDb();
  const [items, responses, exploration] = await Promise.all([
    itemExport(ctx, cls.id),
    responseDistributions(ctx, cls.id),
    itemExploration(ctx, cls.id),
  ]);
  return (
    <main>
      <h1>Item analysis: {cls.name}</h1>
      <ClassNav classId={cls.id} current="/items" />
      <details open>
        <summary>How these are computed, and when they are shown</summary>
        <ul>
          <li>
            Each learner counts once per question: their <strong>first finished</strong> lesson
            attempt (an attempt left part-way is not analysed, as in Moodle). Their mark is the best
            credit of that attempt (later tries and hints already lower it), from 0 to 1.
          </li>
          <li>
            <strong>Facility</strong> = mean mark (Moodle&apos;s facility index), with its 95%
            margin (1.96 standard errors), shown from {MINIMUMS.facility} learners: below 20% very
            difficult, above 80% easy.
          </li>
          <li>
            <strong>Discrimination (upper − lower)</strong>: rank the learners who answered the
            question by their total on its lesson, take the top and bottom 27% (thirds when fewer
            than 30), and subtract the bottom group&apos;s facility from the top&apos;s. Learners
            tied on the total at a group boundary share the places left equally (each place gets the
            tied learners&apos; mean mark), so no one is picked by name or by chance. Shown only
            when both groups have at least {MINIMUMS.group} learners ({3 * MINIMUMS.group} in all):
            with smaller groups one learner moves it by a fifth or more. 0.4 or more is very good;
            below 0.2 poor; negative means stronger learners did worse, so check the key.
          </li>
          <li>
            <strong>Item–rest r</strong>: the correlation of the mark with the rest of the lesson
            total (what Moodle calls its discrimination index), from {MINIMUMS.correlation}{" "}
            learners; it leaves the question out of the total so it cannot correlate with itself.
          </li>
          <li>
            n is beside every figure. Mean tries and hints, and the median time to finish the
            question, come from the same attempts. Exports carry the question ids.
          </li>
        </ul>
      </details>
      {items.length === 0 ? (
        <p>No answers yet.</p>
      ) : (
        <>
          <ItemTable items={items} exploration={exploration} />
          <ExportLinks classId={cls.id} />
          <ChartFigure
            title="Facility and discrimination per question"
            chart={
              <FittedBarChart
                id="facility"
                title="Facility per question"
                description={items.map((r) => `${r.title}: ${facilityText(r)}`).join("; ")}
                data={items.map((r) => ({
                  label: r.title,
                  value: r.facilityShown ? r.facility : 0,
                  valueText: r.facilityShown
                    ? `${formatPercent(r.facility)} (n = ${r.n})`
                    : `n = ${r.n}`,
                }))}
                max={1}
                axis="percent"
              />
            }
            table={
              <TableElement
                caption="Facility and discrimination per question"
                columns={["Question", "Facility", "Discrimination"]}
              >
                {items.map((r) => (
                  <tr key={r.questionId}>
                    <th scope="row">{r.title}</th>
                    <td>{facilityText(r)}</td>
                    <td>
                      {r.discrimination === null
                        ? `not shown (n = ${r.n})`
                        : `${formatNumber(r.discrimination, { fractionDigits: 2 })} (n = ${r.n})`}
                    </td>
                  </tr>
                ))}
              </TableElement>
            }
          />
        </>
      )}
      <section className={styles.section} aria-labelledby="responses-heading">
        <h2 id="responses-heading">Responses per question</h2>
        {responses.map((d) => (
          <ResponseSection key={d.questionId} dist={d} {...examplePrompt(d.questionId)} />
        ))}
      </section>
    </main>
  );
}

/**
 * The prompt as a learner reads it. Simulated questions draw their numbers per learner, so the
 * section shows one example instance and says so, never the raw template.
 */
function examplePrompt(questionId: string): { title: string; prompt: string; example: boolean } {
  const q = getQuestion(questionId);
  if (!q) return { title: "A question no longer in the bank", prompt: "", example: false };
  const simulated = "sim" in q && q.sim !== undefined;
  try {
    return {
      title: q.title,
      prompt: instantiateQuestion(q, EXPORT_EXAMPLE_SEED).prompt,
      example: simulated,
    };
  } catch {
    return { title: q.title, prompt: "", example: false };
  }
}
