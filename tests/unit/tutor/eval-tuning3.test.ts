/**
 * The third tuning set (eval-sets/tuning3, README.md there): 198 items aimed at the weaker
 * families (off-topic and near-topic, follow-ups, simulations, calculations), written from the
 * course content alone by someone who read neither the tutor's code nor any earlier set, and used
 * for development from the start, so these are development figures, not held-out ones.
 *
 * Measured on the engine before its round → after it: answers 21 → 21/24, calc 17 → 24/24,
 * followups 36 → 41/48, misconceptions 21 → 23/24, offtopic 41 → 48/48, simulate 26 → 30/30.
 * Each floor is the "after" figure rounded down to the nearest 5 %. The set has no key-extraction
 * attempts.
 */
import { describeHeldOut } from "./eval-sets/held-out-suite";

describeHeldOut({
  title: "tutor third tuning set",
  dir: "tests/unit/tutor/eval-sets/tuning3",
  sizes: {
    answers: 24,
    calc: 24,
    followups: 48,
    misconceptions: 24,
    offtopic: 48,
    simulate: 30,
  },
  floors: {
    answers: 0.85,
    calc: 1,
    followups: 0.85,
    misconceptions: 0.95,
    offtopic: 1,
    simulate: 1,
  },
});
