import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLesson } from "@/lib/content/lessons";

type Props = { params: Promise<{ lessonId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).lessonId);
  return { title: lesson?.title ?? "Lesson not found" };
}

export default async function LessonPage({ params }: Props) {
  const lesson = getLesson((await params).lessonId);
  if (!lesson) notFound();
  return (
    <main>
      <p>
        <Link href="/">All lessons</Link>
      </p>
      <h1>{lesson.title}</h1>
      <p>{lesson.summary}</p>
      <p>
        <Link className="button" href={`/lab/${lesson.scenarioId}`}>
          Open the simulation
        </Link>
      </p>
    </main>
  );
}
