/**
 * Calculation questions in free-form wordings (wordings/calc-free-form.json, written before the
 * number reader was built, expected values computed by wordings/calc-free-form.mjs). Two thirds
 * ("dev-…") were used to build the reader; the other third ("aside-…") was run once at the end.
 * Each floor is the count measured then.
 */
import { describeSplitFloors } from "./wordings/split-floors";

describeSplitFloors(
  "calculations in free-form wordings",
  "tests/unit/tutor/wordings/calc-free-form.json",
  {
    dev: { total: 24, passed: 23 },
    aside: { total: 12, passed: 12 },
  },
);
