import type { Metadata } from "next";
import Link from "next/link";
import { PlotSvg } from "@/lib/plot";
import { getCurrentUser } from "@/lib/auth/current";
import { getLesson, lessons } from "@/lib/content";
import { answerHistory, masteryByConcept } from "@/lib/db/learner";
import { lessonMastery } from "@/lib/db/lesson-mastery";
import { activitySeries } from "@/lib/db/progress-series";
import { LEVEL_INFO, levelFor } from "@/lib/learning/levels";
import styles from "./progress.module.css";

export const metadata: Metadata = { title: "My progress" };

export default async function ProgressPage() {
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
  const [history, concepts] = await Promise.all([
    answerHistory(user.id),
    masteryByConcept(user.id),
  ]);
  const byLesson = lessonMastery(concepts);
  const activity = activitySeries(history, new Date());

  return (
    <main>
      <h1>My progress</h1>
      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Mastery by lesson</h2>
        <table className={styles.table}>
          <caption className="visually-hidden">Estimated mastery of each lesson</caption>
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Level</th>
              <th scope="col">P(known)</th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((lesson) => {
              const m = byLesson.get(lesson.id);
              const p = m?.pKnown ?? 0;
              return (
                <tr key={lesson.id}>
                  <th scope="row">
                    <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
                  </th>
                  <td>{LEVEL_INFO[m?.level ?? "not-started"].label}</td>
                  <td>
                    <span className={styles.bar} aria-hidden="true">
                      <span style={{ width: `${Math.round(p * 100)}%` }} />
                    </span>{" "}
                    {Math.round(p * 100)}%
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted">
          Mastery is a Bayesian Knowledge Tracing estimate per concept, from your first tries.
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
                <strong>{c.conceptId.replaceAll("-", " ")}</strong>: {LEVEL_INFO[levelFor(c)].label}{" "}
                ({c.correct} of {c.attempts} first tries right)
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

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">My answers</h2>
        {history.length === 0 ? (
          <p>No answers yet.</p>
        ) : (
          <div className={styles.scroll}>
            <table className={styles.table}>
              <caption className="visually-hidden">Your answers, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Lesson</th>
                  <th scope="col">Question</th>
                  <th scope="col">Try</th>
                  <th scope="col">Hints</th>
                  <th scope="col">Result</th>
                  <th scope="col">Credit</th>
                  <th scope="col">Time</th>
                </tr>
              </thead>
              <tbody>
                {history.map((a) => (
                  <tr key={a.id}>
                    <td>{a.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                    <td>{getLesson(a.lessonId)?.title ?? a.lessonId}</td>
                    <td>
                      <code>{a.questionId.split("/")[1] ?? a.questionId}</code>
                    </td>
                    <td>{a.tryNumber}</td>
                    <td>{a.hintsUsed}</td>
                    <td>{a.correct ? "right" : "wrong"}</td>
                    <td>{Math.round(a.score * 100)}%</td>
                    <td>{Math.round(a.timeTakenMs / 1000)} s</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
