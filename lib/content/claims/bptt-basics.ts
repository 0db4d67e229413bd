import type { LessonClaims } from "./types";
import { all, captionShows, findSeries, within, yAt } from "./measure";

export const claims: LessonClaims = {
  lessonId: "bptt-basics",
  claims: [
    {
      id: "pascanu-bound-holds",
      quote: "$\\|\\partial h_T/\\partial h_k\\|_2 \\le \\eta^{T-k}$: the gradient must vanish",
      across: ["activation", "matrix", "steps", "inputScale", "seed", "hiddenSize"],
      check: (r) => {
        const measured = findSeries(r, "sweep", "measured").points;
        const bound = findSeries(r, "sweep", "bound").points;
        const broken = measured.find((p, i) => {
          const b = bound[i]?.y;
          return p.y !== null && b != null && p.y > b * (1 + 1e-9);
        });
        return broken ? `measured ${broken.y} above the bound at σ = ${broken.x}` : null;
      },
    },
    {
      id: "switching-grows",
      quote: "after 30 steps its norm is above 100, while $\\|W^{30}\\|_2$ is below $10^{-3}$",
      check: (r) =>
        all(
          within("switched product at t = 30", yAt(r, "switching", "switched", 30), 100, Infinity),
          within("‖W^30‖", yAt(r, "switching", "linear", 30), 0, 1e-3),
          captionShows(r, "ρ(W)", Math.SQRT1_2),
        ),
    },
    {
      id: "saturation-stops-growth",
      quote:
        "with inputs of size 2 the measured gradient after 30 steps stays below 1 even at $\\sigma = 2.5$",
      params: { inputScale: 2 },
      across: ["seed"],
      check: (r) => {
        const pts = findSeries(r, "sweep", "measured").points;
        const lastPoint = pts[pts.length - 1];
        return all(
          within("measured at σ = 2.5", lastPoint?.y ?? null, 0, 1),
          r.caption.includes("stays below 1") ? null : `caption: ${r.caption}`,
        );
      },
    },
  ],
};
