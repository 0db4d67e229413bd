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
}

/** Stores the learner's message and the reply together; starts a conversation if needed. */
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
        data: { lessonId: exchange.lessonId },
      });
    } else {
      const created = await tx.tutorConversation.create({
        data: { userId, title: exchange.title, lessonId: exchange.lessonId },
        select: { id: true },
      });
      id = created.id;
    }
    const { intent, topic } = exchange;
    await tx.tutorMessage.create({
      data: { conversationId: id, role: "user", content: exchange.message, intent, topic },
    });
    const message = await tx.tutorMessage.create({
      data: {
        conversationId: id,
        role: "assistant",
        content: exchange.reply,
        intent,
        topic,
        citations: exchange.citations,
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
