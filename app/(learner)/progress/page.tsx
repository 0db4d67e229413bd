import type { Metadata } from "next";
import Link from "next/link";
import { PlotSvg } from "@/lib/plot";
import { getCurrentUser } from "@/lib/auth/current";
import { conceptTitle, getLesson, getQuestion, lessons } from "@/lib/content";
import { db } from "@/lib/db/client";
import { answerHistory, firstTries, masteryByConcept } from "@/lib/db/learner";
import { activitySeries } from "@/lib/services/learner/progress-series";
import { lessonFigureNote, lessonFigures } from "@/lib/learning/lesson-mastery";
import { LEVEL_INFO, LEVEL_RULE, levelFor } from "@/lib/learning/levels";
import styles from "./progress.module.css";
import { TableElement, TableWrap } from "@/app/_components/ui/Table";
import { ClearExplorationForm } from "@/app/_components/exploration/ClearExplorationForm";
import { ExplorationRecord } from "@/app/_components/exploration/ExplorationRecord";
import { PredictionList } from "@/app/_components/train/PredictionList";
import { explorationRecord } from "@/lib/services/learner/exploration";
import { predictionsOf } from "@/lib/services/predictions";
import { clearExplorationAction } from "./actions";

export const metadata: Metadata = { title: "My progress" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProgressPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <main>
        <h1>My progress</h1>
        <p>
          Nothing yet. <Link href="/">Start a lesson</Link> and your progress shows up here.
        </p>
      </main>
    );
  }
  const [history, concepts, tries, exploration, predictions] = await Promise.all([
    answerHistory(db(), user.id),
    masteryByConcept(db(), user.id),
    firstTries(db(), user.id),
    explorationRecord(user.id),
    predictionsOf(user.id),
  ]);
  const cleared = (await searchParams).cleared === "exploration";
  const byLesson = lessonFigures(tries);
  const activity = activitySeries(history, new Date());

  return (
    <main>
      <h1>My progress</h1>
      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Mastery by lesson</h2>
        <TableWrap label="Mastery by lesson">
          <TableElement
            caption="Estimated mastery of each lesson"
            captionClassName="visually-hidden"
            columns={["Lesson", "Level", "P(known)", "Made of"]}
          >
            {lessons.map((lesson) => {
              const m = byLesson.get(lesson.id);
              const p = m?.pKnown ?? null;
              return (
                <tr key={lesson.id}>
                  <th scope="row">
                    <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
                  </th>
                  <td>{LEVEL_INFO[m?.level ?? "not-started"].label}</td>
                  <td>
                    {p === null ? (
                      "—"
                    ) : (
                      <>
                        <span className={styles.bar} aria-hidden="true">
                          <span style={{ width: `${Math.round(p * 100)}%` }} />
                        </span>{" "}
                        {Math.round(p * 100)}%
                      </>
                    )}
                  </td>
                  <td>{m ? `n = ${m.firstTries}. ${lessonFigureNote(m)}` : ""}</td>
                </tr>
              );
            })}
          </TableElement>
        </TableWrap>
        <p className="muted">
          A lesson&apos;s figure counts only your first tries on that lesson&apos;s own questions:
          Bayesian Knowledge Tracing replayed over them, averaged over the concepts they practise (a
          concept not yet practised there counts at the starting estimate, 20%). Concepts below use
          every answer in the course. {LEVEL_RULE}
        </p>
      </section>

      <section aria-labelledby="concepts-heading">
        <h2 id="concepts-heading">Concepts</h2>
        {concepts.length === 0 ? (
          <p>No answers yet.</p>
        ) : (
          <ul className={styles.concepts}>
            {concepts.map((c) => (
              <li key={c.conceptId}>
                <strong>{conceptTitle(c.conceptId)}</strong>: {LEVEL_INFO[levelFor(c)].label} (
                {c.correct} of {c.attempts} first {c.attempts === 1 ? "try" : "tries"} right,
                P(known) {Math.round(c.pKnown * 100)}%)
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">Over time</h2>
        <div className={styles.charts}>
          <PlotSvg
            result={activity}
            panelIndex={0}
            idPrefix="activity-answers"
            showCaption={false}
          />
          <PlotSvg
            result={activity}
            panelIndex={1}
            idPrefix="activity-credit"
            showCaption={false}
          />
        </div>
      </section>

      <PredictionList predictions={predictions} />

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">My answers</h2>
        {history.length === 0 ? (
          <p>No answers yet.</p>
        ) : (
          <div className={styles.scroll}>
            <TableElement
              caption="Your answers, newest first"
              captionClassName="visually-hidden"
              columns={["When", "Lesson", "Question", "Try", "Hints", "Result", "Credit", "Time"]}
            >
              {history.map((a) => (
                <tr key={a.id}>
                  <td>{a.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td>{getLesson(a.lessonId)?.title ?? a.lessonId}</td>
                  <td>{getQuestion(a.questionId)?.title ?? "(a retired question)"}</td>
                  <td>{a.tryNumber}</td>
                  <td>{a.hintsUsed}</td>
                  <td>{a.correct ? "right" : "wrong"}</td>
                  <td>{Math.round(a.score * 100)}%</td>
                  <td>{Math.round(a.timeTakenMs / 1000)} s</td>
                </tr>
              ))}
            </TableElement>
          </div>
        )}
      </section>

      <section aria-labelledby="exploration-heading">
        <h2 id="exploration-heading" tabIndex={-1}>
          My exploration record
        </h2>
        {cleared && <p role="status">Your exploration record is cleared.</p>}
        <ExplorationRecord record={exploration} />
        {exploration.length > 0 && (
          <ClearExplorationForm action={clearExplorationAction} tries={exploration.length} />
        )}
      </section>
    </main>
  );
}
