/**
 * Calculation questions in learners' own words (wordings/calc-learner-words.json, expected values
 * computed by wordings/calc-learner-words.mjs): numbers in words, tokens and timesteps as steps,
 * a gate "stuck at" a value, Pascanu's bound as stated, parameter counts and a small BPTT by
 * hand. Two thirds ("dev-…") were used to build the readers; the other third ("aside-…") was run
 * once at the end. Each floor is the count measured then, through the whole reply.
 */
import { describeSplitFloors } from "./wordings/split-floors";

describeSplitFloors(
  "calculations in learners' own words",
  "tests/unit/tutor/wordings/calc-learner-words.json",
  {
    dev: { total: 22, passed: 22 },
    aside: { total: 11, passed: 11 },
  },
);
