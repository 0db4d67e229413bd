import type { LessonClaims } from "./types";
import { all, findSeries, kept, within } from "./measure";

export const claims: LessonClaims = {
  lessonId: "how-lstm-handles-exploding-gradients",
  claims: [
    {
      id: "rnn-explodes-at-defaults",
      quote:
        "the RNN's gradient at step 0 comes out more than 10 times its value at step $T$ at seed 1",
      check: (r) =>
        within("RNN ‖∂L/∂h_0‖ / ‖∂L/∂h_T‖", kept(r, "through-time", "rnn"), 10, Infinity),
    },
    {
      id: "rnn-grows-at-every-seed",
      quote: "and larger than at step $T$ at every seed",
      across: ["seed"],
      check: (r) => within("RNN kept", kept(r, "through-time", "rnn"), 1, Infinity),
    },
    {
      id: "lstm-can-grow",
      quote:
        "$s = 3$ (seed 1) its $\\|\\partial L/\\partial h_0\\|$ comes out more than 10 times $\\|\\partial L/\\partial h_T\\|$",
      params: { recurrentScale: 3 },
      check: (r) =>
        within("LSTM h-gradient kept at s = 3", kept(r, "through-time", "lstm-h"), 10, Infinity),
    },
    {
      id: "clipping-keeps-shape",
      quote: "the clipped curve is the raw one moved down, its shape unchanged",
      across: ["clipThreshold", "recurrentScale", "steps"],
      check: (r) => {
        const raw = findSeries(r, "through-time", "rnn").points;
        const clipped = findSeries(r, "through-time", "rnn-clipped").points;
        const ratios = raw
          .map((p, i) => (p.y && clipped[i]?.y ? clipped[i].y / p.y : null))
          .filter((x): x is number => x !== null);
        const r0 = ratios[0] ?? NaN;
        const same = ratios.every((x) => Math.abs(x - r0) <= 1e-9 * r0);
        return all(
          same ? null : "clipping changed the curve's shape",
          r0 <= 1 ? null : `clipping scaled up by ${r0}`,
        );
      },
    },
    {
      id: "plain-descent-overflows",
      quote: "plain gradient descent from $w = 1.1$ overflows within a few updates",
      check: (r) => {
        const at = findSeries(r, "cliff-loss", "plain").overflowAt;
        return at !== undefined && at <= 5 ? null : `plain descent overflows at ${String(at)}`;
      },
    },
    {
      id: "clipped-steps-bounded",
      quote: "every clipped step is at most the learning rate times $\\theta$",
      across: ["clipThreshold", "learningRate", "steps"],
      check: (r, v) => {
        const theta = Number(v.clipThreshold);
        const steps = findSeries(r, "cliff-grad", "clipped-step").points;
        const over = steps.find((p) => p.y !== null && p.y > theta * (1 + 1e-12));
        return over ? `clipped |Δw|/lr = ${over.y} > θ = ${theta}` : null;
      },
    },
  ],
};
