import type { Metadata } from "next";
import Link from "next/link";
import { Markdown } from "@/app/_components/markdown";
import { getLesson } from "@/lib/content";
import { glossary } from "@/lib/content/glossary";

export const metadata: Metadata = { title: "Glossary" };

/** Every term the lessons lean on, each with the lesson that teaches it. */
export default function GlossaryPage() {
  return (
    <main>
      <nav aria-label="Breadcrumb">
        <Link href="/">All lessons</Link>
      </nav>
      <h1>Glossary</h1>
      <dl>
        {glossary.map((entry) => {
          const lesson = getLesson(entry.lessonId);
          return (
            <div key={entry.id} id={entry.id}>
              <dt>
                <strong>{entry.term}</strong>
              </dt>
              <dd>
                <Markdown>{entry.definition}</Markdown>
                {lesson && (
                  <p className="muted">
                    Taught in <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
                  </p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </main>
  );
}
