import { callApi } from "@/lib/contracts/fetch";
import { quizContracts, type SubmitAnswerInput } from "@/lib/contracts/quiz";

/** Browser-side calls to the quiz API; each answer is parsed with its endpoint's contract. */
export const quizApi = {
  view: (attemptId: string) => callApi(quizContracts.attempt, { params: { attemptId } }),
  start: (lessonId: string, restart: boolean) =>
    callApi(quizContracts.startAttempt, { body: { lessonId, restart } }),
  answer: (body: SubmitAnswerInput) => callApi(quizContracts.answer, { body }),
  hint: (body: { attemptId: string; questionId: string; hintIndex: number }) =>
    callApi(quizContracts.hint, { body }),
};
