/**
 * The mastery levels (attempted, familiar, proficient, mastered) read off the BKT
 * posterior P(known) of mastery.ts, plus "not-started" for concepts never practised.
 */
import type { ConceptMastery } from "./mastery";

export const LEVELS = ["not-started", "attempted", "familiar", "proficient", "mastered"] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Thresholds on P(known). 0.95 is the classic BKT mastery criterion (Corbett & Anderson 1995);
 * 0.5 is "more likely known than not"; 0.8 sits between. Mastery also needs three correct first
 * tries, so a lucky streak on true/false questions, or a high P(L0), cannot claim it.
 */
export const FAMILIAR_AT = 0.5;
export const PROFICIENT_AT = 0.8;
export const MASTERED_AT = 0.95;
export const MASTERED_MIN_CORRECT = 3;

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
  if (pKnown >= MASTERED_AT && correct >= MASTERED_MIN_CORRECT) return "mastered";
  if (pKnown >= PROFICIENT_AT) return "proficient";
  if (pKnown >= FAMILIAR_AT) return "familiar";
  return "attempted";
}

/** Position in LEVELS, for sorting and progress bars. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}
