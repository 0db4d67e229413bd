import { describe, expect, it } from "vitest";
import {
  getLesson,
  getMisconception,
  getQuestion,
  LessonId,
  lessons,
  misconceptions,
  QUESTION_TYPES,
  questions,
  questionsForLesson,
  SEED_LESSON_IDS,
} from "@/lib/content";
import {
  lessons as lessonsFromLegacyPath,
  getLesson as getLessonLegacy,
} from "@/lib/content/lessons";

const REQUIRED_MISCONCEPTIONS = [
  "lstm-never-explodes",
  "clipping-fixes-vanishing",
  "relu-alone-fixes-rnns",
  "gates-remove-all-multiplication",
  "forget-gate-always-one",
  "truncation-is-modern-practice",
  "spectral-radius-suffices",
  "sigmoid-derivative-one",
  "residual-adds-parameters",
  "lstm-stores-everything",
  "bigger-hidden-fixes-vanishing",
  // used by the demo seed (prisma/seed.ts)
  "rnn-cannot-remember-at-all",
  "cec-has-gates",
];

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("lessons", () => {
  it("has the five seed lessons with the source ids, plus the supplements", () => {
    expect(SEED_LESSON_IDS).toHaveLength(5);
    for (const id of SEED_LESSON_IDS) expect(getLesson(id)?.kind).toBe("seed");
    expect(getLesson("bptt-basics")?.scenarioId).toBe("spectral-radius-sweep");
    expect(getLesson("gru")?.scenarioId).toBe("gru-vs-lstm");
    expect(lessons.slice(0, 5).map((l) => l.id)).toEqual([...SEED_LESSON_IDS]);
  });

  it("keeps the legacy exports of lib/content/lessons", () => {
    expect(lessonsFromLegacyPath).toBe(lessons);
    expect(getLessonLegacy("gru")?.title).toMatch(/GRU/);
    expect(LessonId.parse("bptt-basics")).toBe("bptt-basics");
    expect(() => LessonId.parse("nope")).toThrow(/unknown lesson id/);
  });

  it.each(lessons.map((l) => [l.id, l] as const))(
    "%s: 400-800 words, references, scenario",
    (_id, l) => {
      const n = l.sections.reduce((sum, s) => sum + words(s.body), 0);
      expect(n).toBeGreaterThanOrEqual(400);
      expect(n).toBeLessThanOrEqual(800);
      expect(l.references.length).toBeGreaterThan(0);
      for (const r of l.references) expect(r.citation).toMatch(/\(\d{4}\)/);
      expect(l.scenarioId).toBe(l.kind === "seed" ? l.id : l.scenarioId);
    },
  );

  it("notes what the source got wrong, as lib/content/README.md lists it", () => {
    const verdict = (id: string) => getLesson(id)?.sourceNote?.verdict;
    expect(verdict("how-lstm-handles-exploding-gradients")).toBe("wrong");
    expect(verdict("why-lstm-solves-vanishing-gradients")).toBe("loose");
    expect(verdict("how-to-fix-vanishing-gradients")).toBe("loose");
    expect(verdict("why-lstm-gradients-do-not-vanish-backward")).toBe("loose");
    expect(getLesson("how-lstm-handles-exploding-gradients")?.sourceNote?.correction).toMatch(
      /clipping/i,
    );
    expect(getLesson("why-lstm-gradients-do-not-vanish-backward")?.sourceNote?.correction).toMatch(
      /full BPTT/,
    );
  });

  it("cites the key papers", () => {
    const cited = new Set(lessons.flatMap((l) => l.references.map((r) => r.id)));
    for (const id of [
      "pascanu-mikolov-bengio-2013",
      "hochreiter-schmidhuber-1997",
      "gers-schmidhuber-cummins-2000",
      "jozefowicz-zaremba-sutskever-2015",
      "he-zhang-ren-sun-2016",
      "le-jaitly-hinton-2015",
    ]) {
      expect(cited.has(id), id).toBe(true);
    }
  });
});

describe("question bank", () => {
  it("has at least 30 questions, 4 per seed lesson, every type, 8 simulated", () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    for (const id of SEED_LESSON_IDS)
      expect(questionsForLesson(id).length).toBeGreaterThanOrEqual(4);
    for (const type of QUESTION_TYPES)
      expect(
        questions.some((q) => q.type === type),
        type,
      ).toBe(true);
    expect(questions.filter((q) => "sim" in q && q.sim).length).toBeGreaterThanOrEqual(8);
  });

  it("has unique, well-formed ids that start with the lesson id", () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of questions) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(q.id.startsWith(`${q.lessonId}/`)).toBe(true);
      expect(getQuestion(q.id)).toBe(q);
    }
  });

  it("uses only concepts of the question's lesson, and at least two hints", () => {
    for (const q of questions) {
      const lesson = getLesson(q.lessonId);
      for (const c of q.concepts) expect(lesson?.concepts, `${q.id} ${c}`).toContain(c);
      expect(q.hints.length).toBeGreaterThanOrEqual(2);
      expect([1, 2, 3]).toContain(q.difficulty);
    }
  });

  it("tags every wrong option with a catalogued misconception", () => {
    for (const q of questions) {
      if (q.type === "single-choice" || q.type === "multiple-select") {
        for (const o of q.options.filter((o) => !o.correct)) {
          expect(o.misconception, `${q.id}/${o.id}`).toBeDefined();
          expect(getMisconception(o.misconception ?? ""), `${q.id}/${o.id}`).toBeDefined();
        }
      }
      if (q.type === "predict-plot") {
        for (const o of q.options)
          expect(getMisconception(o.misconception), `${q.id}/${o.id}`).toBeDefined();
      }
      if (q.type === "numeric") {
        for (const w of q.wrongAnswers ?? [])
          expect(getMisconception(w.misconception)).toBeDefined();
      }
    }
  });

  it("has a catalogue with the required misconceptions, unique ids, one-sentence corrections", () => {
    const ids = misconceptions.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_MISCONCEPTIONS) expect(ids).toContain(id);
    for (const m of misconceptions)
      expect(m.correction.trim().split(/(?<=[.!?])\s+[A-Z]/).length).toBe(1);
  });
});
