import { describe, expect, it } from "vitest";
import { helpReasons, whoNeedsHelp, type LearnerSignals } from "@/lib/learning/needs-help";

const now = new Date("2026-11-26T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const learner = (over: Partial<LearnerSignals>): LearnerSignals => ({
  learnerId: "u",
  name: "Ann",
  joinedAt: daysAgo(30),
  meanPKnown: 0.8,
  masteryAnswers: 20,
  questionsAnswered: 10,
  hintsUsed: 2,
  lastActiveAt: daysAgo(1),
  ...over,
});

describe("needs-help rules", () => {
  it("flags nobody who is doing fine", () => {
    expect(helpReasons(learner({}), now)).toEqual([]);
  });

  it("flags low mastery only after enough answers, with the figures", () => {
    expect(helpReasons(learner({ meanPKnown: 0.3, masteryAnswers: 4 }), now)).toEqual([]);
    expect(helpReasons(learner({ meanPKnown: 0.3, masteryAnswers: 12 }), now)).toEqual([
      { kind: "low-mastery", text: "Mean mastery 30% after 12 answers (below 50%)." },
    ]);
  });

  it("flags more than one hint per question", () => {
    expect(helpReasons(learner({ hintsUsed: 15 }), now)).toEqual([
      { kind: "many-hints", text: "15 hints over 10 questions (1.5 per question)." },
    ]);
  });

  it("flags a week without activity, or none since joining", () => {
    expect(helpReasons(learner({ lastActiveAt: daysAgo(9) }), now)[0]?.text).toBe(
      "No activity for 9 days (last on 2026-11-17).",
    );
    expect(helpReasons(learner({ lastActiveAt: null, joinedAt: daysAgo(8) }), now)[0]?.text).toBe(
      "No activity since joining 8 days ago.",
    );
    expect(helpReasons(learner({ lastActiveAt: null, joinedAt: daysAgo(2) }), now)).toEqual([]);
  });

  it("lists most reasons first", () => {
    const list = whoNeedsHelp(
      [
        learner({ learnerId: "a", name: "A", lastActiveAt: daysAgo(10) }),
        learner({ learnerId: "b", name: "B", lastActiveAt: daysAgo(10), hintsUsed: 30 }),
        learner({ learnerId: "c", name: "C" }),
      ],
      now,
    );
    expect(list.map((h) => [h.learnerId, h.reasons.length])).toEqual([
      ["b", 2],
      ["a", 1],
    ]);
  });
});
