import type { LessonClaims } from "./types";
import { all, captionShows, kept, within } from "./measure";

const gap = (r: Parameters<typeof kept>[0]) => {
  const full = kept(r, "grad-norms", "lstm-c");
  const path = kept(r, "grad-norms", "lstm-path");
  return full !== null && path !== null && path > 0 ? full / path : null;
};

export const claims: LessonClaims = {
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
