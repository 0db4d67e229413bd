import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { FocusOnArrival, NextReviewButton } from "@/app/_components/review-session";
import { QuizPanel } from "@/app/_components/quiz/QuizPanel";
import { getCurrentUser } from "@/lib/auth/current";
import { getLesson } from "@/lib/content";
import { attemptView, reviewSession, type ReviewSession } from "@/lib/services/attempts";
import { SessionSince } from "../session-since";
import { SessionProgress } from "./SessionProgress";

export const metadata: Metadata = { title: "Review session" };

/**
 * One review session: the open question, or between questions the way on, or the end screen.
 * Everything is read back from the stored review attempts, so a reload lands in the same place.
 */
export default async function ReviewSessionPage({
  searchParams,
}: {
  searchParams: Promise<{ since?: string | string[] }>;
}) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/review");
  const since = SessionSince.safeParse((await searchParams).since);
  if (!since.success) redirect("/review");
  const session = await reviewSession(user.id, new Date(since.data));
  const position = session.open?.position ?? null;
  const progress = (
    <SessionProgress position={position} total={session.total} reviewed={session.reviewed} />
  );
  return (
    <main>
      <nav aria-label="Breadcrumb">
        <Link href="/review">Back to the review queue</Link>
      </nav>
      <h1>Review session</h1>
      {session.open ? (
        <OpenReview
          attemptId={session.open.attemptId}
          userId={user.id}
          progress={progress}
          next={<NextReviewButton since={since.data} label={nextLabel(session, position ?? 0)} />}
        />
      ) : session.nextQuestionId ? (
        <>
          {progress}
          <NextReviewButton since={since.data} label={nextLabel(session, session.reviewed)} />
        </>
      ) : (
        <SessionEnd session={session} />
      )}
    </main>
  );
}

/** The label of the way on after the question at `position`. */
function nextLabel(session: ReviewSession, position: number): string {
  return position < session.total
    ? `Next review (${position + 1} of ${session.total})`
    : "Finish the session";
}

async function OpenReview({
  attemptId,
  userId,
  progress,
  next,
}: {
  attemptId: string;
  userId: string;
  progress: ReactNode;
  next: ReactNode;
}) {
  const view = await attemptView(userId, attemptId);
  return (
    <>
      <p className="muted">From: {getLesson(view.lessonId)?.title}</p>
      <QuizPanel key={attemptId} initialView={view} progress={progress} finishedAction={next} />
    </>
  );
}

function SessionEnd({ session }: { session: ReviewSession }) {
  return (
    <section aria-labelledby="review-end-heading" className="card" data-testid="review-end">
      <FocusOnArrival id="review-end-heading" />
      <h2 id="review-end-heading" tabIndex={-1}>
        Session done
      </h2>
      <p>
        {session.reviewed === 0
          ? "Nothing was due."
          : `${session.right} of ${session.reviewed} right.`}
      </p>
      <p>
        {session.stillDue > 0
          ? `${session.stillDue} more ${session.stillDue === 1 ? "question is" : "questions are"} due: start another session from the queue.`
          : session.nextDue
            ? `Next review due on ${session.nextDue.toDateString()}.`
            : "Nothing else is scheduled yet."}
      </p>
      <p>
        <Link href="/review">Back to the review queue</Link>
      </p>
    </section>
  );
}
