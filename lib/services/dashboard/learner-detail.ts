import "server-only";
import { concepts, getLesson } from "@/lib/content";
import { levelFor, type Level } from "@/lib/learning/levels";
import type { DashboardDb } from "@/lib/db/dashboard/context";
import { learnerRecord } from "@/lib/db/dashboard/learner-detail";
import { explorationsOf } from "@/lib/db/exploration";
import type { ExplorationMove } from "@/lib/contracts/exploration";
import { readMoves } from "../quiz/exploration";
import { viewAnswer, type AnswerView, type InstanceCache } from "./answer-view";

export interface AttemptAnswer extends AnswerView {
  id: string;
  questionId: string;
  correct: boolean;
  score: number;
  tryNumber: number;
  hintsUsed: number;
  timeTakenMs: number;
  misconceptions: string[];
  createdAt: Date;
  /** The slider moves before this try, oldest first (empty: none recorded). */
  exploration: ExplorationMove[];
}

export interface LearnerAttempt {
  id: string;
  lessonId: string;
  lessonTitle: string;
  kind: string;
  startedAt: Date;
  completedAt: Date | null;
  answers: AttemptAnswer[];
}

const CONVERSATIONS_SHOWN = 20;
/** Shown instead of a title taken from a message the instructors may not read. */
export const EARLIER_CONVERSATION_TITLE = "A conversation begun before joining the class";

function misconceptionIds(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Everything one learner did, for the drill-down: a listing, not an aggregate, so it reads the
 * learner's own rows (access to the class and learner is checked by the caller). Tutor messages
 * are private until the learner joins: only those from `joinedAt` on are read, and a
 * conversation begun earlier loses its title (the title is its first message).
 */
export async function learnerDetail(
  ctx: DashboardDb,
  { id: learnerId, joinedAt }: { id: string; joinedAt: Date },
) {
  const [{ attempts, mastery, conversations }, explorations] = await Promise.all([
    learnerRecord(ctx, learnerId, joinedAt, CONVERSATIONS_SHOWN),
    explorationsOf(ctx.db, learnerId),
  ]);
  const movesByAnswer = new Map(explorations.map((e) => [e.answerId, e.moves]));
  const byConcept = new Map(mastery.map((m) => [m.conceptId, m]));
  const conceptLevels = concepts.map((conceptId) => {
    const m = byConcept.get(conceptId);
    const level: Level = m ? levelFor(m) : "not-started";
    return {
      conceptId,
      level,
      pKnown: m?.pKnown ?? null,
      firstTries: m?.attempts ?? 0,
      right: m?.correct ?? 0,
    };
  });

  const cache: InstanceCache = new Map();
  const attemptViews: LearnerAttempt[] = attempts.map((a) => ({
    id: a.id,
    lessonId: a.lessonId,
    lessonTitle: getLesson(a.lessonId)?.title ?? a.lessonId,
    kind: a.kind,
    startedAt: a.startedAt,
    completedAt: a.completedAt,
    answers: a.answers.map(({ payload, misconceptions, ...rest }) => ({
      ...rest,
      ...viewAnswer(a.id, rest.questionId, payload, cache),
      misconceptions: misconceptionIds(misconceptions),
      exploration: readMoves(movesByAnswer.get(rest.id) ?? "[]"),
    })),
  }));

  return {
    attempts: attemptViews,
    conceptLevels,
    conversations: conversations.map((c) =>
      c.createdAt < joinedAt ? { ...c, title: EARLIER_CONVERSATION_TITLE } : c,
    ),
    conversationsShown: CONVERSATIONS_SHOWN,
  };
}

export type LearnerDetail = Awaited<ReturnType<typeof learnerDetail>>;
