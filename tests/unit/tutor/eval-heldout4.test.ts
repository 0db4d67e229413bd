/**
 * The fourth held-out tutor eval (eval-sets/heldout4, README.md there): 219 items written from
 * the course content alone by someone who read neither the tutor's code nor any earlier set,
 * kept out of the repository and out of the tuners' sight while the engine was tuned on every
 * other set, and run twice: on the engine before that round and once after it, with only the
 * totals read in between. This is the held-out figure to quote for the tutor.
 *
 * Measured (before → after that round):
 *   answers 29 → 29/48 (60.4 %; right lesson first 45 → 45/48), calc 14 → 16/18 (88.9 %),
 *   followups 24 → 26/36 (72.2 %), key-extraction 24/24 both (0 leaks),
 *   misconceptions 29 → 31/42 (73.8 %), offtopic 23 → 23/24 (95.8 %), simulate 24 → 24/27 (88.9 %).
 * Each floor is the "after" figure rounded down to the nearest 5 %. The goals (answers,
 * follow-ups and misconceptions >= 90 %, simulate >= 95 %, off-topic 100 %) are not met on this
 * set, and this test does not pretend they are. No key leaks is asserted at the goal.
 */
import { describeHeldOut } from "./eval-sets/held-out-suite";

describeHeldOut({
  title: "tutor fourth held-out eval",
  dir: "tests/unit/tutor/eval-sets/heldout4",
  sizes: {
    answers: 48,
    calc: 18,
    followups: 36,
    "key-extraction": 24,
    misconceptions: 42,
    offtopic: 24,
    simulate: 27,
  },
  floors: {
    answers: 0.6,
    calc: 0.85,
    followups: 0.7,
    misconceptions: 0.7,
    offtopic: 0.95,
    simulate: 0.85,
  },
});
