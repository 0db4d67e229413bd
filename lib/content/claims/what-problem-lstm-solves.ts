import type { ScenarioResult } from "@/lib/sim";
import type { LessonClaims } from "./types";
import { findSeries, within } from "./measure";

const SEEDS = Array.from({ length: 40 }, (_, i) => i);
const last = (r: ScenarioResult, panel: string, id: string) => {
  const pts = findSeries(r, panel, id).points;
  return pts[pts.length - 1]?.y ?? null;
};
const first = (r: ScenarioResult, panel: string, id: string) =>
  findSeries(r, panel, id).points[0]?.y ?? null;

export const claims: LessonClaims = {
  lessonId: "what-problem-lstm-solves",
  claims: [
    {
      id: "latch-holds",
      quote:
        "with distractors of size 0.3 it ends with the right sign in every one of the first 40 seeds",
      values: { seed: SEEDS },
      check: (r, v) => {
        const h = last(r, "state", "rnn");
        const sign = v.bit === "1" ? 1 : -1;
        if (h === null || h * sign <= 0.1) return `latch ends at ${String(h)}`;
        return r.caption.includes("RNN latch ends at") && r.caption.includes("(correct)")
          ? null
          : `caption should report a correct latch: ${r.caption}`;
      },
    },
    {
      id: "latch-cannot-learn",
      quote: "its gradient from $h_T$ back to step 0 is below $10^{-20}$",
      across: ["seed", "bit"],
      check: (r) => {
        // On the log axis a gradient that underflowed to 0 is null: below any bound.
        const g = first(r, "gradient", "rnn-h");
        return g === null ? null : within("latch gradient at step 0", g, 0, 1e-20);
      },
    },
    {
      id: "lstm-gradient-survives",
      quote: "while the LSTM's cell gradient there is above 0.1",
      across: ["seed", "bit", "variant"],
      check: (r) =>
        within("LSTM cell gradient at step 0", first(r, "gradient", "lstm-c"), 0.1, Infinity),
    },
    {
      id: "lstm-recalls",
      quote: "The new cell is the old one, scaled element by element, plus something new.",
      across: ["seed", "bit", "distractors"],
      check: (r, v) => {
        const h = last(r, "state", "hidden");
        const sign = v.bit === "1" ? 1 : -1;
        if (h === null || h * sign < 0.1) return `LSTM reads out ${String(h)}`;
        return r.caption.includes("recalls") ? null : `caption: ${r.caption}`;
      },
    },
    {
      id: "undecided-at-bias-0",
      quote: "the caption calls it undecided: that is what a forget bias of 0 gives",
      params: { forgetBias: 0 },
      across: ["seed", "bit"],
      check: (r) => {
        const h = last(r, "state", "hidden");
        if (h === null || Math.abs(h) >= 0.1) return `LSTM reads out ${String(h)}`;
        return r.caption.includes("The LSTM reads out") && r.caption.includes("undecided")
          ? null
          : `caption should call the read-out undecided: ${r.caption}`;
      },
    },
  ],
};
