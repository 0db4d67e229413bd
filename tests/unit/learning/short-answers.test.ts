import { describe, expect, it } from "vitest";
import { getQuestion, questions } from "@/lib/content";
import { gradeResponse, instantiateQuestion } from "@/lib/learning/grading";
import { loadAnswers, metrics, score } from "./eval-sets/evaluate";

/**
 * The short-text grader against 270 hand-labelled learner answers to the three short-text
 * questions: short-answers.json (180, the original tuning set) and short-answers-heldout.json
 * (90, written and labelled independently). Both have now been read while writing rubrics, so
 * the figures below measure fit, not generalisation; a fresh held-out set scores that.
 *
 * History, for an honest estimate. Tuned on the 180 alone, the rubric grader agreed with the
 * teacher on 61 of the 90 held-out answers (67.8 %; precision of "correct" 84.8 %, recall
 * 66.7 %, two misconception answers at full credit). The generic changes made without new
 * phrasings (misspellings read as meant, keyword strings given nothing, the parts of a claim
 * required close together) raised that to 66 of 90 (73.3 %, precision 90.9 %). Paraphrase
 * families and misconception phrasings written after reading the held-out misses, plus the
 * rules that stating the opposite of a key idea (or only denying it) earns nothing and that an
 * idea's words inside a misconception do not state it, reach 87 of 90 (96.7 %) there
 * and 179 of 180 (99.4 %) on the tuning set, with no tuning answer lost.
 *
 * A third set of 113 answers, written independently in plainer student words (analogies, terse
 * fragments, typos, misconceptions appended to otherwise right answers), scored 94 of 113
 * (83.2 %) before any tuning on it: precision of "correct" 96.6 %, recall 75.7 %, one
 * misconception answer at full credit. Before tuning on it, a 30-answer probe in the same style
 * (short-answers-probe2.json, written for the purpose) scored 29 of 30, its miss a
 * misconception at full credit. Broader paraphrase families (what "no signal reaches the
 * weights" says, a product of forget gates, a kept share near 1), detectors for the side claims,
 * and the rule that a misconception replacing the asked-for mechanism contradicts it (shrinking
 * activations going forward, "the real issue is" something else) bring the third set to 110 of
 * 113 (97.3 %) and the probe to 30 of 30, with no answer of the first two sets lost (the
 * held-out set gains one: 88 of 90).
 *
 * A fourth set of 108 answers, written independently, scored 96 of 108 (88.9 %) before any
 * tuning on it: precision of "correct" 88.6 %, recall 83.8 %, two misconception answers at
 * full credit. Its misses were families, fixed as such: plain phrasings of the three long-gap
 * ideas ("many small factors", "nothing much reaches the part that would learn", "the net
 * can't pick up the link"), the carousel as an accumulator ("new value = old value + input",
 * "self weight one"), "the chain rule only picks up f_t", a mechanism followed by a shrinking
 * consequence ("weight one, which is why the error is multiplied by 0.5"; the idea is then
 * unstated, not contradicted), "the gates remove all multiplication" in place of the forget
 * factor, two side claims, and a keyword string holding "than one". It now scores 108 of 108,
 * with no answer of the other sets lost.
 *
 * The goal is 90 % agreement on correct / partial / incorrect and no full credit for an answer
 * that states a catalogued misconception. The thresholds below sit a little under what the
 * seen sets reach, so a rubric change that loses ground fails here.
 */
const tuning = loadAnswers("tuning");
const heldOut = loadAnswers("heldOut");
const round3 = loadAnswers("round3");
const probe2 = loadAnswers("probe2");
const round4 = loadAnswers("round4");
const seen = [...tuning, ...heldOut, ...round3, ...probe2, ...round4];
const LABELS = ["correct", "partial", "incorrect"] as const;

describe("the labelled answer sets", () => {
  it("hold 180 tuning answers and a held-aside third of 90, on bank short-text questions", () => {
    expect(tuning).toHaveLength(180);
    expect(heldOut).toHaveLength(90);
    expect(heldOut.length / (tuning.length + heldOut.length)).toBeCloseTo(1 / 3);
    for (const a of [...tuning, ...heldOut])
      expect(getQuestion(a.questionId)?.type).toBe("short-text");
    for (const label of LABELS) expect(heldOut.some((a) => a.label === label)).toBe(true);
  });

  it("share no written answer between tuning and held-out (a bare '?' may recur)", () => {
    const key = (text: string) => text.trim().toLowerCase();
    const written = (text: string) => key(text).split(/\s+/).length >= 3;
    const seen = new Set(tuning.map((a) => key(a.answer)));
    for (const a of heldOut.filter((x) => written(x.answer)))
      expect(seen.has(key(a.answer)), a.answer).toBe(false);
  });
});

describe("short-text grader agreement", () => {
  it("on every seen set together: at least 95 %, no misconception at full credit", () => {
    const m = metrics(score(seen));
    expect(m.agreement).toBeGreaterThanOrEqual(0.95);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.95);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.95);
    expect(m.fullCreditWithMisconception).toBe(0);
  });

  it("on the third set, once scored before tuning", () => {
    expect(round3).toHaveLength(113);
    const m = metrics(score(round3));
    expect(m.agreement).toBeGreaterThanOrEqual(0.93);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.95);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.95);
    expect(m.fullCreditWithMisconception).toBe(0);
  });

  it("on the fourth set, once scored before tuning", () => {
    expect(round4).toHaveLength(108);
    const m = metrics(score(round4));
    expect(m.agreement).toBeGreaterThanOrEqual(0.95);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.95);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.95);
    expect(m.fullCreditWithMisconception).toBe(0);
  });

  // The held-aside set: 113 answers written independently (without the grader or the other sets)
  // after the last tuning round, and never tuned on. Scored once at its commit: 91.2 % agreement,
  // precision of "correct" 94.6 %, recall 97.2 %, no misconception answer at full credit. Its
  // disagreements stay as they are: fixing them here would make it one more tuning set.
  it("on the held-aside set, never tuned on: the goals of 90 % and no misconception at full credit", () => {
    const heldAside = loadAnswers("heldAside");
    expect(heldAside).toHaveLength(113);
    const m = metrics(score(heldAside));
    expect(m.agreement).toBeGreaterThanOrEqual(0.9);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.9);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.9);
    expect(m.fullCreditWithMisconception).toBe(0);
  });

  it("on the held-out set", () => {
    const m = metrics(score(heldOut));
    expect(m.agreement).toBeGreaterThanOrEqual(0.93);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.95);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.95);
    expect(m.fullCreditWithMisconception).toBe(0);
  });

  it("on the tuning set", () => {
    const m = metrics(score(tuning));
    expect(m.agreement).toBeGreaterThanOrEqual(0.98);
    expect(m.precisionCorrect).toBeGreaterThanOrEqual(0.99);
    expect(m.recallCorrect).toBeGreaterThanOrEqual(0.99);
    expect(m.fullCreditWithMisconception).toBe(0);
  });

  it("gives every model answer full credit", () => {
    for (const q of questions.filter((x) => x.type === "short-text")) {
      const inst = instantiateQuestion(q, "model");
      if (inst.type !== "short-text") continue;
      const grade = gradeResponse(inst, { type: "short-text", text: inst.modelAnswer });
      expect(grade, q.id).toMatchObject({ correct: true, fraction: 1, misconceptions: [] });
    }
  });

  it("never gives full credit while tagging a misconception", () => {
    for (const s of score(seen))
      if (s.grade.misconceptions.length > 0) expect(s.grade.correct).toBe(false);
  });
});

const shortText = (prefix: string) => {
  const q = questions.find((x) => x.type === "short-text" && x.id.startsWith(prefix));
  if (!q) throw new Error(`no short-text question under ${prefix}`);
  const inst = instantiateQuestion(q, "unit");
  return (text: string) => gradeResponse(inst, { type: "short-text", text });
};
const carousel = shortText("why-lstm-gradients-do-not-vanish-backward/");
const longGap = shortText("what-problem-lstm-solves/");
const cellPath = shortText("why-lstm-solves-vanishing-gradients/");

describe("ideas must be stated, not mentioned (the reported cases)", () => {
  it("gives nothing to an answer that denies every idea and calls the carousel the gates", () => {
    const g = carousel(
      "It is not a loop and it is not linear; the weight is not one. It is the three gates.",
    );
    expect(g).toMatchObject({ correct: false, fraction: 0, misconceptions: ["cec-has-gates"] });
  });

  it("gives nothing to keywords joined by a plus", () => {
    expect(cellPath("Because f + bias.")).toMatchObject({ correct: false, fraction: 0 });
  });

  it("gives full credit to a paraphrase of all three long-gap ideas", () => {
    const g = longGap(
      "The error is multiplied by a small factor at each of the 49 steps, so it shrinks exponentially and the early weights get almost no update.",
    );
    expect(g).toMatchObject({ correct: true, fraction: 1, misconceptions: [] });
  });
});

// Otherwise complete answers, one per question, to which a side claim is appended.
const complete = {
  longGap: [
    longGap,
    "Each step back multiplies the error by a factor below 1, so it shrinks exponentially and the early weights barely move.",
  ],
  carousel: [
    carousel,
    "The cell connects to itself with weight exactly 1 and no squashing, so the error is copied back unchanged.",
  ],
  cellPath: [
    cellPath,
    "The cell is updated additively, so one step back multiplies only by the forget gate, which can stay close to 1.",
  ],
} as const;

describe("side claims appended to a complete answer", () => {
  const cases: [keyof typeof complete, string, string][] = [
    ["longGap", "Gradient clipping fixes it.", "clipping-fixes-vanishing"],
    ["longGap", "The real issue is that people forget to clip.", "clipping-fixes-vanishing"],
    [
      "longGap",
      "A lower learning rate would prevent the vanishing.",
      "explosion-treated-as-vanishing",
    ],
    [
      "longGap",
      "Vanishing and exploding gradients have the same fix.",
      "explosion-treated-as-vanishing",
    ],
    ["longGap", "The initialisation does not matter here.", "init-irrelevant"],
    ["longGap", "Clipping changes the direction of the gradient.", "clipping-changes-direction"],
    [
      "longGap",
      "Clipping cannot help against exploding gradients either.",
      "clipping-useless-for-explosion",
    ],
    ["longGap", "It can explode even with small weights.", "explosion-without-large-weights"],
    ["carousel", "The 1997 truncation cut exactly this self path.", "truncation-cuts-cell-path"],
    ["carousel", "Truncation removes the cell's own loop too.", "truncation-cuts-cell-path"],
    ["carousel", "Modern LSTMs still truncate like 1997.", "truncation-is-modern-practice"],
    [
      "carousel",
      "Modern LSTMs in PyTorch still cut the gate paths the same way as 1997.",
      "truncation-is-modern-practice",
    ],
    [
      "cellPath",
      "That's also why LSTMs can never have exploding gradients.",
      "lstm-never-explodes",
    ],
    ["carousel", "So an LSTM can never have vanishing gradients.", "lstm-never-vanishes"],
    ["carousel", "Like the GRU, it keeps a separate cell state.", "gru-has-cell-state"],
    ["cellPath", "Like the GRU, the LSTM has a cell state.", "gru-has-cell-state"],
    ["cellPath", "The GRU's cell state works the same way.", "gru-has-cell-state"],
    ["cellPath", "The forget gate is always exactly 1.", "forget-gate-always-one"],
    ["cellPath", "Clipping also fixes vanishing.", "clipping-fixes-vanishing"],
    ["cellPath", "The GRU's update gate always copies the old state.", "update-gate-always-copies"],
    [
      "cellPath",
      "The full gradient is exactly the same as the truncated one.",
      "full-equals-truncated",
    ],
  ];
  it.each(cases)("%s + %j tags %s and is not full credit", (question, claim, id) => {
    const [grade, answer] = complete[question];
    expect(grade(answer)).toMatchObject({ correct: true, misconceptions: [] });
    const g = grade(`${answer} ${claim}`);
    expect(g.misconceptions).toContain(id);
    expect(g.correct).toBe(false);
  });

  it("does not read true remarks as misconceptions", () => {
    const [gap, gapAnswer] = complete.longGap;
    const [cec, cecAnswer] = complete.carousel;
    for (const [grade, text] of [
      [gap, `${gapAnswer} Clipping fixes exploding gradients, not this.`],
      [cec, `${cecAnswer} It stays the same no matter how many steps.`],
      [cec, `${cecAnswer} The new state is the old one plus whatever the input gate lets in.`],
      [cec, `${cecAnswer} Unlike the GRU, the LSTM has a separate cell state.`],
    ] as const)
      expect(grade(text), text).toMatchObject({ correct: true, misconceptions: [] });
  });
});

describe("short-text grading rules", () => {
  const right =
    "The gradient is a product of 49 Jacobians, each smaller than 1, so it vanishes and the early weights get almost no signal.";

  it("reads misspelt rubric words as meant", () => {
    const g = longGap(
      "The gradiant is a prodcut of 49 Jacobains, each smaller than 1, so it vanishes and the early weights barely recieve any signal.",
    );
    expect(g.correct).toBe(true);
  });

  it("gives nothing to a string of keywords without function words", () => {
    const g = longGap(
      "jacobian product vanishing per-step factors below 1 weights gradient descent",
    );
    expect(g).toMatchObject({ correct: false, fraction: 0 });
  });

  it("gives nothing to an answer that states the opposite of a key idea", () => {
    const g = longGap(
      "The Jacobians at each step are all equal to 1, so their product stays exactly the same and the weights get the full signal.",
    );
    expect(g.fraction).toBe(0);
    expect(g.feedback).toContain("Your answer contradicts");
  });

  it("gives nothing to an answer that states ideas only to deny them", () => {
    const g = carousel("The self-loop does not have weight one and the unit is not linear.");
    expect(g.fraction).toBe(0);
    expect(g.feedback).toContain("Your answer denies");
  });

  it("reads 'not X but Y' as stating Y, not as denying the idea", () => {
    const g = cellPath(
      "The cell is updated additively. Going back, the gradient is not multiplied by W and tanh' but by f_t, which stays close to 1 with a positive bias.",
    );
    expect(g).toMatchObject({ correct: true, fraction: 1 });
  });

  it("keeps a negation inside its own clause", () => {
    const g = carousel(
      "The cell isn't squashed and its self-connection has weight 1, so the error returns unchanged every step.",
    );
    expect(g).toMatchObject({ correct: true, fraction: 1 });
  });

  it("does not count an idea's words inside a misconception's statement", () => {
    const g = longGap("Vanishing gradients happen because the activations shrink going forward.");
    expect(g).toMatchObject({ fraction: 0, misconceptions: ["vanishing-is-forward-only"] });
  });

  it("reads a misconception that replaces the asked-for mechanism as its opposite", () => {
    const g = longGap(
      "The activations get smaller and smaller as they move forward through the 50 steps, so the information from step 1 has faded by step 50.",
    );
    expect(g).toMatchObject({ fraction: 0, misconceptions: ["vanishing-is-forward-only"] });
  });

  it("gives a sentence blaming the vanishing gradient one idea, a bare keyword nothing", () => {
    expect(longGap("because of the vanishing gradient problem")).toMatchObject({
      correct: false,
      fraction: 1 / 3,
    });
    expect(longGap("vanishing gradient").fraction).toBe(0);
  });

  it("gives nothing to an answer that puts the real issue elsewhere", () => {
    const g = longGap(
      "The gradient shrinks at each step back, but the real issue is just that people forget to clip.",
    );
    expect(g).toMatchObject({ fraction: 0, misconceptions: ["clipping-fixes-vanishing"] });
  });

  it("reads 'no signal reaches the weights' as stating the learning idea", () => {
    const g = longGap(
      "Product of 49 per-step Jacobians, each <1, so it vanishes and no learning signal reaches the weights for step 1.",
    );
    expect(g).toMatchObject({ correct: true, fraction: 1 });
  });

  it("caps an answer that also states a misconception at partly right, and tags it", () => {
    const g = longGap(`${right} Gradient clipping fixes this vanishing.`);
    expect(g.correct).toBe(false);
    expect(g.fraction).toBeGreaterThan(0);
    expect(g.fraction).toBeLessThan(1);
    expect(g.misconceptions).toContain("clipping-fixes-vanishing");
  });

  it("counts a claim only when its parts are close together", () => {
    // "multiplies" and "every step" are a claim in the first answer, unrelated in the second.
    const near = longGap("At every step back the error is multiplied again.");
    const far = longGap(
      "The error is multiplied, which is something people often discuss at length in many courses about networks, and then something else happens at every step.",
    );
    expect(near.missingIdeas).not.toContain(
      "the gradient is a product of per-step factors (Jacobians)",
    );
    expect(far.missingIdeas).toContain("the gradient is a product of per-step factors (Jacobians)");
  });

  it("names the ideas found and those missing, without the model answer", () => {
    const g = cellPath("The cell update is additive: new content is added to the old.");
    expect(g.feedback).toMatch(/Stated: the cell update is additive\./);
    expect(g.feedback).toMatch(/Missing: /);
    for (const q of questions.filter((x) => x.type === "short-text"))
      if (q.type === "short-text") expect(g.feedback).not.toContain(q.modelAnswer.slice(0, 40));
  });

  it("reads plain phrasings of the long-gap ideas", () => {
    for (const text of [
      "The gradient is a multiply of many small factors, each less than one, so it vanishes, and the net can't pick up the link.",
      "Going back each step multiplies by W transpose times tanh', below 1 each time, so it collapses toward zero and nothing much reaches the part of the network that would learn.",
    ])
      expect(longGap(text), text).toMatchObject({ correct: true });
  });

  it("reads the carousel as an accumulator", () => {
    const g = carousel(
      "It is an accumulator: new value = old value + input, identity activation, self weight one, so the error does not decay.",
    );
    expect(g).toMatchObject({ correct: true });
  });

  it("leaves a mechanism unstated when a shrinking consequence follows it", () => {
    for (const [grade, text] of [
      [
        carousel,
        "A linear self-loop with weight one, which is why the error is multiplied by 0.5 each step.",
      ],
      [
        cellPath,
        "The update is additive, so one step back multiplies by the forget gate near 1, which means the gradient shrinks even faster than in a tanh RNN.",
      ],
    ] as const) {
      const g = grade(text);
      expect(g.correct, text).toBe(false);
      expect(g.fraction, text).toBeGreaterThan(0);
    }
    // The true consequences: no shrinking, or shrinking only slowly; and another network's.
    for (const [grade, text] of [
      [carousel, "A linear self-loop with weight one, so the error doesn't shrink."],
      [
        cellPath,
        "The update is additive, so one step back multiplies by the forget gate near 1, so the gradient decays only slowly.",
      ],
      [
        cellPath,
        "In a tanh RNN each step multiplies by W, so the signal shrinks. The LSTM cell is updated additively and one step back multiplies by the forget gate, kept near 1.",
      ],
    ] as const)
      expect(grade(text), text).toMatchObject({ correct: true });
  });

  it("gives nothing to the gates removing all multiplication", () => {
    const g = cellPath(
      "The gates remove all multiplication from the backward path, so the gradient is just added up along the cell.",
    );
    expect(g.fraction).toBe(0);
  });

  it("gives nothing to a keyword string that holds 'smaller than one'", () => {
    const g = longGap(
      "Jacobians product per step smaller than one vanishing exploding LSTM tanh sigmoid gradient descent",
    );
    expect(g).toMatchObject({ correct: false, fraction: 0 });
  });
});
