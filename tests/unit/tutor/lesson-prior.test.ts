import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lessons } from "@/lib/content";
import { assess } from "@/lib/tutor/relevance";
import examples from "@/lib/tutor/retrieval/lesson-examples.json";
import {
  lessonPrior,
  trainLessonPrior,
  withLearnedFirst,
} from "@/lib/tutor/retrieval/lesson-prior";
import { loadSets } from "./eval-sets/sets";

const ROOT = join(__dirname, "eval-sets");
const setQuestions = (dir: string) =>
  loadSets(join(ROOT, dir)).flatMap((s) =>
    s.family === "answers" || s.family === "misconceptions"
      ? s.cases.flatMap((c) =>
          c.question && c.expect.lessons?.[0]
            ? [{ question: c.question, lessons: c.expect.lessons }]
            : [],
        )
      : [],
  );

describe("the learned lesson prior", () => {
  it("labels every example with a course lesson and gives a distribution over all of them", () => {
    const ids = new Set(lessons.map((l) => l.id));
    expect(examples.length).toBeGreaterThan(500);
    for (const e of examples) expect(ids.has(e.lesson), e.lesson).toBe(true);
    const p = lessonPrior("why does the forget bias matter?");
    expect([...p.keys()].sort()).toEqual([...ids].sort());
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  // Trained without one set's questions, it is judged on them: questions it has never seen.
  it("names the right lesson for questions of a set it was not trained on", () => {
    const held = setQuestions("heldout10");
    const unseen = new Set(held.map((q) => q.question.trim().toLowerCase()));
    const prior = trainLessonPrior(
      examples.filter((e) => !unseen.has(e.question.trim().toLowerCase())),
    );
    const right = held.filter((q) => {
      const p = prior(q.question);
      const best = [...p].sort((a, b) => b[1] - a[1])[0]?.[0];
      return best !== undefined && q.lessons.includes(best);
    }).length;
    expect(held.length).toBeGreaterThanOrEqual(80);
    expect(right / held.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("retrieval's lesson ranking with the prior as a veto", () => {
  const ranked = [
    { lessonId: "how-lstm-handles-exploding-gradients", score: 50 },
    { lessonId: "bptt-basics", score: 40 },
    { lessonId: "gru", score: 10 },
  ];
  const priorOf = (entries: Record<string, number>) => () =>
    new Map(lessons.map((l) => [l.id, entries[l.id] ?? 0]));

  it("keeps retrieval's first lesson unless the prior all but rules it out", () => {
    const kept = withLearnedFirst(
      ranked,
      "x",
      priorOf({ "how-lstm-handles-exploding-gradients": 0.2, "bptt-basics": 0.8 }),
    );
    expect(kept.map((l) => l.lessonId)).toEqual(ranked.map((l) => l.lessonId));
  });

  it("puts first a ranked lesson the prior is confident of, at the first one's score", () => {
    const moved = withLearnedFirst(ranked, "x", priorOf({ "bptt-basics": 0.9, gru: 0.1 }));
    expect(moved.map((l) => l.lessonId)).toEqual([
      "bptt-basics",
      "how-lstm-handles-exploding-gradients",
      "gru",
    ]);
    expect(moved[0]?.score).toBe(50);
  });

  it("never brings in a lesson retrieval found nothing in, and needs confidence", () => {
    const unranked = withLearnedFirst(ranked, "x", priorOf({ "what-problem-lstm-solves": 1 }));
    expect(unranked[0]?.lessonId).toBe("how-lstm-handles-exploding-gradients");
    const unsure = withLearnedFirst(ranked, "x", priorOf({ "bptt-basics": 0.45, gru: 0.45 }));
    expect(unsure[0]?.lessonId).toBe("how-lstm-handles-exploding-gradients");
  });

  it("sends a question worded unlike its lesson to it, when asked to weigh the prior", () => {
    const q =
      "what does it buy us that the cell gets its new content added on rather than squashed through a matrix";
    expect(assess(q, { learned: true }).lessons[0]?.lessonId).toBe(
      "why-lstm-solves-vanishing-gradients",
    );
    // Retrieval alone goes by the shared words ("matrix", "content") to the task lesson.
    expect(assess(q).lessons[0]?.lessonId).toBe("what-problem-lstm-solves");
  });
});
