/**
 * The higher-order questions (reading a curve, choosing a fix, predicting a change, two-step
 * derivations) and the repaired ambiguous items. Existing questions keep their order: new ones
 * are appended at the end of each lesson's list.
 */
import { describe, expect, it } from "vitest";
import { getQuestion, paramValues, questionsForLesson, type Question } from "@/lib/content";

const BEFORE: Record<string, string[]> = {
  "what-problem-lstm-solves": [
    "main-problem",
    "gate-roles",
    "explain-long-gap",
    "predict-remember-bit",
    "memory-limits",
  ],
  "why-lstm-solves-vanishing-gradients": [
    "forget-product",
    "predict-cell-survives",
    "cell-jacobian",
    "forget-bias-facts",
    "explain-cell-path",
  ],
  "how-lstm-handles-exploding-gradients": [
    "tanh-chain",
    "clip-component",
    "cliff-gradient",
    "predict-lstm-grows",
    "lstm-and-explosion",
    "clipping-facts",
  ],
  "how-to-fix-vanishing-gradients": [
    "sigmoid-chain",
    "residual-stack",
    "predict-activations",
    "remedies",
    "residual-how",
  ],
  "why-lstm-gradients-do-not-vanish-backward": [
    "truncated-cell",
    "predict-full-vs-truncated",
    "modern-practice",
    "history",
    "explain-carousel",
  ],
  "bptt-basics": [
    "orthogonal-power",
    "non-normal-power",
    "bptt-steps",
    "vanishing-condition",
    "predict-sweep",
  ],
  gru: ["predict-update-bias", "state", "facts"],
};

const NEW = [
  "bptt-basics/read-first-below",
  "bptt-basics/fixed-point-derivation",
  "gru/choose-update-bias",
  "gru/copy-path-gain",
  "how-lstm-handles-exploding-gradients/choose-fix-nan",
  "how-lstm-handles-exploding-gradients/threshold-change",
  "how-to-fix-vanishing-gradients/choose-fix-stall",
  "how-to-fix-vanishing-gradients/residual-depth-change",
  "what-problem-lstm-solves/read-which-lstm",
  "what-problem-lstm-solves/predict-longer-gap",
  "why-lstm-gradients-do-not-vanish-backward/read-overlapping-curves",
  "why-lstm-solves-vanishing-gradients/bias-for-span",
];

/** Every combination of a simulated question's parameter values. */
function combinations(q: Question): Record<string, number>[] {
  if (!("sim" in q) || !q.sim) return [{}];
  let out: Record<string, number>[] = [{}];
  for (const [name, def] of Object.entries(q.sim.params)) {
    out = out.flatMap((p) => paramValues(def).map((v) => ({ ...p, [name]: v })));
  }
  return out;
}

const within = (value: number, key: number, tol: { kind: string; value: number }) =>
  Math.abs(value - key) <= (tol.kind === "absolute" ? tol.value : tol.value * Math.abs(key));

describe("higher-order questions", () => {
  it("adds at least 12, each after the lesson's existing questions", () => {
    expect(NEW.length).toBeGreaterThanOrEqual(12);
    for (const [lessonId, before] of Object.entries(BEFORE)) {
      const ids = questionsForLesson(lessonId).map((q) => q.id.split("/")[1]);
      expect(ids.slice(0, before.length), lessonId).toEqual(before);
    }
    for (const id of NEW) {
      const q = getQuestion(id);
      expect(q, id).toBeDefined();
      expect(BEFORE[q?.lessonId ?? ""]).not.toContain(id.split("/")[1]);
    }
  });

  it.each(NEW.filter((id) => getQuestion(id)?.type === "numeric"))(
    "%s: every wrong formula lies outside the tolerance at every parameter value",
    (id) => {
      const q = getQuestion(id);
      if (q?.type !== "numeric" || !q.sim) throw new Error(`${id} is not simulated`);
      let listed = 0;
      for (const params of combinations(q)) {
        const key = q.sim.compute(params);
        for (const w of key.wrongAnswers ?? []) {
          listed += 1;
          expect(within(w.value, key.value, q.tolerance), `${id} ${JSON.stringify(params)}`).toBe(
            false,
          );
        }
      }
      expect(listed, `${id} lists its wrong formulas`).toBeGreaterThan(0);
    },
  );
});

describe("ambiguous items repaired", () => {
  it("gru/facts states the gate convention its diag(z_t) option depends on", () => {
    const q = getQuestion("gru/facts");
    const option = q && "options" in q ? q.options.find((o) => o.id === "diag-z") : undefined;
    expect(option?.text).toContain("PyTorch");
    expect(option?.text).toContain(String.raw`$z_t$ multiplies the old state $h_{t-1}$`);
  });

  it("bptt-steps has no two items that happen at the same time", () => {
    const q = getQuestion("bptt-basics/bptt-steps");
    if (q?.type !== "ordering") throw new Error("bptt-steps is an ordering question");
    expect(q.items.map((i) => i.id)).not.toContain("accumulate");
    expect(q.correctOrder).toEqual(["forward", "loss", "backward", "clip", "update"]);
  });

  it("every predict-plot option is the key for some parameter value", () => {
    for (const q of ["bptt-basics/predict-sweep", "gru/predict-update-bias"].map(getQuestion)) {
      if (q?.type !== "predict-plot") throw new Error("expected a predict-plot question");
      const keys = new Set(combinations(q).map((p) => q.sim.compute(p).correctOptionId));
      expect([...keys].sort(), q.id).toEqual(q.options.map((o) => o.id).sort());
    }
  });
});
