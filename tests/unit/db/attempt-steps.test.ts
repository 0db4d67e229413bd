// The steps the lesson-start programs yield, which decide their round trips on PostgreSQL
// (lib/db/sql/postgres.ts): a write without RETURNING and a learner lock wait for the next read
// or COMMIT, every other step is a round trip. A restart reads nothing before its insert (so
// BEGIN, the lock, the insert and COMMIT go in one round trip), and the attempt view reads in
// one step. The rows these programs return are checked on both databases in quiz.test.ts.
import { describe, expect, it } from "vitest";
import { attemptRows, startOrResumeProgram } from "@/lib/db/attempts";
import type { Program, Row, Statement } from "@/lib/db/sql";

/** Runs a program with no database: every step answered with `rows(step)`; the steps it took. */
function stepsOf<T>(program: Program<T>, rows: (step: Statement) => Row[] = () => []) {
  const steps: Statement[] = [];
  let next = program.next([]);
  while (!next.done) {
    steps.push(next.value);
    next = program.next(rows(next.value));
  }
  return { steps, result: next.value };
}

const waitsForRows = (step: Statement) =>
  step.together !== undefined ||
  (!step.postgresOnly && /^\s*(SELECT|WITH)\b|\bRETURNING\b/i.test(step.text));

describe("lesson start steps", () => {
  it("a restart yields the learner's lock and the insert, and no read", () => {
    const { steps, result } = stepsOf(
      startOrResumeProgram("u1", "gru", true, "q1", new Date("2026-01-01T00:00:00Z")),
    );
    expect(steps.map((s) => (s.postgresOnly ? "lock" : s.text.trim().split(/\s+/)[0]))).toEqual([
      "lock",
      "INSERT",
    ]);
    expect(steps.filter(waitsForRows)).toEqual([]);
    expect(result.attemptId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("resuming reads the open attempt first, and touches it instead of inserting", () => {
    const { steps, result } = stepsOf(
      startOrResumeProgram("u1", "gru", false, "q1", new Date("2026-01-01T00:00:00Z")),
      (step) => (/^\s*SELECT id FROM quiz_attempts/.test(step.text) ? [{ id: "open-1" }] : []),
    );
    expect(steps.filter(waitsForRows)).toHaveLength(1);
    expect(steps.at(-1)?.text).toMatch(/^UPDATE quiz_attempts/);
    expect(result.attemptId).toBe("open-1");
  });

  it("the attempt view reads the attempt, its answers and the hint counts in one step", () => {
    const { steps, result } = stepsOf(
      attemptRows("u1", "a1", () => ["q1"]),
      () => [{ rows: [] }, { rows: [] }, { rows: [] }],
    );
    expect(steps).toHaveLength(1);
    expect(steps[0]?.together).toHaveLength(3);
    expect(result.attempt).toBeNull();
  });
});
