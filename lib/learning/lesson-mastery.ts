/**
 * A lesson's mastery figure, made only of the learner's first tries on that lesson's own
 * questions. Concepts are shared between lessons (the GRU lesson practises lstm-gates, which
 * three other lessons also practise), so reading a lesson off the course-wide concept states
 * would credit it with answers given elsewhere; here the BKT update of mastery.ts is replayed
 * over this lesson's answers alone, from the prior P(L0).
 */
import { lessons, questionsForLesson } from "@/lib/content";
import { hintFactor } from "./credit";
import { levelFor, type Level } from "./levels";
import {
  applyAnswerToConcepts,
  DEFAULT_BKT,
  type BktParams,
  type MasteryState,
  type QuestionType,
} from "./mastery";

export interface LessonQuestionInfo {
  id: string;
  concepts: readonly string[];
  type: QuestionType;
}

/** One stored answer, oldest first; only first tries count. */
export interface LessonAnswer {
  questionId: string;
  correct: boolean;
  /** Credit in [0, 1]; on a first try it is the grader's fraction times the hint factor. */
  score: number;
  tryNumber: number;
  hintsUsed: number;
}

export interface LessonFigure {
  level: Level;
  /** Mean P(known) over the concepts the lesson's questions practise; null before evidence. */
  pKnown: number | null;
  /** First tries on this lesson's questions (n), and how many were right. */
  firstTries: number;
  right: number;
  /** Distinct questions of the lesson answered at least once. */
  questionsAnswered: number;
  questionCount: number;
}

/** The grader's fraction of a first try, undoing the hint penalty folded into its score. */
function firstTryFraction(a: LessonAnswer): number {
  if (a.correct) return 1;
  return Math.min(1, Math.max(0, a.score / hintFactor(a.hintsUsed)));
}

export function lessonFigure(
  questions: readonly LessonQuestionInfo[],
  answers: readonly LessonAnswer[],
  params: BktParams = DEFAULT_BKT,
): LessonFigure {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const practised = [...new Set(questions.flatMap((q) => q.concepts))];
  let state: MasteryState = {};
  let firstTries = 0;
  let right = 0;
  const answered = new Set<string>();
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q || a.tryNumber !== 1) continue;
    firstTries += 1;
    if (a.correct) right += 1;
    answered.add(q.id);
    state = applyAnswerToConcepts(
      state,
      {
        concepts: q.concepts,
        correct: a.correct,
        fraction: firstTryFraction(a),
        hintsUsed: a.hintsUsed,
        tryNumber: 1,
        questionType: q.type,
      },
      params,
    );
  }
  const base = {
    firstTries,
    right,
    questionsAnswered: answered.size,
    questionCount: questions.length,
  };
  if (firstTries === 0 || practised.length === 0) {
    return { ...base, level: "not-started", pKnown: null };
  }
  const pKnown =
    practised.reduce((sum, c) => sum + (state[c]?.pKnown ?? params.pInit), 0) / practised.length;
  return { ...base, pKnown, level: levelFor({ pKnown, attempts: firstTries, correct: right }) };
}

/** What a lesson figure is made of, in words, for the page beside it. */
export function lessonFigureNote(f: LessonFigure): string {
  if (f.firstTries === 0) return "No answers on this lesson's questions yet.";
  const tries = f.firstTries === 1 ? "1 first try" : `${f.firstTries} first tries`;
  return `From ${tries} (${f.right} right) on ${f.questionsAnswered} of this lesson's ${f.questionCount} questions.`;
}

/** The figure of every lesson of the course from one learner's answers (oldest first). */
export function lessonFigures(
  answers: readonly LessonAnswer[],
  params: BktParams = DEFAULT_BKT,
): Map<string, LessonFigure> {
  return new Map(
    lessons.map((lesson) => {
      const own = questionsForLesson(lesson.id).map((q) => ({
        id: q.id,
        concepts: q.concepts,
        type: q.type,
      }));
      return [lesson.id, lessonFigure(own, answers, params)] as const;
    }),
  );
}
