/**
 * The mastery levels (attempted, familiar, proficient, mastered) read off the BKT
 * posterior P(known) of mastery.ts, plus "not-started" for concepts never practised.
 */
import type { ConceptMastery } from "./mastery";

export const LEVELS = ["not-started", "attempted", "familiar", "proficient", "mastered"] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Thresholds on P(known). 0.95 is the classic BKT mastery criterion (Corbett & Anderson 1995);
 * 0.5 is "more likely known than not"; 0.8 sits between. Each level also needs evidence
 * (LEVEL_EVIDENCE), so a lucky streak, one strong answer or a high P(L0) cannot claim it.
 */
export const FAMILIAR_AT = 0.5;
export const PROFICIENT_AT = 0.8;
export const MASTERED_AT = 0.95;
export const MASTERED_MIN_CORRECT = 3;

/**
 * Evidence each level needs besides its P(known) threshold: a number of first tries and of
 * right ones. One answer never earns more than "attempted", so "Proficient (1 of 1)" cannot
 * appear, and a level above "familiar" needs more right answers than a lucky guess gives.
 */
export const LEVEL_EVIDENCE = {
  familiar: { firstTries: 2, right: 1 },
  proficient: { firstTries: 3, right: 2 },
  mastered: { firstTries: 3, right: MASTERED_MIN_CORRECT },
} as const;

/** The rule in words, for pages that show levels. */
export const LEVEL_RULE =
  `A level needs both a Bayesian Knowledge Tracing estimate P(known) and enough first tries: ` +
  `familiar P ≥ ${FAMILIAR_AT * 100}% with at least ${LEVEL_EVIDENCE.familiar.firstTries} first tries ` +
  `(${LEVEL_EVIDENCE.familiar.right} right); proficient P ≥ ${PROFICIENT_AT * 100}% with at least ` +
  `${LEVEL_EVIDENCE.proficient.firstTries} (${LEVEL_EVIDENCE.proficient.right} right); mastered ` +
  `P ≥ ${MASTERED_AT * 100}% with at least ${LEVEL_EVIDENCE.mastered.firstTries} ` +
  `(${LEVEL_EVIDENCE.mastered.right} right). With less evidence the level stays lower.`;

export type LevelInfo = { label: string; description: string };

export const LEVEL_INFO: Readonly<Record<Level, LevelInfo>> = {
  "not-started": {
    label: "Not started",
    description: "No questions on this concept answered yet.",
  },
  attempted: {
    label: "Attempted",
    description: "You have started; the answers so far do not yet show you know it.",
  },
  familiar: {
    label: "Familiar",
    description: "More likely than not that you know this; keep practising.",
  },
  proficient: {
    label: "Proficient",
    description: "You answer this reliably; a few more right answers will confirm it.",
  },
  mastered: {
    label: "Mastered",
    description: "At least 95% likely you know this, shown over several correct answers.",
  },
};

export function levelFor(mastery: ConceptMastery): Level {
  const { pKnown, attempts, correct } = mastery;
  if (!Number.isFinite(pKnown) || pKnown < 0 || pKnown > 1) {
    throw new RangeError(`Argument 'pKnown' passed to 'levelFor' must be in [0, 1], got ${pKnown}`);
  }
  if (attempts === 0) return "not-started";
  const enough = (need: { firstTries: number; right: number }) =>
    attempts >= need.firstTries && correct >= need.right;
  if (pKnown >= MASTERED_AT && enough(LEVEL_EVIDENCE.mastered)) return "mastered";
  if (pKnown >= PROFICIENT_AT && enough(LEVEL_EVIDENCE.proficient)) return "proficient";
  if (pKnown >= FAMILIAR_AT && enough(LEVEL_EVIDENCE.familiar)) return "familiar";
  return "attempted";
}

/** Position in LEVELS, for sorting and progress bars. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}
