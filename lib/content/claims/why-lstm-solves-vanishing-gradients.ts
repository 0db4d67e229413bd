import type { ScenarioResult } from "@/lib/sim";
import type { LessonClaims, PlotClaim } from "./types";
import { all, captionShows, findSeries, kept, within } from "./measure";

const gap = (r: Parameters<typeof kept>[0]) => {
  const full = kept(r, "grad-norms", "lstm-c");
  const path = kept(r, "grad-norms", "lstm-path");
  return full !== null && path !== null && path > 0 ? full / path : null;
};

export const claimsBase: LessonClaims = {
  lessonId: "why-lstm-solves-vanishing-gradients",
  claims: [
    {
      id: "full-above-cell-path-at-defaults",
      quote:
        "At the defaults (forget bias 1, seed 1) the full gradient keeps more than 5 times what the cell path alone carries",
      check: (r) =>
        all(
          within("full / cell path", gap(r), 5, Infinity),
          captionShows(r, "cell path kept", kept(r, "grad-norms", "lstm-path")),
          captionShows(r, "full kept", kept(r, "grad-norms", "lstm-c")),
        ),
    },
    {
      id: "agree-at-bias-3",
      quote: "At forget bias 3 the two agree within a factor of 2 for this seed",
      params: { forgetBias: 3 },
      check: (r) => within("full / cell path", gap(r), 0.5, 2),
    },
    {
      id: "cell-path-above-bias-reference",
      quote: "at the defaults it sits above the dashed line",
      across: ["seed"],
      check: (r) => {
        const path = r.panels[0]!.series.find((s) => s.id === "lstm-path")!.points[0]!.y;
        const ref = r.panels[0]!.series.find((s) => s.id === "ref-f")!.points[0]!.y;
        // Both may underflow to null on the log axis at very negative biases.
        if (path === null || ref === null) return null;
        return path >= ref ? null : `cell path ${path} below the reference ${ref}`;
      },
    },
    {
      id: "rnn-vanishes",
      quote: "Over 100 steps the RNN keeps less than $10^{-15}$ of its gradient",
      across: ["seed", "forgetBias"],
      check: (r) => {
        const v = kept(r, "grad-norms", "rnn-h");
        return all(within("RNN kept", v, 0, 1e-15), captionShows(r, "RNN kept", v));
      },
    },
    {
      id: "lstm-far-above-rnn",
      quote: "the LSTM's full gradient at least a million times more than the RNN",
      across: ["seed", "hiddenSize"],
      check: (r) => {
        const rnn = kept(r, "grad-norms", "rnn-h");
        const lstm = kept(r, "grad-norms", "lstm-c");
        return within("LSTM / RNN kept", lstm !== null && rnn ? lstm / rnn : null, 1e6, Infinity);
      },
    },
  ],
};

/** Geometric mean of a per-step series (nulls skipped). */
export function geoMean(r: ScenarioResult, id: string): number | null {
  const ys = findSeries(r, "step-factors", id)
    .points.map((p) => p.y)
    .filter((y): y is number => y !== null && y > 0);
  if (ys.length === 0) return null;
  return Math.exp(ys.reduce((s, y) => s + Math.log(y), 0) / ys.length);
}

export const stepClaims: PlotClaim[] = [
  {
    id: "rnn-factor-near-one",
    quote: "At the defaults the RNN's factor stays between 0.85 and 1.15 at every step",
    check: (r) => {
      const off = findSeries(r, "step-factors", "rnn-factor").points.find(
        (p) => p.y === null || p.y < 0.85 || p.y > 1.15,
      );
      return off ? `RNN factor ${String(off.y)} at step ${off.x}` : null;
    },
  },
  {
    id: "rnn-realised-shrinks",
    quote: "yet its gradient shrinks by less than 0.7 per step on average",
    check: (r) =>
      within("RNN realised factor (geometric mean)", geoMean(r, "rnn-realised"), 0, 0.7),
  },
  {
    id: "lstm-factor-above-f",
    quote: "The LSTM's factor sits above its mean forget gate",
    across: ["seed"],
    check: (r) => {
      const factor = geoMean(r, "lstm-factor");
      const f = geoMean(r, "mean-f");
      return factor !== null && f !== null && factor > f ? null : `factor ${factor} vs mean f ${f}`;
    },
  },
  {
    id: "lstm-realised",
    quote: "its gradient shrinks by a factor between 0.7 and 0.9 per step",
    check: (r) => within("LSTM realised factor", geoMean(r, "lstm-realised"), 0.7, 0.9),
  },
  {
    id: "lstm-factor-at-bias-5",
    quote: "Raise the forget bias to 5 and the LSTM's factor comes within 0.1 of 1",
    params: { forgetBias: 5 },
    check: (r) => within("LSTM factor at b_f = 5", geoMean(r, "lstm-factor"), 0.9, 1.1),
  },
];

export const claims: LessonClaims = {
  lessonId: claimsBase.lessonId,
  claims: [...claimsBase.claims, ...stepClaims],
};
