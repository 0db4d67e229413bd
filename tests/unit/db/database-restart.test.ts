// The database restarts under a running app: requests fail with a clear, retryable 503 (never a
// 500), nothing is half-written, and the same client recovers by itself once it is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionsForLesson } from "@/lib/content";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import type { Db } from "@/lib/db/prisma";
import { instanceSeed, submitAnswer } from "@/lib/services/quiz";
import { isTransientDatabaseError } from "@/lib/db/transient";
import { errorResponse } from "@/lib/http/route";
import { instantiateQuestion } from "@/lib/learning/grading";
import { createPgCluster, pgClusterAvailable, type PgCluster } from "@/tests/support/pg-cluster";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const LESSON = "how-lstm-handles-exploding-gradients";
const available = pgClusterAvailable();
if (!available && process.env.CI) {
  throw new Error("CI=true but the PostgreSQL binaries (initdb, pg_ctl) are not installed");
}

describe.skipIf(!available)("PostgreSQL stopped and started under the app", () => {
  let cluster: PgCluster;
  let db: Db;
  let learner: string;
  let attemptId: string;
  const question = questionsForLesson(LESSON).find((q) => q.type === "single-choice");
  if (!question) throw new Error("no single-choice question");

  const wrongAnswer = (key: string) => {
    const instance = instantiateQuestion(question, instanceSeed(attemptId, question.id));
    if (instance.type !== "single-choice") throw new Error("single-choice expected");
    const wrong = instance.options.find((o) => !o.correct);
    if (!wrong) throw new Error("no wrong option");
    return submitAnswer(learner, {
      attemptId,
      questionId: question.id,
      response: { type: "single-choice", optionId: wrong.id },
      idempotencyKey: key,
      timeTakenMs: 100,
    });
  };

  beforeAll(async () => {
    cluster = createPgCluster(5600 + (process.pid % 300));
    db = await useMigratedDatabase(cluster.url);
    learner = (await db.user.create({ data: { name: "R", email: "restart@example.com" } })).id;
    attemptId = (await startOrResumeAttempt(learner, LESSON)).attemptId;
  }, 60_000);
  afterAll(async () => {
    await releaseDatabase(db);
    cluster.destroy();
  });

  it("answers 503 with Retry-After while the server is down, and recovers by itself", async () => {
    expect(await wrongAnswer("restart-key-1")).toMatchObject({ tryNumber: 1, replayed: false });

    cluster.stop();
    const failure = await wrongAnswer("restart-key-2").then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    expect(isTransientDatabaseError(failure)).toBe(true);
    const response = errorResponse(failure);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("2");
    expect(((await response.json()) as { error: string }).error).toMatch(/Try again/);

    cluster.start();
    // The same client, the same request: it goes through now, and counts once.
    expect(await wrongAnswer("restart-key-2")).toMatchObject({ tryNumber: 2, replayed: false });
    expect(await db.answer.count({ where: { attemptId } })).toBe(2);
  }, 60_000);

  it("recognises node-postgres's errors for a cut connection", () => {
    const used = new Error("Client has encountered a connection error and is not queryable");
    expect(isTransientDatabaseError(used)).toBe(true);
    expect(isTransientDatabaseError(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("does not mistake a user's error for an outage", () => {
    expect(isTransientDatabaseError(new Error("Unique constraint failed"))).toBe(false);
    expect(isTransientDatabaseError({ code: "P2002" })).toBe(false);
    expect(isTransientDatabaseError({ code: "23505" })).toBe(false);
    expect(isTransientDatabaseError(null)).toBe(false);
  });
});
