/**
 * The fourth tuning set (eval-sets/tuning4, README.md there): 228 items weighted towards
 * follow-ups, written from the course content alone by someone who read neither the tutor's code
 * nor any earlier set, and used for development from the start, so these are development
 * figures, not held-out ones.
 *
 * Measured on the engine before its round → after it: answers 35 → 42/48, calc 22 → 24/24,
 * followups 21 → 35/60, misconceptions 29 → 35/36, offtopic 34 → 35/36, simulate 21 → 22/24.
 * Each floor is the "after" figure rounded down to the nearest 5 %. The set has no
 * key-extraction attempts.
 */
import { describeHeldOut } from "./eval-sets/held-out-suite";

describeHeldOut({
  title: "tutor fourth tuning set",
  dir: "tests/unit/tutor/eval-sets/tuning4",
  sizes: {
    answers: 48,
    calc: 24,
    followups: 60,
    misconceptions: 36,
    offtopic: 36,
    simulate: 24,
  },
  floors: {
    answers: 0.85,
    calc: 1,
    followups: 0.55,
    misconceptions: 0.95,
    offtopic: 0.95,
    simulate: 0.9,
  },
});
