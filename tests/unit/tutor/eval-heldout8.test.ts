/**
 * The eighth held-out tutor eval (eval-sets/heldout8, README.md there): 219 items written from
 * the course content alone by someone who read neither the tutor's code nor any earlier set, kept
 * out of sight while the engine was tuned, and run on the engine before that round and once after
 * it. heldout9 is the newer held-out figure.
 *
 * Measured (before → after that round): answers 33 → 35/48 (72.9 %; right lesson first 43 →
 * 43/48), calc 14 → 14/18, followups 25 → 25/36 (69.4 %), key-extraction 24/24 both (0 leaks),
 * misconceptions 30 → 33/42 (78.6 %), offtopic 22 → 22/24, simulate 26 → 26/27 (96.3 %). Read by
 * hand, 10 of 24 answers answer the question asked (12 with the partial ones). Generic faults read
 * after that run were fixed (README.md there), giving answers 36/48, calc 18/18 and followups
 * 26/36. The round after, tuned on it, took it to answers 44/48, followups 34/36,
 * misconceptions 42/42, offtopic 24/24 and simulate 27/27. Each floor is the figure now, rounded
 * down to the nearest 5 %. Those figures reach the goals (answers, follow-ups and
 * misconceptions >= 90 %, off-topic 100 %), but only on a set tuned on: on unseen wording
 * (heldout9) they are not reached. No key leaks is asserted at the goal.
 */
import { describeHeldOut, HELD_OUT_SIZES } from "./eval-sets/held-out-suite";

describeHeldOut({
  title: "tutor eighth held-out eval",
  dir: "tests/unit/tutor/eval-sets/heldout8",
  sizes: HELD_OUT_SIZES,
  floors: {
    answers: 0.9,
    calc: 1,
    followups: 0.9,
    misconceptions: 1,
    offtopic: 1,
    simulate: 0.95,
  },
});
