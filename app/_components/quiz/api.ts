import type { AttemptView } from "@/lib/services/attempts/view";
import type { AnswerOutcome, RevealedHint } from "@/lib/services/quiz/outcome";

/** Browser-side calls to the quiz API; errors carry the server's message for display. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { "content-type": "application/json", ...init?.headers },
    });
  } catch {
    throw new ApiError("The network is unreachable. Your answer was not sent; try again.", 0);
  }
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) {
    throw new ApiError(body.error ?? `The server answered ${response.status}.`, response.status);
  }
  return body as T;
}

export const quizApi = {
  view: (attemptId: string) => call<AttemptView>(`/api/attempts/${encodeURIComponent(attemptId)}`),
  start: (lessonId: string, restart: boolean) =>
    call<AttemptView>("/api/attempts", {
      method: "POST",
      body: JSON.stringify({ lessonId, restart }),
    }),
  answer: (body: {
    attemptId: string;
    questionId: string;
    response: Record<string, unknown>;
    idempotencyKey: string;
    timeTakenMs: number;
    tryNumber: number;
  }) => call<AnswerOutcome>("/api/answers", { method: "POST", body: JSON.stringify(body) }),
  hint: (body: { attemptId: string; questionId: string; hintIndex: number }) =>
    call<RevealedHint>("/api/hints", { method: "POST", body: JSON.stringify(body) }),
};
