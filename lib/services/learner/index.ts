import "server-only";
import { dueQueue } from "@/lib/learning/review";
import { db } from "@/lib/db/client";
import { dueCards, REVIEW_QUEUE_LIMIT } from "@/lib/db/learner";

/** The review page's queue: the learner's due cards in the order review takes them. */
export async function reviewQueue(userId: string, now = new Date()) {
  return dueQueue(await dueCards(db(), userId, now), now, REVIEW_QUEUE_LIMIT);
}
