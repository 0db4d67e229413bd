import "server-only";
import { AppError } from "@/lib/errors";
import type { Db } from "./prisma";
import { writeTransaction } from "./transaction";

/**
 * The tutor's data: the learner's attempts it reads and opens, and the saved conversations.
 * What the tutor does with them is lib/services/tutor.
 */

/** The learner's latest lesson attempt at a lesson, with their answers to one question. */
export function latestLessonAttempt(db: Db, userId: string, lessonId: string, questionId: string) {
  return db.quizAttempt.findFirst({
    where: { userId, lessonId, kind: "lesson" },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      answers: { where: { questionId }, select: { correct: true } },
    },
  });
}

/** The learner's latest chat-quiz attempt at a lesson, with their answers to one question. */
export function latestTutorAttempt(db: Db, userId: string, lessonId: string, questionId: string) {
  return db.quizAttempt.findFirst({
    where: { userId, lessonId, kind: "tutor" },
    orderBy: { updatedAt: "desc" },
    select: { id: true, answers: { where: { questionId }, select: { correct: true } } },
  });
}

export async function createTutorAttempt(db: Db, userId: string, lessonId: string) {
  const created = await db.quizAttempt.create({
    data: { userId, lessonId, kind: "tutor" },
    select: { id: true },
  });
  return created.id;
}

export interface SavedExchange {
  conversationId: string;
  messageId: string;
}

export interface Exchange {
  lessonId: string | null;
  /** The title of a new conversation. */
  title: string;
  message: string;
  reply: string;
  intent: string;
  topic: string;
  /** The reply's citations, as JSON. */
  citations: string;
  /** JSON array of the misconception ids corrected in the learner's message. */
  misconceptions: string;
  /** The chat-quiz question the reply left open, if any. */
  quizQuestionId: string | null;
  /** The dialogue state after this exchange, as JSON (null: none, the next turn rebuilds it). */
  state: string | null;
}

/**
 * What a saved conversation holds for the next turn: the stored dialogue state (JSON text, null
 * before the column existed) and every chat-quiz question its replies asked. 404 when the
 * conversation is not the learner's.
 */
export async function conversationDialogue(db: Db, userId: string, conversationId: string) {
  const conversation = await db.tutorConversation.findFirst({
    where: { id: conversationId, userId },
    select: {
      state: true,
      messages: {
        where: { role: "assistant", quizQuestionId: { not: null } },
        select: { quizQuestionId: true },
      },
    },
  });
  if (!conversation)
    throw new AppError(404, `No conversation ${conversationId} of yours exists.`, {
      conversationId: "not found",
    });
  const asked = conversation.messages.flatMap((m) => (m.quizQuestionId ? [m.quizQuestionId] : []));
  return { state: conversation.state, asked: [...new Set(asked)] };
}

/**
 * Stores the learner's message, the reply and the conversation's new dialogue state in one
 * transaction; starts a conversation if needed.
 */
export async function saveExchange(
  db: Db,
  userId: string,
  conversationId: string | undefined,
  exchange: Exchange,
): Promise<SavedExchange> {
  return writeTransaction(db, async (tx) => {
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
        data: { lessonId: exchange.lessonId, state: exchange.state },
      });
    } else {
      const created = await tx.tutorConversation.create({
        data: {
          userId,
          title: exchange.title,
          lessonId: exchange.lessonId,
          state: exchange.state,
        },
        select: { id: true },
      });
      id = created.id;
    }
    const { intent, topic } = exchange;
    await tx.tutorMessage.create({
      data: {
        conversationId: id,
        role: "user",
        content: exchange.message,
        intent,
        topic,
        misconceptions: exchange.misconceptions,
      },
    });
    const message = await tx.tutorMessage.create({
      data: {
        conversationId: id,
        role: "assistant",
        content: exchange.reply,
        intent,
        topic,
        citations: exchange.citations,
        quizQuestionId: exchange.quizQuestionId,
      },
      select: { id: true },
    });
    return { conversationId: id, messageId: message.id };
  });
}

export async function listConversations(db: Db, userId: string) {
  return db.tutorConversation.findMany({
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

export async function conversationMessages(db: Db, userId: string, conversationId: string) {
  const conversation = await db.tutorConversation.findFirst({
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
