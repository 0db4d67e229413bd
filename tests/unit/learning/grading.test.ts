import { describe, expect, it } from "vitest";
import { getQuestion } from "@/lib/content";
import {
  gradeResponse,
  GradingInputError,
  instantiateQuestion,
  ResponseInput,
  withinTolerance,
  type QuestionInstance,
} from "@/lib/learning/grading";

function instance(id: string, seed = "grading"): QuestionInstance {
  const q = getQuestion(id);
  if (!q) throw new Error(`no question ${id}`);
  return instantiateQuestion(q, seed);
}

function inputError(f: () => unknown): GradingInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof GradingInputError) return e;
    throw e;
  }
  throw new Error("expected GradingInputError");
}

describe("single-choice", () => {
  const inst = instance("how-lstm-handles-exploding-gradients/lstm-and-explosion");
  it("grades right and wrong, tagging the misconception", () => {
    expect(gradeResponse(inst, { type: "single-choice", optionId: "partly" })).toEqual({
      correct: true,
      fraction: 1,
      feedback: "Correct.",
      misconceptions: [],
    });
    const wrong = gradeResponse(inst, { type: "single-choice", optionId: "never" });
    expect(wrong).toMatchObject({
      correct: false,
      fraction: 0,
      misconceptions: ["lstm-never-explodes"],
    });
    expect(wrong.feedback).toMatch(/clipping/);
  });
  it("rejects unknown options and mismatched types with the field named", () => {
    const e = inputError(() => gradeResponse(inst, { type: "single-choice", optionId: "zzz" }));
    expect(e.status).toBe(422);
    expect(e.fields).toEqual({ optionId: 'unknown option "zzz"' });
    const t = inputError(() => gradeResponse(inst, { type: "numeric", value: 1 }));
    expect(t.status).toBe(422);
    expect(Object.keys(t.fields)).toEqual(["type"]);
  });
});

describe("multiple-select: max(0, hits/#correct - false picks/#wrong)", () => {
  const inst = instance("how-to-fix-vanishing-gradients/remedies"); // 4 correct, 2 wrong
  const grade = (optionIds: string[]) =>
    gradeResponse(inst, { type: "multiple-select", optionIds });
  it("gives full credit only for the exact set", () => {
    expect(grade(["orthogonal", "gating", "residual", "layernorm"])).toMatchObject({
      correct: true,
      fraction: 1,
    });
  });
  it("gives partial credit and tags wrong picks and tagged misses", () => {
    const r = grade(["orthogonal", "gating", "clipping"]);
    expect(r.correct).toBe(false);
    expect(r.fraction).toBeCloseTo(2 / 4 - 1 / 2, 12);
    expect(r.misconceptions).toEqual([
      "clipping-fixes-vanishing",
      "residual-path-still-multiplies",
    ]);
    expect(r.feedback).toMatch(/2 of the 4 correct options and 1 that should not/);
    expect(grade(["orthogonal", "gating", "residual"]).fraction).toBeCloseTo(0.75, 12);
  });
  it("floors at 0: ticking everything or nothing earns nothing", () => {
    expect(
      grade(["orthogonal", "gating", "residual", "layernorm", "clipping", "wider"]).fraction,
    ).toBe(0);
    expect(grade([]).fraction).toBe(0);
  });
  it("rejects duplicates and unknown ids", () => {
    expect(inputError(() => grade(["gating", "gating"])).fields).toEqual({
      optionIds: "an option is listed twice",
    });
    expect(inputError(() => grade(["gating", "nope"])).fields).toEqual({
      "optionIds.1": 'unknown option "nope"',
    });
  });
});

describe("numeric", () => {
  const inst = instance("how-lstm-handles-exploding-gradients/clip-component", "n1");
  if (inst.type !== "numeric") throw new Error("expected numeric");
  const key = inst.key.value;
  const grade = (value: number | string) => gradeResponse(inst, { type: "numeric", value });
  it("accepts answers within the absolute tolerance, edges included", () => {
    expect(grade(key).correct).toBe(true);
    expect(grade(key + 0.01).correct).toBe(true);
    expect(grade(key - 0.01).correct).toBe(true);
    expect(grade(key + 0.0101).correct).toBe(false);
    expect(grade(String(key)).correct).toBe(true);
  });
  it("keeps decimal edges inside despite binary rounding", () => {
    expect(withinTolerance(0.61, 0.6, { kind: "absolute", value: 0.01 })).toBe(true);
    expect(withinTolerance(0.59, 0.6, { kind: "absolute", value: 0.01 })).toBe(true);
    expect(withinTolerance(0.6101, 0.6, { kind: "absolute", value: 0.01 })).toBe(false);
    expect(withinTolerance(1.02, 1, { kind: "relative", value: 0.02 })).toBe(true);
    expect(withinTolerance(1.0201, 1, { kind: "relative", value: 0.02 })).toBe(false);
    expect(withinTolerance(-1.02e-7, -1e-7, { kind: "relative", value: 0.02 })).toBe(true);
  });
  it("maps a typical wrong answer to its misconception", () => {
    const a = inst.params.a ?? 0;
    const c = inst.params.c ?? 0;
    const r = grade(Math.min(a, c));
    if (Math.abs(Math.min(a, c) - key) > 0.01) {
      expect(r).toMatchObject({
        correct: false,
        fraction: 0,
        misconceptions: ["clipping-is-elementwise"],
      });
    }
    const far = grade(key + 5);
    expect(far.misconceptions).toEqual([]);
    expect(far.feedback).toMatch(/too high/);
  });
  it("uses relative tolerance for simulated keys that span orders of magnitude", () => {
    const f = instance("why-lstm-solves-vanishing-gradients/forget-product", "f1");
    if (f.type !== "numeric") throw new Error("expected numeric");
    const k = f.key.value;
    expect(gradeResponse(f, { type: "numeric", value: k * 1.019 }).correct).toBe(true);
    expect(gradeResponse(f, { type: "numeric", value: k * 1.03 }).correct).toBe(false);
    expect(gradeResponse(f, { type: "numeric", value: 1 }).misconceptions).toEqual(
      k < 0.98 ? ["forget-gate-always-one"] : [],
    );
  });
  it("rejects non-numbers with 400", () => {
    const e = inputError(() => grade("abc"));
    expect(e.status).toBe(400);
    expect(Object.keys(e.fields)).toEqual(["value"]);
  });
});

describe("predict-plot", () => {
  const inst = instance(
    "why-lstm-gradients-do-not-vanish-backward/predict-full-vs-truncated",
    "pp",
  );
  if (inst.type !== "predict-plot") throw new Error("expected predict-plot");
  const right = inst.key.correctOptionId;
  const wrong = inst.options.find((o) => o.id !== right);
  it("grades against the computed key and tags the wrong prediction", () => {
    expect(gradeResponse(inst, { type: "predict-plot", optionId: right })).toMatchObject({
      correct: true,
      fraction: 1,
    });
    const r = gradeResponse(inst, { type: "predict-plot", optionId: wrong?.id ?? "" });
    expect(r).toMatchObject({
      correct: false,
      fraction: 0,
      misconceptions: [wrong?.misconception],
    });
  });
});

describe("ordering: Kendall's tau floored at 0", () => {
  const inst = instance("why-lstm-gradients-do-not-vanish-backward/history");
  const grade = (order: string[]) => gradeResponse(inst, { type: "ordering", order });
  it("grades exact, one swap, reversed", () => {
    expect(grade(["cec", "forget", "full", "bias"])).toMatchObject({ correct: true, fraction: 1 });
    expect(grade(["forget", "cec", "full", "bias"]).fraction).toBeCloseTo(4 / 6, 12);
    expect(grade(["bias", "full", "forget", "cec"]).fraction).toBe(0);
  });
  it("tags a typical wrong order", () => {
    expect(grade(["full", "cec", "forget", "bias"]).misconceptions).toEqual([
      "truncation-is-modern-practice",
    ]);
  });
  it("rejects orders that are not a permutation", () => {
    expect(inputError(() => grade(["cec", "forget", "full"])).fields).toHaveProperty("order");
    expect(inputError(() => grade(["cec", "forget", "full", "zzz"])).fields).toEqual({
      "order.3": 'unknown item "zzz"',
    });
  });
});

describe("short-text: ideas found / ideas required", () => {
  const inst = instance("why-lstm-solves-vanishing-gradients/explain-cell-path");
  const grade = (text: string) => gradeResponse(inst, { type: "short-text", text });
  it("gives full credit when every idea is there, in any phrasing", () => {
    const r = grade(
      "The cell is updated additively, so going back multiplies by the forget gate, which stays close to one.",
    );
    expect(r).toMatchObject({ correct: true, fraction: 1, missingIdeas: [] });
  });
  it("names the missing ideas and gives partial credit", () => {
    const r = grade("Because the update is additive.");
    expect(r.correct).toBe(false);
    expect(r.fraction).toBeCloseTo(1 / 3, 12);
    expect(r.missingIdeas).toEqual([
      "going back one step multiplies by the forget gate (not W and tanh')",
      "the forget gate can stay close to 1",
    ]);
    expect(r.feedback).toContain("Missing: going back one step");
  });
  it("tags a stated misconception and halves the credit, so it is never full credit", () => {
    const r = grade(
      "The update is a sum, so there is no multiplication at all; going back multiplies by the forget gate, near 1.",
    );
    expect(r.misconceptions).toEqual(["gates-remove-all-multiplication"]);
    expect(r.correct).toBe(false);
    expect(r.fraction).toBe(0.5);
    expect(r.feedback).toContain("halves the credit");
  });
  it("normalises typography", () => {
    expect(
      grade("ADDITIVE update – going back multiplies by the \u2018forget gate\u2019, f_t ≈ 1")
        .fraction,
    ).toBe(1);
  });
  it("counts a negated idea as not stated, and a contradicted one as contradicted", () => {
    const r = grade(
      "The forget gate is NOT close to 1, it's close to 0, and the update is not additive.",
    );
    expect(r.fraction).toBe(0);
    expect(r.feedback).toContain("Your answer contradicts: the forget gate can stay close to 1.");
  });
  it("needs an idea's parts together: a bare mention does not state it", () => {
    expect(grade("Because f + bias.").fraction).toBe(0);
    expect(grade("additive, forget gate, 1, cell state, gradient").fraction).toBe(0);
  });
});

describe("short-text: the cases that were graded wrongly", () => {
  const grade = (id: string, text: string) =>
    gradeResponse(instance(id), { type: "short-text", text });
  it("a denial of every idea plus the gates misconception earns nothing and is tagged", () => {
    const r = grade(
      "why-lstm-gradients-do-not-vanish-backward/explain-carousel",
      "It is not a loop and it is not linear; the weight is not one. It is the three gates.",
    );
    expect(r).toMatchObject({ correct: false, fraction: 0, misconceptions: ["cec-has-gates"] });
  });
  it("a correct paraphrase without the textbook words gets full credit", () => {
    const r = grade(
      "what-problem-lstm-solves/explain-long-gap",
      "The error is multiplied by a small factor at each of the 49 steps on its way back, so the early weights get almost no update.",
    );
    expect(r).toMatchObject({ correct: true, fraction: 1 });
  });
});

describe("ResponseInput", () => {
  it("is a discriminated union on type, strict per variant", () => {
    expect(ResponseInput.parse({ type: "numeric", value: "1e-3" })).toEqual({
      type: "numeric",
      value: 0.001,
    });
    expect(
      ResponseInput.safeParse({ type: "single-choice", optionId: "a", extra: 1 }).success,
    ).toBe(false);
    expect(ResponseInput.safeParse({ type: "essay", text: "x" }).success).toBe(false);
    expect(ResponseInput.safeParse({ type: "multiple-select", optionIds: "a" }).success).toBe(
      false,
    );
  });
  it("maps a malformed body to 400 with the field named", () => {
    const inst = instance("gru/state");
    const e = inputError(() => gradeResponse(inst, { type: "single-choice" }));
    expect(e.status).toBe(400);
    expect(Object.keys(e.fields)).toEqual(["optionId"]);
    expect(inputError(() => gradeResponse(inst, null)).status).toBe(400);
  });
});
