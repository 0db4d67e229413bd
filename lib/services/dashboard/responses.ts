import "server-only";
import { getMisconception, getQuestion, type Question } from "@/lib/content";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { parseIds, storedResponseGroups, type ResponseGroup } from "@/lib/db/dashboard/responses";

export interface ResponseBucket {
  /** Option id, or a synthetic key ("correct", "wrong:<misconception>", "wrong", "unrecorded"). */
  key: string;
  label: string;
  /** true/false for fixed keys; null when it depends on the drawn parameters (predict-plot). */
  correct: boolean | null;
  misconception: { id: string; label: string } | null;
  count: number;
}

export interface ResponseDistribution {
  questionId: string;
  type: Question["type"] | "unknown";
  /** Learners (first try of their first attempt). */
  total: number;
  buckets: ResponseBucket[];
}

const tag = (id: string | undefined) =>
  id ? { id, label: getMisconception(id)?.label ?? id } : null;

type Group = ResponseGroup;

/** Buckets of one question from its (few) distinct response groups: options, or outcomes. */
function bucketsFor(question: Question | undefined, groups: Group[]): ResponseBucket[] {
  const counts = new Map<string, number>();
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  const choiceType =
    question?.type === "single-choice" ||
    question?.type === "multiple-select" ||
    question?.type === "predict-plot";
  for (const g of groups) {
    const ids = parseIds(g.choice);
    if (choiceType && ids.length > 0) ids.forEach((id) => add(`option:${id}`, g.n));
    else if (choiceType) add("unrecorded", g.n);
    else if (g.correct) add("correct", g.n);
    else if (g.misconceptions.length > 0) g.misconceptions.forEach((m) => add(`wrong:${m}`, g.n));
    else add("wrong", g.n);
  }
  const buckets: ResponseBucket[] = [];
  if (choiceType && question && "options" in question) {
    for (const option of question.options) {
      const fixed = "correct" in option ? option.correct : null;
      buckets.push({
        key: option.id,
        label: option.text,
        correct: fixed,
        misconception: fixed === true ? null : tag(option.misconception),
        count: counts.get(`option:${option.id}`) ?? 0,
      });
    }
  } else {
    buckets.push({
      key: "correct",
      label: "Correct",
      correct: true,
      misconception: null,
      count: counts.get("correct") ?? 0,
    });
    for (const [key, count] of counts) {
      if (!key.startsWith("wrong:")) continue;
      const m = tag(key.slice(6));
      buckets.push({
        key,
        label: `Wrong: ${m?.label ?? ""}`,
        correct: false,
        misconception: m,
        count,
      });
    }
    const untagged = counts.get("wrong") ?? 0;
    if (untagged > 0)
      buckets.push({
        key: "wrong",
        label: "Wrong (no misconception tagged)",
        correct: false,
        misconception: null,
        count: untagged,
      });
  }
  const unrecorded = counts.get("unrecorded") ?? 0;
  if (unrecorded > 0)
    buckets.push({
      key: "unrecorded",
      label: "Response not recorded",
      correct: null,
      misconception: null,
      count: unrecorded,
    });
  return buckets;
}

/**
 * The first response of each learner per question, counted per option (Moodle's response
 * analysis). SQL groups by the chosen option(s), correctness and misconceptions, so the rows that
 * reach JavaScript are distinct responses, not answers: the class's stored counts per response
 * (class_item_responses), one row per question and distinct first response.
 */
export async function responseDistributions(
  ctx: DashboardDb,
  classId: string,
): Promise<ResponseDistribution[]> {
  return distributionsOf(await storedResponseGroups(ctx, classId));
}

/** The distributions from the response groups of each question. */
export function distributionsOf(
  byQuestion: ReadonlyMap<string, ResponseGroup[]>,
): ResponseDistribution[] {
  return [...byQuestion.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([questionId, groups]) => {
      const question = getQuestion(questionId);
      return {
        questionId,
        type: question?.type ?? "unknown",
        total: groups.reduce((s, g) => s + g.n, 0),
        buckets: bucketsFor(question, groups),
      };
    });
}
