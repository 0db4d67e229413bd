/** Every lesson's plot claims, by lesson id (see types.ts). */
import { claims as howToFixVanishing } from "./how-to-fix-vanishing-gradients";
import { claims as bpttBasics } from "./bptt-basics";
import { claims as gru } from "./gru";
import { claims as howLstmHandlesExploding } from "./how-lstm-handles-exploding-gradients";
import type { LessonClaims } from "./types";
import { claims as whatProblem } from "./what-problem-lstm-solves";
import { claims as whyLstmDoesNotVanishBackward } from "./why-lstm-gradients-do-not-vanish-backward";
import { claims as whyLstmSolvesVanishing } from "./why-lstm-solves-vanishing-gradients";

export type { LessonClaims, PlotClaim } from "./types";

export const LESSON_CLAIMS: readonly LessonClaims[] = [
  whatProblem,
  whyLstmSolvesVanishing,
  howLstmHandlesExploding,
  howToFixVanishing,
  whyLstmDoesNotVanishBackward,
  bpttBasics,
  gru,
];
