import "server-only";
import { drawParams, getQuestion, type Question } from "@/lib/content";
import { canRetry, MAX_TRIES } from "@/lib/learning/credit";
import { gradeResponse, instantiateQuestion } from "@/lib/learning/grading";
import { AppError } from "@/lib/errors";
import {
  composeGradeReply,
  topicOf,
  type Citation,
  type TutorContext,
  type TutorReply,
  type TutorRequest,
} from "@/lib/tutor";
import { db } from "./client";
import { writeTransaction } from "./transaction";
import { isUniqueViolation } from "./errors";
import { instanceSeed, submitAnswer } from "./quiz";

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
  const [attempt, hintsTaken] = await Promise.all([
    db().quizAttempt.findFirst({
      where: { userId, lessonId: question.lessonId, kind: "lesson" },
      orderBy: { updatedAt: "desc" },
      select: { id: true },
    }),
    db().hintUse.count({ where: { userId, questionId: question.id } }),
  ]);
  return {
    hintsTaken,
    attemptSeed: attempt ? instanceSeed(attempt.id, question.id) : chatSeed,
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
        await db().hintUse.create({
          data: {
            userId,
            questionId: effect.questionId,
            hintIndex: effect.hintIndex,
            source: "tutor",
          },
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
        { canRetry: canRetry({ tryNumber: outcome.tryNumber, correct: outcome.correct }) },
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
    ...composeGradeReply(grade, question, { canRetry: retry }),
    effects: reply.effects,
    ...(retry ? { quiz: { questionId: question.id } } : {}),
  };
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
  const lesson = await db().quizAttempt.findFirst({
    where: { userId, lessonId: question.lessonId, kind: "lesson" },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      answers: { where: { questionId: question.id }, select: { correct: true } },
    },
  });
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
  const open = await db().quizAttempt.findFirst({
    where: { userId, lessonId, kind: "tutor" },
    orderBy: { updatedAt: "desc" },
    select: { id: true, answers: { where: { questionId }, select: { correct: true } } },
  });
  const finished = open && questionFinished(open.answers);
  if (open && !finished) return open.id;
  const created = await db().quizAttempt.create({
    data: { userId, lessonId, kind: "tutor" },
    select: { id: true },
  });
  return created.id;
}

export interface SavedExchange {
  conversationId: string;
  messageId: string;
}

/** Stores the learner's message and the reply together; starts a conversation if needed. */
export async function saveExchange(
  userId: string,
  conversationId: string | undefined,
  request: TutorRequest,
  reply: TutorReply,
): Promise<SavedExchange> {
  return writeTransaction(db(), async (tx) => {
    let id = conversationId;
    if (id) {
      const owned = await tx.tutorConversation.findFirst({
        where: { id, userId },
        select: { id: true },
      });
      if (!owned)
        throw new AppError(404, `No conversation ${id} of yours exists.`, {
          conversationId: "not found",
        });
      await tx.tutorConversation.update({
        where: { id },
        data: { lessonId: request.lessonId ?? null },
      });
    } else {
      const created = await tx.tutorConversation.create({
        data: { userId, title: titleOf(request.message), lessonId: request.lessonId ?? null },
        select: { id: true },
      });
      id = created.id;
    }
    const topic = topicOf(request.message);
    await tx.tutorMessage.create({
      data: {
        conversationId: id,
        role: "user",
        content: request.message,
        intent: reply.intent,
        topic,
      },
    });
    const message = await tx.tutorMessage.create({
      data: {
        conversationId: id,
        role: "assistant",
        content: reply.reply,
        intent: reply.intent,
        topic,
        citations: JSON.stringify(reply.citations satisfies Citation[]),
      },
      select: { id: true },
    });
    return { conversationId: id, messageId: message.id };
  });
}

function titleOf(message: string): string {
  const line = message.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

export async function listConversations(userId: string) {
  return db().tutorConversation.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: {
      id: true,
      title: true,
      lessonId: true,
      updatedAt: true,
      _count: { select: { messages: true } },
    },
  });
}

export async function conversationMessages(userId: string, conversationId: string) {
  const conversation = await db().tutorConversation.findFirst({
    where: { id: conversationId, userId },
    select: {
      id: true,
      title: true,
      messages: {
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, content: true, citations: true, createdAt: true },
      },
    },
  });
  if (!conversation)
    throw new AppError(404, `No conversation ${conversationId} of yours exists.`, {
      conversationId: "not found",
    });
  return conversation;
}
