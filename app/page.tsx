import Link from "next/link";
import { StartLessonButton } from "./_components/start-lesson-button";
import { getCurrentUser } from "@/lib/auth/current";
import { getLesson, lessons } from "@/lib/content";
import { db } from "@/lib/db/client";
import { firstTries } from "@/lib/db/learner";
import { reviewQueue } from "@/lib/services/learner";
import { lessonProgress, type LessonProgress } from "@/lib/db/progress";
import { lessonFigures } from "@/lib/learning/lesson-mastery";
import { LEVEL_INFO } from "@/lib/learning/levels";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getCurrentUser();
  const [progress, answers, due] = user
    ? await Promise.all([
        lessonProgress(db(), user.id),
        firstTries(db(), user.id),
        reviewQueue(user.id),
      ])
    : [[], [], []];
  const byLesson = new Map(progress.map((entry) => [entry.lessonId, entry]));
  const mastery = lessonFigures(answers);
  const resume = progress[0] ? getLesson(progress[0].lessonId) : undefined;

  return (
    <main>
      <h1>Why do LSTMs keep their gradients?</h1>
      <p>
        Plain recurrent networks forget what happened many steps ago because the learning signal
        fades on its way back through time. Work through short lessons, each with a live simulation
        you can steer, and see how gates, ReLU, residual paths and clipping change the picture.
      </p>
      {(resume || due.length > 0) && (
        <div className="grid">
          {resume && (
            <section aria-labelledby="continue-heading" className="card">
              <h2 id="continue-heading">Continue where you left off</h2>
              <p data-testid="continue-lesson">{resume.title}</p>
              <Link className="button" href={`/lessons/${resume.id}#quiz`}>
                Continue
              </Link>
            </section>
          )}
          {due.length > 0 && (
            <section aria-labelledby="review-heading" className="card">
              <h2 id="review-heading">Due for review</h2>
              <p data-testid="review-count">
                {due.length} {due.length === 1 ? "question is" : "questions are"} due.
              </p>
              <Link className="button" href="/review">
                Review now
              </Link>
            </section>
          )}
        </div>
      )}
      <h2>Lessons</h2>
      <ul className="grid">
        {lessons.map((lesson) => {
          const figure = mastery.get(lesson.id);
          const level = figure?.level ?? "not-started";
          const n = figure?.firstTries ?? 0;
          return (
            <li key={lesson.id} className="card">
              <h3>
                <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
              </h3>
              <p>{lesson.summary}</p>
              <p className="muted">
                {byLesson.has(lesson.id) ? (
                  <>
                    Mastery:{" "}
                    <span data-testid={`level-${lesson.id}`}>{LEVEL_INFO[level].label}</span>
                    {n > 0 &&
                      ` (from ${n} first ${n === 1 ? "try" : "tries"} on its questions)`} ·{" "}
                    {statusText(byLesson.get(lesson.id))}
                  </>
                ) : (
                  "Not started"
                )}
              </p>
              <StartLessonButton
                lessonId={lesson.id}
                label={byLesson.has(lesson.id) ? "Continue lesson" : "Start lesson"}
              />
            </li>
          );
        })}
      </ul>
      {!user && (
        <p className="muted">
          No account needed: starting a lesson makes you a guest, and signing up later keeps
          everything you did.
        </p>
      )}
    </main>
  );
}

function statusText(progress: LessonProgress | undefined): string {
  if (!progress) return "Not started";
  if (progress.answered === 0) return "Started";
  return `${progress.correct} of ${progress.answered} answers correct`;
}
