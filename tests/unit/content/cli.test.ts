import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QUESTION_TYPES } from "@/lib/content";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const run = (...args: string[]) =>
  spawnSync(TSX, ["scripts/content.ts", ...args], {
    cwd: process.cwd(),
    encoding: "utf8",
    timeout: 120_000,
  });

interface ExportedOption {
  id: string;
  text: string;
  correct: boolean;
  misconception?: string;
}
interface ExportedQuestion {
  id: string;
  lessonId: string;
  type: string;
  prompt: string;
  hints: string[];
  simulated: boolean;
  options?: ExportedOption[];
  tolerance?: { kind: string; value: number };
  sim?: {
    describe: string;
    params: Record<string, { values: number[] }>;
    example: { key: number | string };
  };
  rubric?: { ideas: { label: string; patterns: string[] }[] };
  correctOrder?: string[];
}

describe("content CLI", () => {
  it("export prints only JSON with the contract fields", () => {
    const r = run("export");
    expect(r.status).toBe(0);
    const bank = JSON.parse(r.stdout) as {
      lessons: { id: string; title: string }[];
      questions: ExportedQuestion[];
    };
    expect(bank.lessons.map((l) => l.id)).toContain("why-lstm-solves-vanishing-gradients");
    expect(bank.questions.length).toBeGreaterThanOrEqual(30);
    for (const q of bank.questions) {
      expect(QUESTION_TYPES).toContain(q.type);
      expect(q.id).toMatch(/\//);
      expect(q.hints.length).toBeGreaterThanOrEqual(2);
      expect(typeof q.simulated).toBe("boolean");
      if (q.type === "single-choice" || q.type === "multiple-select" || q.type === "predict-plot") {
        for (const o of q.options ?? []) expect(typeof o.correct).toBe("boolean");
        expect(q.options?.some((o) => o.correct)).toBe(true);
      }
      if (q.type === "numeric") expect(q.tolerance?.value).toBeGreaterThan(0);
      if (q.type === "short-text") expect(q.rubric?.ideas.length).toBeGreaterThan(0);
      if (q.type === "ordering") expect(q.correctOrder?.length).toBeGreaterThan(2);
      if (q.simulated) {
        expect(q.sim?.describe.length).toBeGreaterThan(10);
        expect(Object.values(q.sim?.params ?? {}).every((d) => d.values.length > 0)).toBe(true);
        expect(q.sim?.example.key).toBeDefined();
      }
    }
    expect(bank.questions.filter((q) => q.simulated).length).toBeGreaterThanOrEqual(8);
  });

  it("validate passes on the bank", () => {
    const r = run("validate");
    expect(r.stderr).toContain("content ok");
    expect(r.status).toBe(0);
  });

  it("validate exits non-zero naming file and field for a bad draft", () => {
    const dir = mkdtempSync(join(tmpdir(), "content-"));
    const file = join(dir, "draft.json");
    writeFileSync(
      file,
      JSON.stringify({
        questions: [
          {
            id: "gru/draft",
            lessonId: "gru",
            type: "single-choice",
            prompt: "Which gate copies the old state?",
            concepts: ["gru-gates"],
            difficulty: 1,
            hints: ["Look at the last equation."],
            explanation: "The update gate z.",
            options: [
              { id: "z", text: "The update gate", correct: true },
              {
                id: "r",
                text: "The reset gate",
                correct: false,
                misconception: "gru-has-cell-state",
              },
            ],
          },
        ],
      }),
    );
    const r = run("validate", "--extra", file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}: questions[0].hints: at least two hints required`);
  });

  it("validate fails on a numeric question whose typical wrong answer is inside its tolerance", () => {
    const dir = mkdtempSync(join(tmpdir(), "content-"));
    const file = join(dir, "draft.json");
    const id = "how-lstm-handles-exploding-gradients/draft-sum";
    writeFileSync(
      file,
      JSON.stringify({
        questions: [
          {
            id,
            lessonId: "how-lstm-handles-exploding-gradients",
            title: "Draft: gain of a tanh chain",
            type: "numeric",
            prompt: "A tanh chain with w = 1.5 runs 5 steps from 0. What is the gain?",
            concepts: ["exploding-gradient"],
            difficulty: 2,
            hints: ["What is tanh' at 0?", "Multiply five factors of w."],
            explanation: "The gain is 1.5^5 = 7.59375.",
            tolerance: { kind: "relative", value: 0.02 },
            answer: 7.59375,
            wrongAnswers: [
              { value: 7.5, formula: "w·T", misconception: "gradients-add-over-time" },
            ],
          },
        ],
      }),
    );
    const r = run("validate", "--extra", file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${file}: ${id}: wrongAnswers: "gradients-add-over-time" (w·T) = 7.5 is graded correct against the key 7.594 ± 2 % at {}`,
    );
  });
});
