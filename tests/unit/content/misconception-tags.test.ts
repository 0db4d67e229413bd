/**
 * Every misconception tag on an option (or a wrong order, or a wrong numeric formula) must be
 * about that option. The table is written and checked by hand: for each tag, a few words that
 * name what the option claims (or omits) and that the misconception's label or correction also
 * names. A short option ("Above 10^-3", "About 1e-6") is read with its prompt and hints.
 */
import { describe, expect, it } from "vitest";
import { getMisconception, getQuestion, questions, type Question } from "@/lib/content";

type Row = readonly [questionId: string, target: string, misconception: string, about: string[]];

const W = "what-problem-lstm-solves";
const S = "why-lstm-solves-vanishing-gradients";
const E = "how-lstm-handles-exploding-gradients";
const F = "how-to-fix-vanishing-gradients";
const B = "why-lstm-gradients-do-not-vanish-backward";

const OPTION_TAGS: readonly Row[] = [
  [`${W}/main-problem`, "no-memory", "rnn-cannot-remember-at-all", ["hidden state"]],
  [`${W}/main-problem`, "exploding", "lstm-never-explodes", ["explod", "gates"]],
  [`${W}/main-problem`, "capacity", "lstm-stores-everything", ["stores"]],
  [`${W}/gate-roles`, "fixed", "forget-gate-always-one", ["forget gate", "1"]],
  [`${W}/gate-roles`, "no-mult", "gates-remove-all-multiplication", ["multiplication"]],
  [`${W}/gate-roles`, "cec", "cec-has-gates", ["constant error carousel", "gates"]],
  [`${W}/predict-remember-bit`, "above", "forget-gate-always-one", ["forget", "bias"]],
  [`${W}/predict-remember-bit`, "below", "forget-bias-irrelevant", ["forget", "bias"]],
  [`${W}/memory-limits`, "everything", "lstm-stores-everything", ["seen"]],
  [`${W}/memory-limits`, "never-vanish", "lstm-never-vanishes", ["vanish", "forget gate"]],
  [`${W}/memory-limits`, "wider-rnn", "bigger-hidden-fixes-vanishing", ["hidden state"]],
  [`${W}/read-which-lstm`, "b-no-mult", "gates-remove-all-multiplication", ["multipl", "cell"]],
  [`${W}/read-which-lstm`, "a-lstm", "forget-bias-irrelevant", ["forget", "bias"]],
  [`${W}/read-which-lstm`, "a-additive", "gradients-add-over-time", ["per-step factors"]],
  [`${W}/predict-longer-gap`, "halved", "gradients-add-over-time", ["step"]],
  [`${W}/predict-longer-gap`, "zero", "rnn-cannot-remember-at-all", ["plain rnn"]],
  [`${W}/predict-training-lag`, "both", "gradients-add-over-time", ["per-step factor"]],
  [`${W}/predict-training-lag`, "only-lstm", "rnn-cannot-remember-at-all", ["training signal"]],
  [`${W}/predict-training-lag`, "only-rnn", "lstm-no-better-on-long-lags", ["lstm", "tanh rnn"]],
  [`${W}/predict-training-lag`, "none", "lstm-no-better-on-long-lags", ["lstm", "tanh rnn"]],
  [`${S}/predict-cell-survives`, "above", "forget-gate-always-one", ["forget", "bias"]],
  [`${S}/predict-cell-survives`, "below", "forget-bias-irrelevant", ["forget", "bias"]],
  [`${S}/cell-jacobian`, "identity", "gates-remove-all-multiplication", ["multipl", "additive"]],
  [`${S}/cell-jacobian`, "diag-only", "full-equals-truncated", ["gates"]],
  [`${S}/forget-bias-facts`, "zero-is-one", "forget-gate-always-one", ["forget gate", "1"]],
  [`${S}/forget-bias-facts`, "forward-only", "forget-bias-irrelevant", ["bias"]],
  [`${S}/forget-bias-facts`, "no-mult", "gates-remove-all-multiplication", ["multiplication"]],
  [`${E}/predict-lstm-grows`, "larger", "explosion-without-large-weights", ["recurrent weights"]],
  [`${E}/predict-lstm-grows`, "smaller", "lstm-never-explodes", ["LSTM", "gates"]],
  [`${E}/lstm-and-explosion`, "never", "lstm-never-explodes", ["explode", "gates"]],
  [`${E}/lstm-and-explosion`, "clip-inside", "clipping-fixes-vanishing", ["clip", "vanishing"]],
  [`${E}/lstm-and-explosion`, "additive-no-mult", "gates-remove-all-multiplication", ["additive"]],
  [`${E}/clipping-facts`, "walls", "clipping-useless-for-explosion", ["explode"]],
  [`${E}/clipping-facts`, "vanishing", "clipping-fixes-vanishing", ["distant steps"]],
  [`${E}/clipping-facts`, "elementwise", "clipping-is-elementwise", ["each"]],
  [`${E}/clipping-facts`, "rotates", "clipping-changes-direction", ["direction"]],
  [`${E}/choose-fix-nan`, "gru", "lstm-never-explodes", ["GRU", "explod"]],
  [`${E}/choose-fix-nan`, "forget-bias", "explosion-treated-as-vanishing", ["forget"]],
  [`${E}/choose-fix-nan`, "value-clip", "clipping-is-elementwise", ["direction", "each"]],
  [`${F}/predict-activations`, "sigmoid", "sigmoid-derivative-one", ["sigmoid"]],
  [`${F}/predict-activations`, "tanh", "init-irrelevant", ["orthogonal"]],
  [`${F}/predict-activations`, "relu", "relu-alone-fixes-rnns", ["ReLU"]],
  [`${F}/remedies`, "residual", "residual-path-still-multiplies", ["residual"]],
  [`${F}/remedies`, "clipping", "clipping-fixes-vanishing", ["clipping"]],
  [`${F}/remedies`, "wider", "bigger-hidden-fixes-vanishing", ["hidden state"]],
  [`${F}/residual-how`, "more-params", "residual-adds-parameters", ["parameters"]],
  [`${F}/residual-how`, "relu", "relu-alone-fixes-rnns", ["ReLU", "derivative is 1"]],
  [`${F}/residual-how`, "product", "residual-path-still-multiplies", ["product"]],
  [`${F}/choose-fix-stall`, "clip", "clipping-fixes-vanishing", ["clip"]],
  [`${F}/choose-fix-stall`, "wider", "bigger-hidden-fixes-vanishing", ["hidden state"]],
  [`${F}/choose-fix-stall`, "sigmoid", "sigmoid-derivative-one", ["sigmoid", "derivative"]],
  [`${B}/predict-full-vs-truncated`, "coincide", "full-equals-truncated", ["full", "truncated"]],
  [`${B}/predict-full-vs-truncated`, "differ", "truncation-cuts-cell-path", ["recurrent", "1997"]],
  [`${B}/modern-practice`, "truncated", "truncation-is-modern-practice", ["1997", "truncat"]],
  [`${B}/modern-practice`, "same", "full-equals-truncated", ["truncated", "full"]],
  [`${B}/history`, "full>cec>forget>bias", "truncation-is-modern-practice", ["full", "truncat"]],
  [`${B}/read-overlapping-curves`, "always-equal", "full-equals-truncated", ["truncated", "full"]],
  [`${B}/read-overlapping-curves`, "both-cut", "truncation-cuts-cell-path", ["cut", "path"]],
  [`${B}/read-overlapping-curves`, "use-it", "truncation-is-modern-practice", ["modern", "trunc"]],
  ["bptt-basics/vanishing-condition", "radius-below-one", "spectral-radius-suffices", ["radius"]],
  [
    "bptt-basics/vanishing-condition",
    "small-activations",
    "vanishing-is-forward-only",
    ["forward"],
  ],
  ["bptt-basics/vanishing-condition", "wide", "bigger-hidden-fixes-vanishing", ["units"]],
  ["bptt-basics/predict-sweep", "below", "bounded-activation-bounds-gradient", ["tanh", "bound"]],
  ["bptt-basics/predict-sweep", "above", "large-norm-guarantees-explosion", ["saturat"]],
  ["gru/predict-update-bias", "above", "update-gate-always-copies", ["GRU", "update"]],
  ["gru/predict-update-bias", "below", "update-bias-irrelevant", ["GRU", "update", "bias"]],
  ["gru/state", "cell", "gru-has-cell-state", ["cell state"]],
  ["gru/state", "everything", "lstm-stores-everything", ["state"]],
  ["gru/facts", "close", "forget-bias-irrelevant", ["forget", "bias"]],
  ["gru/facts", "no-explode", "lstm-never-explodes", ["gates", "explod"]],
  ["gru/facts", "z-one", "update-gate-always-copies", ["update gate"]],
  ["gru/choose-update-bias", "negative", "gru-convention-mixup", ["candidate"]],
  ["gru/choose-update-bias", "zero", "update-bias-irrelevant", ["b_z"]],
];

/** Wrong numeric formulas: the hand formula at one parameter set, and the words as above. */
type NumericRow = readonly [
  questionId: string,
  params: Record<string, number>,
  wrongValue: number,
  misconception: string,
  about: string[],
];
const NUMERIC_TAGS: readonly NumericRow[] = [
  [
    `${W}/rnn-loss-vs-chance`,
    { lag: 10, seed: 1, iterations: 2000 },
    1,
    "rnn-cannot-remember-at-all",
    ["short dependencies"],
  ],
  [`${E}/clip-component`, { a: 6, b: 8, c: 2 }, 6, "clipping-not-applied", ["components"]],
  [`${E}/clip-component`, { a: 6, b: 8, c: 2 }, 2, "clipping-is-elementwise", ["each"]],
  [`${E}/cliff-gradient`, { w: 1.1, x0: 0.5, T: 50 }, 58.69542644, "derivative-is-value", ["x_T"]],
  [`${E}/tanh-chain`, { w: 1.5, T: 5 }, 7.5, "gradients-add-over-time", ["product"]],
  [`${E}/tanh-chain`, { w: 1.5, T: 5 }, 1, "bounded-activation-bounds-gradient", ["tanh"]],
  [`${E}/threshold-change`, { p: 0, c: 3 }, 6, "clipping-sets-length", ["threshold"]],
  [
    "gru/copy-path-gain",
    { b: 2, T: 10 },
    (1 - 1 / (1 + Math.exp(-2))) ** 10,
    "gru-convention-mixup",
    ["PyTorch"],
  ],
  ["gru/copy-path-gain", { b: 2, T: 10 }, 1, "update-gate-always-copies", ["old state"]],
  [
    "bptt-basics/fixed-point-derivation",
    { w: 2, h: 0.6, T: 5 },
    32,
    "saturation-harmless",
    ["saturat"],
  ],
];

const misconceptionText = (id: string) => {
  const m = getMisconception(id);
  return m ? `${m.label} ${m.correction}`.toLowerCase() : "";
};

function optionText(q: Question, target: string): string | undefined {
  if (q.type === "ordering") {
    return q.wrongOrders?.some((w) => w.order.join(">") === target)
      ? q.items.map((i) => i.text).join(" ")
      : undefined;
  }
  if (!("options" in q)) return undefined;
  const o = q.options.find((opt) => opt.id === target);
  if (!o) return undefined;
  // An option that is only a direction or a number is read with its question.
  const short =
    o.text
      .replace(/\$[^$]*\$/g, "")
      .trim()
      .split(/\s+/).length < 4;
  return q.type === "predict-plot" || short ? `${q.prompt} ${q.hints.join(" ")} ${o.text}` : o.text;
}

describe("misconception tags on options", () => {
  it("lists every tag in the bank exactly once", () => {
    const inBank: string[] = [];
    for (const q of questions) {
      if ("options" in q)
        for (const o of q.options)
          if (o.misconception) inBank.push(`${q.id} ${o.id} ${o.misconception}`);
      if (q.type === "ordering")
        for (const w of q.wrongOrders ?? [])
          inBank.push(`${q.id} ${w.order.join(">")} ${w.misconception}`);
    }
    const inTable = OPTION_TAGS.map(([q, t, m]) => `${q} ${t} ${m}`);
    expect(inBank.filter((t) => !inTable.includes(t))).toEqual([]);
    expect(inTable.filter((t) => !inBank.includes(t))).toEqual([]);
  });

  it.each(OPTION_TAGS)("%s / %s is about %s", (questionId, target, misconception, about) => {
    const q = getQuestion(questionId);
    expect(q, questionId).toBeDefined();
    const text = optionText(q as Question, target)?.toLowerCase();
    expect(text, `${questionId}: option ${target}`).toBeDefined();
    const mis = misconceptionText(misconception);
    expect(mis, misconception).not.toBe("");
    expect(about.length).toBeGreaterThan(0);
    for (const word of about) {
      expect(text, `option ${target} should mention "${word}"`).toContain(word.toLowerCase());
      expect(mis, `${misconception} should mention "${word}"`).toContain(word.toLowerCase());
    }
  });
});

describe("misconception tags on wrong numeric formulas", () => {
  it.each(NUMERIC_TAGS)("%s at %o: %d is %s", (questionId, params, value, misconception, about) => {
    const q = getQuestion(questionId);
    if (q?.type !== "numeric" || !q.sim)
      throw new Error(`${questionId} is not a simulated numeric`);
    const key = q.sim.compute(params);
    const tagged = (key.wrongAnswers ?? []).filter((w) => w.misconception === misconception);
    expect(tagged.map((w) => w.value)).toContainEqual(expect.closeTo(value, 6));
    const mis = misconceptionText(misconception);
    for (const word of about) expect(mis, misconception).toContain(word.toLowerCase());
  });
});
