import "server-only";

/** Attempts: starting a lesson or a review, and what the quiz page shows of one. */
export { startOrResumeAttempt, startReview } from "./start";
export { attemptView, openLessonAttempt, type AttemptView, type QuestionState } from "./view";
