import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { QuizPanel } from "@/app/_components/quiz/QuizPanel";
import { getCurrentUser } from "@/lib/auth/current";
import { getLesson } from "@/lib/content";
import { attemptView } from "@/lib/services/attempts";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewAttemptPage({
  params,
}: {
  params: Promise<{ attemptId: string }>;
}) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/review");
  const view = await attemptView(user.id, (await params).attemptId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  return (
    <main>
      <nav aria-label="Breadcrumb">
        <Link href="/review">Back to the review queue</Link>
      </nav>
      <h1>Review</h1>
      <p className="muted">From: {getLesson(view.lessonId)?.title}</p>
      <QuizPanel initialView={view} />
    </main>
  );
}
