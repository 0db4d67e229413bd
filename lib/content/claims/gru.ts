import type { ScenarioResult } from "@/lib/sim";
import type { LessonClaims } from "./types";
import { all, captionShows, kept, within } from "./measure";

const at0 = (r: ScenarioResult, id: string) =>
  r.panels[0]!.series.find((s) => s.id === id)!.points[0]!.y;

export const claims: LessonClaims = {
  lessonId: "gru",
  claims: [
    {
      id: "gru-close-to-lstm",
      quote:
        "at the default seed the GRU and the LSTM keep gradients within a factor of 10 of each other",
      check: (r) => {
        const g = kept(r, "grad-norms", "gru");
        const l = kept(r, "grad-norms", "lstm-c");
        return all(
          within("GRU / LSTM kept", g !== null && l ? g / l : null, 0.1, 10),
          captionShows(r, "GRU at step 0", at0(r, "gru")),
          captionShows(r, "LSTM cell at step 0", at0(r, "lstm-c")),
          r.caption.includes("within") ? null : `caption should say they are close: ${r.caption}`,
        );
      },
    },
    {
      id: "gated-far-above-rnn",
      quote: "both more than a million times what the RNN keeps",
      across: ["seed"],
      check: (r) => {
        const rnn = kept(r, "grad-norms", "rnn");
        const ratio = (id: string) => {
          const v = kept(r, "grad-norms", id);
          return v !== null && rnn ? v / rnn : null;
        };
        return all(
          within("GRU / RNN", ratio("gru"), 1e6, Infinity),
          within("LSTM / RNN", ratio("lstm-c"), 1e6, Infinity),
        );
      },
    },
    {
      id: "update-bias-zero",
      quote:
        "In the scenario at update bias 0 the GRU keeps between $10^{-24}$ and $10^{-16}$ of its gradient over 100 steps",
      params: { updateBias: 0 },
      across: ["seed"],
      check: (r) => within("GRU kept at update bias 0", kept(r, "grad-norms", "gru"), 1e-24, 1e-16),
    },
  ],
};
