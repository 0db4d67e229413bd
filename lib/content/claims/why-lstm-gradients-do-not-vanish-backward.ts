import type { LessonClaims } from "./types";
import { all, captionShows, findSeries, kept, yAt } from "./measure";

export const claims: LessonClaims = {
  lessonId: "why-lstm-gradients-do-not-vanish-backward",
  claims: [
    {
      id: "carousel-exactly-one",
      quote:
        "it keeps exactly 1 of $\\|\\partial L/\\partial c_T\\|$, whatever the length, the seed or the recurrent weights",
      across: ["steps", "seed", "recurrentScale", "hiddenSize", "forgetBias"],
      check: (r) => {
        const s = findSeries(r, "cell-norms", "truncated");
        const top = s.points[s.points.length - 1]!.y;
        if (top === null || top === 0)
          return r.caption.includes("no gradient enters it")
            ? null
            : `‖∂L/∂c_T‖ is 0 but the caption does not say why: ${r.caption}`;
        const flat = s.points.every(
          (p) => p.y !== null && top !== null && Math.abs(p.y - top) <= 1e-12 * top,
        );
        return all(
          flat ? null : "the truncated cell gradient is not constant",
          s.label === "1997 truncated gradient" ? null : `label is ${s.label}`,
          captionShows(r, "truncated kept", 1),
        );
      },
    },
    {
      id: "forget-gate-decays",
      quote:
        "the dashed curve, now labelled a 1997-style truncation, decays by the product of the forget gates",
      params: { variant: "forget-gate" },
      across: ["seed", "forgetBias"],
      check: (r) => {
        const s = findSeries(r, "cell-norms", "truncated");
        const v = kept(r, "cell-norms", "truncated");
        return all(
          s.label.startsWith("1997-style truncation") ? null : `label is ${s.label}`,
          v !== null && v < 1 ? null : `truncated kept ${String(v)}, expected < 1`,
          r.mode?.includes("1997-style") ? null : `mode is ${String(r.mode)}`,
        );
      },
    },
    {
      id: "differ-at-defaults",
      quote:
        "At its defaults the two differ at step 0 by more than half of the truncated value, and some cell-gradient entries have opposite signs",
      check: (r) => {
        const full = yAt(r, "cell-norms", "full", 0);
        const trunc = yAt(r, "cell-norms", "truncated", 0);
        const full1 = findSeries(r, "cell-unit", "full-1").points;
        const trunc1 = findSeries(r, "cell-unit", "truncated-1").points;
        const flips = /(\d+) of \d+ cell-gradient entries have opposite signs/.exec(r.caption);
        return all(
          full !== null && trunc !== null && Math.abs(full - trunc) > 0.5 * trunc
            ? null
            : `full ${String(full)} vs truncated ${String(trunc)}`,
          flips && Number(flips[1]) > 0 ? null : `caption reports no sign flips: ${r.caption}`,
          full1.some((p, i) => (p.y ?? 0) * (trunc1[i]?.y ?? 0) < 0) || Number(flips?.[1]) > 0
            ? null
            : "no opposite signs",
        );
      },
    },
    {
      id: "coincide-without-recurrence",
      quote: "When the recurrent weights are zero the two gradients coincide",
      params: { recurrentScale: 0 },
      across: ["variant", "forgetBias", "steps"],
      check: (r) => {
        const full = findSeries(r, "cell-norms", "full").points;
        const trunc = findSeries(r, "cell-norms", "truncated").points;
        const same = full.every((p, i) => {
          const q = trunc[i]?.y;
          return (
            p.y === q || (p.y !== null && q != null && Math.abs(p.y - q) <= 1e-12 * Math.abs(q))
          );
        });
        return same ? null : "full and truncated differ at recurrent scale 0";
      },
    },
  ],
};
