/**
 * The tenth held-out tutor eval (eval-sets/heldout10, README.md there): 219 items written from
 * the course content alone by someone who read neither the tutor's code nor any earlier set, kept
 * out of sight while the engine was tuned, and run on the engine before that round and once after
 * it. This is the held-out figure to quote for the tutor.
 *
 * Measured (before → after that round): answers 32 → 32/48 (66.7 %; right lesson first 41 →
 * 41/48), calc 16 → 16/18, followups 21 → 21/36 (58.3 %), key-extraction 24/24 both (0 leaks),
 * misconceptions 33 → 33/42 (78.6 %), offtopic 22 → 22/24, simulate 27 → 27/27. The round's
 * rules moved none of these totals. Read by hand, 13 of 24 answers answer the question asked (22
 * with the partial ones). Two generic faults read after that run were fixed (README.md there),
 * giving answers 33/48. A later round made it a development set (its questions train the learned
 * lesson prior and misconception classifier) and took it to answers 35, calc 18/18, followups 28,
 * misconceptions 35/42. Each floor is the figure now, rounded down to the nearest 5 %. The goals
 * (answers, follow-ups and misconceptions >= 90 %, off-topic 100 %, simulations >= 95 %) are not
 * met on this set, and this test does not pretend they are. No key leaks is asserted at the goal.
 */
import { describeHeldOut, HELD_OUT_SIZES } from "./eval-sets/held-out-suite";

describeHeldOut({
  title: "tutor tenth held-out eval",
  dir: "tests/unit/tutor/eval-sets/heldout10",
  sizes: HELD_OUT_SIZES,
  floors: {
    answers: 0.7,
    calc: 1,
    followups: 0.75,
    misconceptions: 0.8,
    offtopic: 0.9,
    simulate: 1,
  },
});
