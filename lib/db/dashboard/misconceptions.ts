import "server-only";
import type { Provider } from "../provider";
import { num, readRows, sql, text, type Statement } from "../sql";
import { classLearners, type DashboardDb } from "./context";

/** FROM-clause item unnesting a chat message's misconceptions JSON array into rows `j.value`. */
function chatMisconceptionRows(provider: Provider): Statement {
  return provider === "sqlite"
    ? sql`json_each(m.misconceptions) AS j`
    : sql`json_array_elements_text(m.misconceptions::json) AS j(value)`;
}

/**
 * How many learners showed each misconception id, in answers and in tutor chat, most learners
 * first (then most answers and messages together). `answers` and `questions` count quiz answers; `chat` counts the learners' chat messages
 * the tutor corrected, only those sent after joining the class (as the other chat figures).
 * Answers are read through learner_misconceptions (answers per learner, misconception and
 * question, kept by a trigger on answers), so the cost follows learners, not answers.
 */
export async function misconceptionCounts({ db, provider }: DashboardDb, classId: string) {
  const rows = await readRows(
    db,
    sql`
    SELECT s.id AS id, COUNT(DISTINCT s."userId") AS learners, SUM(s.answer) AS answers,
           SUM(s.chat) AS chat, COUNT(DISTINCT s."questionId") AS questions
    FROM (
      SELECT l."misconceptionId" AS id, l."userId" AS "userId", l."questionId" AS "questionId",
             l.answers AS answer, 0 AS chat
      FROM learner_misconceptions l
      WHERE l."userId" IN (${classLearners(classId)})
      UNION ALL
      SELECT j.value AS id, c."userId" AS "userId", NULL AS "questionId", 0 AS answer, 1 AS chat
      FROM tutor_messages m
      JOIN tutor_conversations c ON c.id = m."conversationId"
      JOIN enrollments e ON e."userId" = c."userId" AND e."classId" = ${classId},
      ${chatMisconceptionRows(provider)}
      WHERE m.role = 'user' AND m.misconceptions <> '[]' AND m."createdAt" >= e."joinedAt"
    ) s
    GROUP BY s.id
    ORDER BY learners DESC, SUM(s.answer + s.chat) DESC, id`,
  );
  return rows.map((r) => ({
    id: text(r.id),
    learners: num(r.learners),
    answers: num(r.answers),
    chat: num(r.chat),
    questions: num(r.questions),
  }));
}
