import type { Metadata } from "next";
import { Suspense } from "react";
import { LEVEL_RULE } from "@/lib/learning/levels";
import { ClassNav, ExportLinks } from "@/app/_components/dashboard/ClassNav";
import { ActivityChart, LessonCharts } from "@/app/_components/dashboard/OverviewCharts";
import { HeatmapSection } from "@/app/_components/dashboard/HeatmapSection";
import { MisconceptionList } from "@/app/_components/dashboard/MisconceptionList";
import { NeedsHelpList } from "@/app/_components/dashboard/NeedsHelpList";
import styles from "@/app/_components/dashboard/dashboard.module.css";
import { numClass, Table } from "@/app/_components/ui/Table";
import {
  classOverview,
  dashboardDb,
  learnerProgress,
  masteryHeatmap,
  rankedMisconceptions,
  tutorTopics,
} from "@/lib/services/dashboard";
import { whoNeedsHelp } from "@/lib/learning/needs-help";
import { pageClass } from "../../guard";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Class overview" };

export default async function ClassOverviewPage({ params }: Props) {
  const { classId } = await params;
  const { cls } = await pageClass(classId, `/instructor/classes/${classId}`);
  const ctx = dashboardDb();
  const now = new Date();
  const [overview, heatmap, misconceptions, progress, topics] = await Promise.all([
    classOverview(ctx, cls.id, now),
    masteryHeatmap(ctx, cls.id),
    rankedMisconceptions(ctx, cls.id),
    learnerProgress(ctx, cls.id),
    tutorTopics(ctx, cls.id),
  ]);
  const needsHelp = whoNeedsHelp(progress, now);
  // Nothing here suspends on the server: each Suspense boundary lets the browser hydrate the
  // charts and tables in a task of their own instead of one long one (Lighthouse's TBT).
  return (
    <main>
      <h1>{cls.name}</h1>
      {cls.archivedAt && <p className="muted">This class is archived: it takes no new learners.</p>}
      <ClassNav classId={cls.id} current="" />
      <p className="muted" data-testid="exploration-notice">
        How learners move a lesson plot&apos;s sliders before answering is recorded with each answer
        (they are told when they join and can clear it): open a learner to replay it, and item
        analysis compares the first tries of those who explored with those who did not.
      </p>
      <ul className={styles.stats} aria-label="Class at a glance">
        <li>
          <strong>{overview.learnerCount}</strong> learners
        </li>
        <li>
          <strong>{overview.activeThisWeek}</strong> active in the last 7 days
        </li>
        <li>
          <strong>{needsHelp.length}</strong> may need help
        </li>
      </ul>
      <section className={styles.section} aria-labelledby="help-heading">
        <h2 id="help-heading">Who needs help</h2>
        <Suspense>
          <NeedsHelpList classId={cls.id} list={needsHelp} />
        </Suspense>
      </section>
      <section className={styles.section} aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <Suspense>
          <LessonCharts lessons={overview.lessons} learnerCount={overview.learnerCount} />
        </Suspense>
      </section>
      <section className={styles.section} aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading">Mastery by learner and concept</h2>
        <p className="muted">{LEVEL_RULE}</p>
        <Suspense>
          <HeatmapSection classId={cls.id} heatmap={heatmap} />
        </Suspense>
      </section>
      <section className={styles.section} aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity</h2>
        <Suspense>
          <ActivityChart activity={overview.activity} />
        </Suspense>
      </section>
      <section className={styles.section} aria-labelledby="mis-heading">
        <h2 id="mis-heading">Misconceptions</h2>
        <Suspense>
          <MisconceptionList rows={misconceptions} learnerCount={overview.learnerCount} />
        </Suspense>
      </section>
      <section className={styles.section} aria-labelledby="tutor-heading">
        <h2 id="tutor-heading">What learners asked the tutor</h2>
        {topics.length === 0 ? (
          <p className="muted">No questions to the tutor yet.</p>
        ) : (
          <Table
            label="Questions to the tutor by topic"
            caption="Questions to the tutor by topic"
            captionClassName="visually-hidden"
            columns={[
              "Topic",
              { label: "Questions", numeric: true },
              { label: "Learners", numeric: true },
            ]}
            testId="tutor-topics"
          >
            {topics.map((t) => (
              <tr key={t.topic}>
                <th scope="row">{t.label}</th>
                <td className={numClass}>{t.questions}</td>
                <td className={numClass}>{t.learners}</td>
              </tr>
            ))}
          </Table>
        )}
        <p className="muted">Open a learner to read their conversations.</p>
      </section>
      <section className={styles.section} aria-labelledby="exports-heading">
        <h2 id="exports-heading">Exports</h2>
        <ExportLinks classId={cls.id} />
      </section>
    </main>
  );
}
