import { afterAll, beforeAll, expect, it } from "vitest";
import { SignUpInput } from "@/lib/auth/schemas";
import { signUp, startGuest, type AuthContext } from "@/lib/auth/service";
import { CommitPredictionInput, type TrainSettings } from "@/lib/contracts/predictions";
import type { Db } from "@/lib/db/prisma";
import {
  commitPrediction,
  predictionsOf,
  recordPredictionOutcome,
} from "@/lib/services/predictions";
import { describeBothProviders } from "@/tests/support/postgres";
import { rejection } from "@/tests/support/rejection";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const SETTINGS: TrainSettings = {
  task: "adding",
  lag: 50,
  hidden: 16,
  lr: 0.01,
  seed: 1,
  forgetBias: 1,
  iterations: 2000,
};
const SOLVED = { rnn: null, irnn: null, lstm: 690, gru: 912 };

await describeBothProviders("training-lab predictions", ({ freshDatabaseUrl }) => {
  let db: Db;
  let people = 0;

  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
  });
  afterAll(() => releaseDatabase(db));

  async function learner(): Promise<string> {
    people += 1;
    const user = await db.user.create({
      data: { name: `P${people}`, email: `p${people}@example.com` },
    });
    return user.id;
  }

  it("stores a prediction, then its outcome, and lists them newest first", async () => {
    const userId = await learner();
    const first = await commitPrediction(userId, {
      settings: SETTINGS,
      predicted: ["lstm", "gru"],
    });
    expect(first).toMatchObject({ settings: SETTINGS, predicted: ["lstm", "gru"], outcome: null });
    const later = await commitPrediction(
      userId,
      { settings: { ...SETTINGS, lag: 10 }, predicted: ["rnn", "lstm"] },
      new Date(Date.parse(first.createdAt) + 1000),
    );
    const done = await recordPredictionOutcome(userId, first.id, {
      iterations: 2000,
      solvedAt: SOLVED,
    });
    expect(done.outcome).toEqual({ iterations: 2000, solvedAt: SOLVED });
    const listed = await predictionsOf(userId);
    expect(listed.map((p) => p.id)).toEqual([later.id, first.id]);
    expect(listed[1]?.outcome?.solvedAt.lstm).toBe(690);
  });

  it("answers another learner's prediction id like a missing one", async () => {
    const owner = await learner();
    const stranger = await learner();
    const mine = await commitPrediction(owner, { settings: SETTINGS, predicted: [] });
    const error = await rejection(
      recordPredictionOutcome(stranger, mine.id, { iterations: 50, solvedAt: SOLVED }),
    );
    expect(error).toMatchObject({ status: 404, fields: { predictionId: "not found" } });
    expect((await predictionsOf(owner))[0]?.outcome).toBeNull();
    expect(await predictionsOf(stranger)).toEqual([]);
  });

  it("refuses a lag shorter than the task allows, naming the field", async () => {
    const userId = await learner();
    const error = await rejection(
      commitPrediction(userId, {
        settings: { ...SETTINGS, task: "temporal-order", lag: 2 },
        predicted: ["lstm"],
      }),
    );
    expect(error).toMatchObject({ status: 400 });
    expect(Object.keys((error as { fields: object }).fields)).toEqual(["settings.lag"]);
  });

  it("keeps a guest's predictions when the guest signs up", async () => {
    const ctx: AuthContext = {
      db,
      secret: "x".repeat(8) + "test-secret-with-enough-variety-0123456789",
      currentUser: null,
      currentToken: null,
      address: "203.0.113.9",
    };
    const guest = await startGuest(ctx);
    if (!guest) throw new Error("no guest");
    const made = await commitPrediction(guest.user.id, { settings: SETTINGS, predicted: ["lstm"] });
    const account = await signUp(
      { ...ctx, currentUser: guest.user, currentToken: guest.token },
      SignUpInput.parse({
        name: "Former guest",
        email: `guest-${people}-${Date.now()}@example.com`,
        password: "correct horse battery",
      }),
    );
    expect((await predictionsOf(account.user.id)).map((p) => p.id)).toEqual([made.id]);
  });
});

it("the contract names the field of a malformed prediction", () => {
  const result = CommitPredictionInput.safeParse({
    settings: { ...SETTINGS, hidden: 1000, task: "copy" },
    predicted: ["lstm", "lstm", "transformer"],
  });
  expect(result.success).toBe(false);
  const paths = result.error?.issues.map((issue) => issue.path.join("."));
  expect(paths).toEqual(
    expect.arrayContaining(["settings.hidden", "settings.task", "predicted.2"]),
  );
});
