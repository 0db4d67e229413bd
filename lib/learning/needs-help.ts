/**
 * "Who needs help": plain rules over per-learner figures, each firing with a reason an
 * instructor can act on. The thresholds are named so the page can print them.
 */

export interface LearnerSignals {
  learnerId: string;
  name: string;
  joinedAt: Date;
  /** Mean P(known) over the concepts practised; null when none. */
  meanPKnown: number | null;
  /** Answers that fed the mastery model. */
  masteryAnswers: number;
  questionsAnswered: number;
  hintsUsed: number;
  lastActiveAt: Date | null;
}

export const NEEDS_HELP_RULES = {
  /** Mean P(known) below this after at least `minAnswers` answers. */
  lowMastery: { below: 0.5, minAnswers: 8 },
  /** More than this many hints per question answered, over at least `minQuestions`. */
  manyHints: { perQuestion: 1, minQuestions: 4 },
  inactiveDays: 7,
} as const;

export type HelpReasonKind = "low-mastery" | "many-hints" | "inactive";

export interface HelpReason {
  kind: HelpReasonKind;
  text: string;
}

export interface NeedsHelp {
  learnerId: string;
  name: string;
  reasons: HelpReason[];
}

const DAY_MS = 86_400_000;
const pct = (x: number) => `${Math.round(x * 100)}%`;

export function helpReasons(s: LearnerSignals, now: Date): HelpReason[] {
  const { lowMastery, manyHints, inactiveDays } = NEEDS_HELP_RULES;
  const reasons: HelpReason[] = [];
  if (
    s.meanPKnown !== null &&
    s.meanPKnown < lowMastery.below &&
    s.masteryAnswers >= lowMastery.minAnswers
  ) {
    reasons.push({
      kind: "low-mastery",
      text: `Mean mastery ${pct(s.meanPKnown)} after ${s.masteryAnswers} answers (below ${pct(lowMastery.below)}).`,
    });
  }
  if (
    s.questionsAnswered >= manyHints.minQuestions &&
    s.hintsUsed > manyHints.perQuestion * s.questionsAnswered
  ) {
    const rate = s.hintsUsed / s.questionsAnswered;
    reasons.push({
      kind: "many-hints",
      text: `${s.hintsUsed} hints over ${s.questionsAnswered} questions (${rate.toFixed(1)} per question).`,
    });
  }
  const since = s.lastActiveAt ?? s.joinedAt;
  const idleDays = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
  if (idleDays >= inactiveDays) {
    reasons.push({
      kind: "inactive",
      text: s.lastActiveAt
        ? `No activity for ${idleDays} days (last on ${s.lastActiveAt.toISOString().slice(0, 10)}).`
        : `No activity since joining ${idleDays} days ago.`,
    });
  }
  return reasons;
}

/** Learners with at least one reason, most reasons first, then by name. */
export function whoNeedsHelp(learners: readonly LearnerSignals[], now: Date): NeedsHelp[] {
  return learners
    .map((s) => ({ learnerId: s.learnerId, name: s.name, reasons: helpReasons(s, now) }))
    .filter((h) => h.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name));
}
