import { describe, expect, it } from "vitest";
import { questions, type Question } from "@/lib/content";
import {
  gradeResponse,
  instantiateQuestion,
  publicQuestion,
  type QuestionInstance,
} from "@/lib/learning/grading";
import { seededShuffle } from "@/lib/learning/options";
import { letteredChoices } from "@/lib/tutor/letters";

const LEARNERS = 50;
/** The seed the quiz gives learner `i`'s attempt (attempt id / question id). */
const seedOf = (i: number, q: Question) => `attempt-${i}/${q.id}`;

const shuffled = questions.filter(
  (q) => q.type === "single-choice" || q.type === "multiple-select" || q.type === "predict-plot",
);

/** Ids of the options that are right in this instance. */
function keyIds(inst: QuestionInstance): Set<string> {
  if (inst.type === "predict-plot") return new Set([inst.key.correctOptionId]);
  if (inst.type === "single-choice" || inst.type === "multiple-select")
    return new Set(inst.options.filter((o) => o.correct).map((o) => o.id));
  return new Set();
}

/** For each shown position (0-based), how many of the 50 learners see a key option there. */
function keyPositions(q: Question): number[] {
  const counts: number[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const inst = instantiateQuestion(q, seedOf(i, q));
    const keys = keyIds(inst);
    publicQuestion(inst).options?.forEach((o, pos) => {
      counts[pos] = (counts[pos] ?? 0) + (keys.has(o.id) ? 1 : 0);
    });
  }
  return counts;
}

describe("option order per learner", () => {
  it("covers every choice and predict-plot question", () => {
    expect(shuffled.length).toBeGreaterThanOrEqual(15);
  });

  it.each(shuffled.map((q) => [q.id, q] as const))(
    "%s: the key does not sit in one position over 50 learners",
    (_id, q) => {
      const counts = keyPositions(q);
      const options = "options" in q ? q.options.length : 0;
      expect(counts).toHaveLength(options);
      const total = counts.reduce((a, b) => a + b, 0);
      // Every position holds a key for some learner, and none holds more than 60 % of the keys
      // (uniform would be 1 / #options; 50 fair draws stay well inside this).
      for (const c of counts) expect(c).toBeGreaterThan(0);
      expect(Math.max(...counts)).toBeLessThanOrEqual(Math.max(0.6, 1.6 / options) * total);
    },
  );

  it("is the same on every reload and try, and keeps the ids", () => {
    for (const q of shuffled) {
      const a = publicQuestion(instantiateQuestion(q, seedOf(7, q))).options ?? [];
      const b = publicQuestion(instantiateQuestion(q, seedOf(7, q))).options ?? [];
      expect(b).toEqual(a);
      const bank = "options" in q ? q.options.map((o) => o.id) : [];
      expect(a.map((o) => o.id).sort()).toEqual([...bank].sort());
    }
  });

  it("differs between learners", () => {
    for (const q of shuffled) {
      const orders = new Set(
        Array.from({ length: 10 }, (_, i) =>
          (publicQuestion(instantiateQuestion(q, seedOf(i, q))).options ?? [])
            .map((o) => o.id)
            .join(","),
        ),
      );
      expect(orders.size, q.id).toBeGreaterThan(1);
    }
  });

  it("grades by option id whatever the position", () => {
    const q = shuffled.find((x) => x.type === "single-choice");
    if (!q || q.type !== "single-choice") throw new Error("no single-choice question");
    const right = q.options.find((o) => o.correct)?.id ?? "";
    for (let i = 0; i < 10; i++) {
      const inst = instantiateQuestion(q, seedOf(i, q));
      expect(gradeResponse(inst, { type: "single-choice", optionId: right }).correct).toBe(true);
    }
  });

  it("letters the tutor's chat quiz in the shown order, so the key is not always A", () => {
    for (const q of shuffled.filter((x) => x.type === "single-choice")) {
      const letters = new Set<string>();
      for (let i = 0; i < LEARNERS; i++) {
        const inst = instantiateQuestion(q, `tutor:learner-${i}`);
        const shown = publicQuestion(inst).options ?? [];
        const lettered = letteredChoices(inst);
        expect(lettered.map((l) => l.id)).toEqual(shown.map((o) => o.id));
        const keys = keyIds(inst);
        for (const l of lettered) if (keys.has(l.id)) letters.add(l.letter);
      }
      expect(letters.size, q.id).toBeGreaterThan(1);
    }
  });
});

describe("seededShuffle", () => {
  it("is a permutation that depends only on the seed", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(seededShuffle(items, "s1")).toEqual(seededShuffle(items, "s1"));
    expect([...seededShuffle(items, "s1")].sort()).toEqual(items);
    expect(items).toEqual(["a", "b", "c", "d", "e"]);
  });
});
