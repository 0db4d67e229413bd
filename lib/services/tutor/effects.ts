import "server-only";
import { drawParams, getQuestion, type Question } from "@/lib/content";
import { canRetry, MAX_TRIES } from "@/lib/learning/credit";
import { gradeResponse, instantiateQuestion, type ResponseInput } from "@/lib/learning/grading";
import {
  composeGradeReply,
  restateAnswer,
  solutionText,
  topicOf,
  type Citation,
  type TutorContext,
  type TutorReply,
  type TutorRequest,
} from "@/lib/tutor";
import { latestLessonAttemptId } from "@/lib/db/attempts";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { hintsTakenOn, recordHint } from "@/lib/db/quiz-store";
import {
  createTutorAttempt,
  latestLessonAttempt,
  latestTutorAttempt,
  saveExchange,
  type SavedExchange,
} from "@/lib/db/tutor";
import { instanceSeed } from "../quiz/seed";
import { submitAnswer } from "../quiz/submit";

/**
 * The tutor's ties to a learner's record: which question they are on (so hints match the
 * screen and count), chat quiz answers graded into the same progress as the quiz pages, and
 * the saved conversation.
 */

export async function tutorContextFor(
  userId: string | null,
  request: Pick<TutorRequest, "questionId">,
): Promise<Pick<TutorContext, "hintsTaken" | "attemptSeed" | "chatSeed">> {
  if (!userId) return {};
  const chatSeed = `tutor:${userId}`;
  const question = request.questionId ? getQuestion(request.questionId) : undefined;
  if (!question) return { attemptSeed: chatSeed, chatSeed };
  const [attemptId, hintsTaken] = await Promise.all([
    latestLessonAttemptId(db(), userId, question.lessonId),
    hintsTakenOn(db(), userId, question.id),
  ]);
  return {
    hintsTaken,
    attemptSeed: attemptId ? instanceSeed(attemptId, question.id) : chatSeed,
    chatSeed,
  };
}

/**
 * Carries out what the reply asks of the app: a hint given in chat counts as a hint used, and
 * an answer to a chat quiz question is graded and stored like any other answer, whose verdict
 * then replaces the reply text.
 */
export async function applyTutorEffects(
  userId: string | null,
  reply: TutorReply,
  messageKey: string,
): Promise<TutorReply> {
  if (!userId) return gradeWithoutRecord(reply);
  let result = reply;
  for (const effect of reply.effects) {
    if (effect.type === "hint") {
      try {
        await recordHint(db(), {
          userId,
          questionId: effect.questionId,
          hintIndex: effect.hintIndex,
          source: "tutor",
        });
      } catch (error) {
        // Already seen, on the quiz page or earlier in chat: it counts once.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    if (effect.type === "quiz-answer") {
      const question = getQuestion(effect.questionId);
      if (!question) continue;
      const target = await chatAnswerTarget(userId, question, effect.seed);
      const outcome = await submitAnswer(
        userId,
        {
          attemptId: target.attemptId,
          questionId: question.id,
          response: effect.response,
          idempotencyKey: `chat-${messageKey}`,
          timeTakenMs: 0,
        },
        { seed: target.seed },
      );
      const graded = composeGradeReply(
        {
          correct: outcome.correct,
          fraction: outcome.fraction,
          feedback: outcome.feedback,
          misconceptions: outcome.misconceptions,
          ...(outcome.missingIdeas ? { missingIdeas: outcome.missingIdeas } : {}),
        },
        question,
        {
          canRetry: canRetry({ tryNumber: outcome.tryNumber, correct: outcome.correct }),
          ...answeredAs(effect.response, question, effect.seed),
          ...(outcome.solution && !outcome.correct
            ? {
                solution: solutionText(
                  outcome.solution,
                  instantiateQuestion(question, effect.seed),
                ),
              }
            : {}),
        },
      );
      const retry = canRetry({ tryNumber: outcome.tryNumber, correct: outcome.correct });
      // While tries remain, the next message is read as another answer to the same question.
      result = {
        ...graded,
        effects: reply.effects,
        ...(retry ? { quiz: { questionId: question.id } } : {}),
      };
    }
  }
  return result;
}

/**
 * A visitor without any session still gets their chat answer graded, with the same grader and
 * seed; there is just no record to store it in.
 */
function gradeWithoutRecord(reply: TutorReply): TutorReply {
  const effect = reply.effects.find((e) => e.type === "quiz-answer");
  const question = effect ? getQuestion(effect.questionId) : undefined;
  if (!effect || effect.type !== "quiz-answer" || !question) return reply;
  const grade = gradeResponse(instantiateQuestion(question, effect.seed), effect.response);
  // Without a record there is no try count: every answer is a first try, and retries are open.
  const retry = !grade.correct;
  return {
    ...composeGradeReply(grade, question, {
      canRetry: retry,
      ...answeredAs(effect.response, question, effect.seed),
    }),
    effects: reply.effects,
    ...(retry ? { quiz: { questionId: question.id } } : {}),
  };
}

/** The answer as read, in the letters of the instance the chat showed (not for a short text). */
function answeredAs(
  response: ResponseInput,
  question: Question,
  shownSeed: string,
): { answered?: string } {
  if (response.type === "short-text") return {};
  return { answered: restateAnswer(response, instantiateQuestion(question, shownSeed)) };
}

/** Whether two seeds draw the same numbers for a question (always, for one without any). */
function sameNumbers(question: Question, a: string, b: string): boolean {
  const sim = "sim" in question ? question.sim : undefined;
  if (!sim) return true;
  const draw = (seed: string) => JSON.stringify(drawParams(sim.params, seed, question.id));
  return draw(a) === draw(b);
}

/**
 * Where a chat answer counts. The chat's instance has its own seed; where it still poses the
 * lesson's very problem (a question without drawn numbers, or numbers that happen to match) and
 * the learner's lesson attempt has that question open, the answer is a try of the lesson
 * attempt, so chat cannot be an unlimited oracle for it. Otherwise it goes to a chat attempt.
 */
async function chatAnswerTarget(
  userId: string,
  question: Question,
  chatSeed: string,
): Promise<{ attemptId: string; seed: string }> {
  const lesson = await latestLessonAttempt(db(), userId, question.lessonId, question.id);
  if (lesson && !questionFinished(lesson.answers)) {
    const lessonSeed = instanceSeed(lesson.id, question.id);
    if (sameNumbers(question, lessonSeed, chatSeed)) {
      return { attemptId: lesson.id, seed: lessonSeed };
    }
  }
  return {
    attemptId: await tutorAttemptFor(userId, question.lessonId, question.id),
    seed: chatSeed,
  };
}

const questionFinished = (answers: readonly { correct: boolean }[]) =>
  answers.some((a) => a.correct) || answers.length >= MAX_TRIES;

/** The open chat-quiz attempt at a lesson where this question can still be answered. */
async function tutorAttemptFor(
  userId: string,
  lessonId: string,
  questionId: string,
): Promise<string> {
  const open = await latestTutorAttempt(db(), userId, lessonId, questionId);
  const finished = open && questionFinished(open.answers);
  if (open && !finished) return open.id;
  return createTutorAttempt(db(), userId, lessonId);
}

/**
 * Saves the learner's message (with its topic and corrected misconceptions), the reply (with
 * the quiz question it left open) and the dialogue state in their conversation (a new one if
 * none).
 */
export function saveTurn(
  userId: string,
  conversationId: string | undefined,
  request: TutorRequest,
  reply: TutorReply,
): Promise<SavedExchange> {
  return saveExchange(db(), userId, conversationId, {
    lessonId: request.lessonId ?? null,
    title: titleOf(request.message),
    message: request.message,
    reply: reply.reply,
    intent: reply.intent,
    // The reply's own tag (it knows the thread: "why?" counts under the lesson being discussed).
    topic: reply.topic ?? topicOf(request.message),
    citations: JSON.stringify(reply.citations satisfies Citation[]),
    misconceptions: JSON.stringify(reply.misconceptions ?? []),
    quizQuestionId: reply.quiz?.questionId ?? null,
    state: reply.state ? JSON.stringify(reply.state) : null,
  });
}

function titleOf(message: string): string {
  const line = message.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
