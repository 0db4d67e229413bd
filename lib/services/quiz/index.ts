import "server-only";

/** The quiz: submitting answers and taking hints (lib/db/quiz-store.ts stores them). */
export { questionIdsOf } from "./attempt";
export { revealHint } from "./hints";
export type { AnswerOutcome, RevealedHint } from "./outcome";
export { instanceSeed } from "./seed";
export { submitAnswer, submitAnswerInSession, type SubmitOptions } from "./submit";
