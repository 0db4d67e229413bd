import "server-only";

/** Attempts: starting a lesson or a review, and what the quiz page shows of one. */
export { startOrResumeAttempt, startReview } from "./start";
export {
  REVIEW_SESSION_LIMIT,
  reviewSession,
  startNextReview,
  type ReviewSession,
} from "./review-session";
export { attemptView, openLessonAttempt, type AttemptView, type QuestionState } from "./view";
