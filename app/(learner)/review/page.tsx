import type { Metadata } from "next";
import Link from "next/link";
import { ReviewButton } from "@/app/_components/review-button";
import { StartReviewingButton } from "@/app/_components/review-session";
import { getCurrentUser } from "@/lib/auth/current";
import { getLesson, getQuestion } from "@/lib/content";
import { db } from "@/lib/db/client";
import { nextReviewDue } from "@/lib/db/learner";
import { REVIEW_SESSION_LIMIT } from "@/lib/services/attempts";
import { reviewQueue } from "@/lib/services/learner";

export const metadata: Metadata = { title: "Review" };

/** Spaced review (FSRS): questions come back when they are about to be forgotten. */
export default async function ReviewPage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <main>
        <h1>Review</h1>
        <p>
          Answer a few questions first: each one comes back here when it is due.{" "}
          <Link href="/">Start a lesson</Link>
        </p>
      </main>
    );
  }
  const [due, next] = await Promise.all([reviewQueue(user.id), nextReviewDue(db(), user.id)]);
  const items = due
    .map((card) => ({ card, question: getQuestion(card.questionId) }))
    .filter((item) => item.question !== undefined);
  return (
    <main>
      <h1>Review</h1>
      {items.length === 0 ? (
        <p>
          Nothing is due now.{next && ` The next question comes back on ${next.toDateString()}.`}
        </p>
      ) : (
        <>
          <p>
            {items.length} {items.length === 1 ? "question is" : "questions are"} due, most overdue
            first.
          </p>
          <section aria-labelledby="review-session-heading" className="card">
            <h2 id="review-session-heading">Review them in one go</h2>
            <p>
              A session takes the due questions one after another, most overdue first, at most{" "}
              {REVIEW_SESSION_LIMIT} at a time.
            </p>
            <StartReviewingButton />
          </section>
          <ul className="grid" aria-label="Due questions">
            {items.map(({ card, question }) => (
              <li key={card.questionId} className="card" data-testid="review-item">
                <p className="muted">{getLesson(question?.lessonId ?? "")?.title}</p>
                <p>{question?.title}</p>
                <p className="muted">Due {card.due.toDateString()}</p>
                <ReviewButton questionId={card.questionId} label={`Review: ${question?.title}`} />
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
