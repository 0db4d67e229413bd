import Link from "next/link";
import { StartLessonButton } from "./_components/start-lesson-button";
import { getCurrentUser } from "@/lib/auth/current";
import { getLesson, lessons } from "@/lib/content/lessons";
import { lessonProgress, type LessonProgress } from "@/lib/db/progress";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getCurrentUser();
  const progress = user ? await lessonProgress(user.id) : [];
  const byLesson = new Map(progress.map((entry) => [entry.lessonId, entry]));
  const resume = progress[0] ? getLesson(progress[0].lessonId) : undefined;

  return (
    <main>
      <h1>Why do LSTMs keep their gradients?</h1>
      <p>
        Plain recurrent networks forget what happened many steps ago because the learning signal
        fades on its way back through time. Work through five short lessons, each with a live
        simulation you can steer, and see how gates, ReLU, residual paths and clipping change the
        picture.
      </p>
      {resume && (
        <section aria-labelledby="continue-heading" className="card">
          <h2 id="continue-heading">Continue where you left off</h2>
          <p data-testid="continue-lesson">{resume.title}</p>
          <Link className="button" href={`/lessons/${resume.id}`}>
            Continue
          </Link>
        </section>
      )}
      <h2>Lessons</h2>
      <ul className="grid">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="card">
            <h3>{lesson.title}</h3>
            <p>{lesson.summary}</p>
            <p className="muted">{statusText(byLesson.get(lesson.id))}</p>
            <StartLessonButton
              lessonId={lesson.id}
              label={byLesson.has(lesson.id) ? "Continue lesson" : "Start lesson"}
            />
          </li>
        ))}
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
