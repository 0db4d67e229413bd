import { describe, expect, it } from "vitest";
import {
  ContentError,
  lessons,
  loadLessons,
  loadQuestions,
  misconceptions,
  questions,
} from "@/lib/content";
import { QUESTION_FILES } from "@/lib/content/questions";

const FILE = "lib/content/questions/why-lstm-solves-vanishing-gradients.ts";
const cat = { lessons, misconceptions };

/** A valid single-choice entry to break one field at a time. */
const good = {
  id: "why-lstm-solves-vanishing-gradients/test-entry",
  title: "A test entry",
  lessonId: "why-lstm-solves-vanishing-gradients",
  type: "single-choice",
  prompt: "Which factor multiplies the cell gradient per step?",
  concepts: ["cell-state-path"],
  difficulty: 1,
  hints: ["Look at the cell update.", "Which gate multiplies the old cell?"],
  explanation: "The forget gate multiplies the old cell.",
  options: [
    { id: "f", text: "The forget gate", correct: true },
    {
      id: "w",
      text: "The weight matrix",
      correct: false,
      misconception: "gates-remove-all-multiplication",
    },
  ],
};

function errorOf(entries: unknown[]): string {
  try {
    loadQuestions([{ file: FILE, entries }], cat);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).message;
  }
  throw new Error("expected a ContentError");
}

describe("a bad entry fails with its file and field named", () => {
  it("accepts the good entry", () => {
    expect(loadQuestions([{ file: FILE, entries: [good] }], cat)).toHaveLength(1);
  });

  it("reloads the real bank from its files", () => {
    expect(loadQuestions(QUESTION_FILES, cat).map((q) => q.id)).toEqual(questions.map((q) => q.id));
  });

  it.each([
    [
      "one hint",
      { hints: ["only one"] },
      `${FILE}: questions[3].hints: at least two hints required`,
    ],
    ["bad id", { id: "Not An Id" }, `${FILE}: questions[3].id: must look like "<lessonId>/<slug>"`],
    [
      "difficulty 4",
      { difficulty: 4 },
      `${FILE}: questions[3].difficulty: difficulty must be 1, 2 or 3`,
    ],
    [
      "wrong option without misconception",
      { options: [good.options[0], { id: "w", text: "The weight matrix", correct: false }] },
      `${FILE}: questions[3].options[1].misconception: every wrong option needs a misconception`,
    ],
    [
      "unknown misconception",
      {
        options: [
          good.options[0],
          { id: "w", text: "W", correct: false, misconception: "no-such-thing" },
        ],
      },
      `${FILE}: questions[3].options[1].misconception: unknown misconception "no-such-thing"`,
    ],
    [
      "concept not in lesson",
      { concepts: ["gru-gates"] },
      `${FILE}: questions[3].concepts[0]: "gru-gates" is not a concept`,
    ],
    ["id of another lesson", { id: "gru/test-entry" }, `${FILE}: questions[3].id: must start with`],
    [
      "two correct options",
      { options: [good.options[0], { id: "w", text: "W", correct: true }] },
      `${FILE}: questions[3].options: exactly one option must be correct, got 2`,
    ],
    [
      "hint giving the answer away",
      { hints: ["Look at the cell update.", "It is the forget gate, obviously."] },
      `${FILE}: questions[3].hints[1]: gives away the correct option's text`,
    ],
    [
      "placeholder without sim",
      { prompt: "What is {{b}} here, exactly?" },
      `${FILE}: questions[3].prompt: has {{placeholders}}`,
    ],
    ["unknown type", { type: "essay" }, `${FILE}: questions[3].type:`],
  ])("%s", (_name, patch, message) => {
    const entries = [
      good,
      { ...good, id: `${good.id}-2` },
      { ...good, id: `${good.id}-3` },
      { ...good, ...patch },
    ];
    expect(errorOf(entries)).toContain(message);
  });

  it("names duplicate ids", () => {
    expect(errorOf([good, good])).toContain(`${FILE}: questions[1].id: duplicate question id`);
  });

  it("checks numeric, ordering and short-text specifics", () => {
    const numeric = {
      ...good,
      type: "numeric",
      options: undefined,
      tolerance: { kind: "relative", value: 0.01 },
    };
    expect(errorOf([numeric])).toContain("questions[0].answer: give exactly one of answer or sim");
    expect(
      errorOf([{ ...numeric, answer: 2, tolerance: { kind: "relative", value: 0 } }]),
    ).toContain("questions[0].tolerance.value: tolerance must be > 0");
    const ordering = {
      ...good,
      type: "ordering",
      options: undefined,
      items: [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
        { id: "c", text: "C" },
      ],
      correctOrder: ["a", "b", "b"],
    };
    expect(errorOf([ordering])).toContain(
      "questions[0].correctOrder: must list every item id exactly once",
    );
    const shortText = {
      ...good,
      type: "short-text",
      options: undefined,
      modelAnswer: "The forget gate multiplies it.",
      rubric: { ideas: [{ id: "f", label: "forget gate", patterns: ["(unclosed"] }] },
    };
    expect(errorOf([shortText])).toContain(
      "questions[0].rubric.ideas[0].patterns[0]: not a valid regular expression",
    );
  });

  it("names the lesson file and field for a bad lesson", () => {
    const file = "lib/content/lessons/x.ts";
    expect(() => loadLessons([{ file, entries: [{ ...lessons[0], sections: [] }] }])).toThrow(
      `${file}: lessons[0].sections: at least two sections required`,
    );
    expect(() =>
      loadLessons([{ file, entries: [{ ...lessons[0], prerequisites: ["nope"] }] }]),
    ).toThrow(`${file}: lessons[0].prerequisites[0]: unknown lesson "nope"`);
  });
});
