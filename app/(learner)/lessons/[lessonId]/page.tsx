import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { GlossaryLinks } from "@/app/_components/glossary-links";
import { LessonProse, wantsHtmlDocument } from "@/app/_components/lesson-prose";
import { CurrentPlotProvider } from "@/app/_components/plot/current-plot";
import { ParamNotice } from "@/app/_components/plot/ParamNotice";
import { ScenarioLabView } from "@/app/_components/plot/ScenarioLabView";
import { readScenarioParams, type SearchParams } from "@/app/_components/plot/search-params";
import { LazyQuizPanel } from "@/app/_components/quiz/LazyQuizPanel";
import { StartLessonButton } from "@/app/_components/start-lesson-button";
import { TutorChat } from "@/app/_components/tutor/TutorChat";
import styles from "./lesson.module.css";
import { getCurrentUser } from "@/lib/auth/current";
import { CellDiagram } from "@/lib/plot";
import { getLesson, lessons } from "@/lib/content";
import { openLessonAttempt } from "@/lib/services/attempts";
import { getScenario, runWithinBudget } from "@/lib/sim";

type Props = { params: Promise<{ lessonId: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).lessonId);
  return { title: lesson?.title ?? "Lesson not found" };
}

/** Lessons on vanishing gradients, which link to the side-by-side training page. */
const TRAIN_LESSONS = new Set([
  "bptt-basics",
  "what-problem-lstm-solves",
  "how-to-fix-vanishing-gradients",
  "why-lstm-solves-vanishing-gradients",
  "why-lstm-gradients-do-not-vanish-backward",
  "gru",
]);

const SOURCE_HEADING = {
  accurate: "What the draft explanation got right",
  loose: "Where the draft explanation was loose",
  wrong: "What the draft explanation got wrong",
} as const;

/** Said once, in the box itself, so a learner who opens any lesson first knows what "the draft" is. */
const SOURCE_ORIGIN =
  "Where this comes from: the course grew out of five questions a learner asked, each sent " +
  "with a draft explanation. Each lesson answers one of them. Some drafts had errors, and we " +
  "correct them here in the open rather than quietly, because seeing why a plausible " +
  "explanation fails is one of the surest ways to remember the right one.";

export default async function LessonPage({ params, searchParams }: Props) {
  const lesson = getLesson((await params).lessonId);
  if (!lesson) notFound();
  const user = await getCurrentUser();
  const attempt = user ? await openLessonAttempt(user.id, lesson.id) : null;
  const scenario = getScenario(lesson.scenarioId);
  const plot = scenario ? readScenarioParams(scenario, await searchParams) : null;
  // A link's parameters can ask for a run too large for the server: the browser computes it.
  const firstRun = scenario && plot ? runWithinBudget(scenario, plot.values) : null;
  const prerequisites = lesson.prerequisites
    .map((id) => lessons.find((l) => l.id === id))
    .filter((l) => l !== undefined);
  const htmlOnly = wantsHtmlDocument(await headers());

  // The tutor chat reads the plot's dials from the provider, so questions are about what is on screen.
  // The prose (KaTeX makes thousands of elements) is static HTML that React does not hydrate,
  // and in a page sent as HTML it is not repeated in the RSC payload (LessonProse's htmlOnly).
  // Nothing here suspends while the server renders: the Suspense boundaries let the browser
  // hydrate the rest (diagrams, the plot, the quiz, the tutor) in several short tasks, not one.
  return (
    <CurrentPlotProvider>
      <main>
        <nav aria-label="Breadcrumb">
          <Link href="/">All lessons</Link>
        </nav>
        <h1>{lesson.title}</h1>
        <p>{lesson.summary}</p>
        {prerequisites.length > 0 && (
          <p className="muted">
            Worth reading first:{" "}
            {prerequisites.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ", "}
                <Link href={`/lessons/${p.id}`}>{p.title}</Link>
              </span>
            ))}
          </p>
        )}

        {lesson.sections.map((section, i) => (
          <section
            key={section.id}
            aria-labelledby={`section-${section.id}`}
            className={i > 0 ? styles.later : undefined}
          >
            <h2 id={`section-${section.id}`}>{section.heading}</h2>
            <LessonProse htmlOnly={htmlOnly}>{section.body}</LessonProse>
            {section.diagram && (
              <Suspense>
                <CellDiagram cell={section.diagram} idPrefix={section.id} />
              </Suspense>
            )}
          </section>
        ))}

        <GlossaryLinks
          label="Terms in this lesson (glossary)"
          text={[...lesson.sections, ...(lesson.deepDives ?? [])]
            .map((section) => `${section.heading}\n${section.body}`)
            .join("\n")}
        />

        {lesson.deepDives && lesson.deepDives.length > 0 && (
          <section aria-labelledby="deeper-heading">
            <h2 id="deeper-heading">Going deeper</h2>
            {lesson.deepDives.map((dive) => (
              <details key={dive.id} id={`deeper-${dive.id}`}>
                <summary>{dive.heading}</summary>
                <LessonProse htmlOnly={htmlOnly}>{dive.body}</LessonProse>
              </details>
            ))}
          </section>
        )}

        {scenario && plot && (
          <section aria-labelledby="plot-heading">
            <h2 id="plot-heading">Try it: {scenario.title}</h2>
            <p className="muted">{scenario.summary}</p>
            <ParamNotice problems={plot.problems} />
            <Suspense>
              <ScenarioLabView
                scenarioId={scenario.id}
                title={scenario.title}
                params={scenario.params}
                initialValues={plot.values}
                initialResult={firstRun?.ok ? firstRun.result : null}
              />
            </Suspense>
          </section>
        )}

        {TRAIN_LESSONS.has(lesson.id) && (
          <p className="card">
            <Link href="/lab/train">Train an RNN, an LSTM and a GRU side by side</Link> and watch
            the gradient vanish, or not, over a long lag.
          </p>
        )}

        {lesson.sourceNote && (
          <aside aria-labelledby="source-heading" className="card">
            <h2 id="source-heading">{SOURCE_HEADING[lesson.sourceNote.verdict]}</h2>
            <p className="muted" data-testid="source-origin">
              {SOURCE_ORIGIN}
            </p>
            <p>
              <strong>The draft said:</strong> {lesson.sourceNote.sourceGist}
            </p>
            <LessonProse htmlOnly={htmlOnly}>
              {`**More precisely:** ${lesson.sourceNote.correction}`}
            </LessonProse>
          </aside>
        )}

        <div className={styles.work}>
          <section aria-labelledby="quiz-heading" id="quiz" tabIndex={-1}>
            <h2 id="quiz-heading">Check your understanding</h2>
            <Suspense>
              {attempt ? (
                <LazyQuizPanel initialView={attempt} />
              ) : (
                <StartLessonButton lessonId={lesson.id} label="Start the questions" land="quiz" />
              )}
            </Suspense>
          </section>
          <aside aria-label="Tutor">
            <Suspense>
              <TutorChat lessonId={lesson.id} />
            </Suspense>
          </aside>
        </div>

        <section aria-labelledby="references-heading">
          <h2 id="references-heading">Key papers</h2>
          <ul>
            {lesson.references.map((ref) => (
              <li key={ref.id}>
                {ref.citation}
                {ref.note && <span className="muted"> — {ref.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </CurrentPlotProvider>
  );
}
