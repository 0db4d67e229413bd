import type { LessonClaims } from "./types";
import { all, captionShows, kept, within } from "./measure";

export const claims: LessonClaims = {
  lessonId: "how-to-fix-vanishing-gradients",
  claims: [
    {
      id: "plain-stack-vanishes",
      quote: "the plain stack keeps less than $10^{-10}$ of its gradient",
      across: ["seed"],
      check: (r) => {
        const v = kept(r, "stacks", "plain");
        return all(within("plain stack kept", v, 0, 1e-10), captionShows(r, "plain kept", v));
      },
    },
    {
      id: "residual-stack-near-one",
      quote: "the residual stack keeps between 0.5 and 2 times it",
      across: ["seed", "depth"],
      check: (r) => {
        const v = kept(r, "stacks", "residual");
        return all(within("residual stack kept", v, 0.5, 2), captionShows(r, "residual kept", v));
      },
    },
    {
      id: "residual-grows-at-unit-branch",
      quote: "At $a = 1$ the residual stack's gradient grows more than tenfold",
      params: { branchScale: 1 },
      check: (r) =>
        within("residual stack kept at a = 1", kept(r, "stacks", "residual"), 10, Infinity),
    },
    {
      id: "relu-residual-grows-more",
      quote: "with ReLU\nbranches more than a millionfold",
      params: { branchScale: 1, stackActivation: "relu" },
      check: (r) =>
        within("ReLU residual stack kept", kept(r, "stacks", "residual"), 1e6, Infinity),
    },
    {
      id: "sigmoid-chain-vanishes",
      quote:
        "A chain of sigmoid\nunits held at their midpoint shrinks the gradient by exactly 4 per step",
      across: ["seed", "weightScale"],
      check: (r) => {
        // Not held at the midpoint here, so at least 4x per step times the weight scale.
        const v = kept(r, "chains", "rnn-sigmoid");
        return within("sigmoid chain kept", v, 0, 1e-10);
      },
    },
    {
      id: "relu-zero-means-no-active-unit",
      quote: "lower the weight scale to 0.5 and no unit stays active",
      params: { weightScale: 0.5 },
      check: (r) =>
        r.caption.includes("relu keeps 0 (no unit active)")
          ? null
          : `caption should say the ReLU chain keeps 0 (no unit active): ${r.caption}`,
    },
  ],
};
