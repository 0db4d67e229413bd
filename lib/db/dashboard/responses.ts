import "server-only";
import { num, readRows, sql, text } from "../sql";
import type { DashboardDb } from "./context";
import { marksCte } from "./marks";

/** One distinct first response to a question, and how many learners gave it. */
export interface ResponseGroup {
  questionId: string;
  choice: string | null;
  correct: boolean;
  misconceptions: string[];
  n: number;
}

/** An option id, or a JSON array of ids, as a list. */
export function parseIds(text: string | null): string[] {
  if (text === null) return [];
  if (!text.startsWith("[")) return [text];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The first responses of the class's learners (first finished attempts), grouped by question,
 * chosen option(s), correctness and misconceptions: the rows are distinct responses, not answers.
 */
export async function responseGroups(
  ctx: DashboardDb,
  classId: string,
): Promise<Map<string, ResponseGroup[]>> {
  const rows = await readRows(
    ctx.db,
    sql`
    WITH ${marksCte(ctx, classId, undefined, { finishedOnly: true })}
    SELECT "questionId", "firstChoice" AS choice, "firstCorrect" AS correct,
           "firstMisconceptions" AS misconceptions, COUNT(*) AS n
    FROM marks
    GROUP BY "questionId", "firstChoice", "firstCorrect", "firstMisconceptions"`,
  );

  const byQuestion = new Map<string, ResponseGroup[]>();
  for (const r of rows) {
    const questionId = text(r.questionId);
    const list = byQuestion.get(questionId) ?? [];
    list.push({
      questionId,
      choice: typeof r.choice === "string" ? r.choice : null,
      correct: num(r.correct) === 1,
      misconceptions: parseIds(typeof r.misconceptions === "string" ? r.misconceptions : "[]"),
      n: num(r.n),
    });
    byQuestion.set(questionId, list);
  }
  return byQuestion;
}

/**
 * The same groups from the class's stored counts (class_item_responses: learners per distinct
 * first response, kept by triggers), in a fixed order: by choice, correctness, misconceptions.
 * A stored choice is '=' and the option id(s), or '-' when the first try chose nothing.
 */
export async function storedResponseGroups(
  ctx: DashboardDb,
  classId: string,
): Promise<Map<string, ResponseGroup[]>> {
  const rows = await readRows(
    ctx.db,
    sql`
    SELECT "questionId", choice, correct, misconceptions, learners FROM class_item_responses
    WHERE "classId" = ${classId}`,
  );
  const key = (r: (typeof rows)[number]) =>
    JSON.stringify([text(r.choice), num(r.correct), text(r.misconceptions)]);
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const byQuestion = new Map<string, ResponseGroup[]>();
  for (const r of rows) {
    const questionId = text(r.questionId);
    const choice = text(r.choice);
    const list = byQuestion.get(questionId) ?? [];
    list.push({
      questionId,
      choice: choice.startsWith("=") ? choice.slice(1) : null,
      correct: num(r.correct) === 1,
      misconceptions: parseIds(text(r.misconceptions)),
      n: num(r.learners),
    });
    byQuestion.set(questionId, list);
  }
  return byQuestion;
}
