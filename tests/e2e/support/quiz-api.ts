import { expect, type APIRequestContext } from "@playwright/test";

/** The part of GET/POST /api/attempts a test needs to answer through the quiz API. */
export interface AttemptJson {
  attemptId: string;
  current: {
    question: {
      questionId: string;
      type: string;
      options?: { id: string }[];
      items?: { id: string }[];
    };
  } | null;
}

type Question = NonNullable<AttemptJson["current"]>["question"];

/** Opens (or resumes) the lesson's attempt. */
export async function startAttempt(
  request: APIRequestContext,
  lessonId: string,
): Promise<AttemptJson> {
  return (await (
    await request.post("/api/attempts", { data: { lessonId } })
  ).json()) as AttemptJson;
}

/** Some well-formed answer to any question type: the first option, zero, the shown order. */
function someResponse(q: Question) {
  switch (q.type) {
    case "multiple-select":
      return { type: q.type, optionIds: [q.options?.[0]?.id] };
    case "numeric":
      return { type: q.type, value: 0 };
    case "ordering":
      return { type: q.type, order: (q.items ?? []).map((it) => it.id) };
    case "short-text":
      return { type: q.type, text: "The gradient shrinks." };
    default:
      return { type: q.type, optionId: q.options?.[0]?.id };
  }
}

/** Submits some answer to the question and expects it stored (201). */
export async function answerSomehow(
  request: APIRequestContext,
  attemptId: string,
  q: Question,
  options: { key: string; timeTakenMs: number },
): Promise<void> {
  const answered = await request.post("/api/answers", {
    data: {
      attemptId,
      questionId: q.questionId,
      response: someResponse(q),
      idempotencyKey: options.key,
      timeTakenMs: options.timeTakenMs,
    },
  });
  expect(answered.status(), await answered.text()).toBe(201);
}
