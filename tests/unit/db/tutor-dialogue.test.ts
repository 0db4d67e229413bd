import { afterAll, beforeAll, expect, it } from "vitest";
import { DialogueState } from "@/lib/contracts/tutor";
import { conversationDialogue, saveExchange, type Exchange } from "@/lib/db/tutor";
import type { Db } from "@/lib/db/prisma";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const QUESTION = "how-lstm-handles-exploding-gradients/clip-norm";

const state = (turns: number, quiz?: string): DialogueState => ({
  topic: "how-lstm-handles-exploding-gradients",
  terms: ["clip"],
  quoted: [],
  turns,
  ...(quiz ? { quiz: { questionId: quiz } } : {}),
});

const exchange = (s: DialogueState, quizQuestionId: string | null): Exchange => ({
  lessonId: "how-lstm-handles-exploding-gradients",
  title: "quiz me",
  message: "quiz me on clipping",
  reply: "Here is a question.",
  intent: "quiz",
  topic: "how-lstm-handles-exploding-gradients",
  citations: "[]",
  misconceptions: "[]",
  quizQuestionId,
  state: JSON.stringify(s),
});

await describeBothProviders("the conversation's stored dialogue state", ({ freshDatabaseUrl }) => {
  let db: Db;
  let userId: string;
  let otherId: string;
  beforeAll(async () => {
    db = await useMigratedDatabase(freshDatabaseUrl());
    userId = (await db.user.create({ data: { email: "l@example.com" } })).id;
    otherId = (await db.user.create({ data: { email: "o@example.com" } })).id;
  });
  afterAll(() => releaseDatabase(db));

  it("keeps the latest state and every question the replies asked", async () => {
    const { conversationId } = await saveExchange(
      db,
      userId,
      undefined,
      exchange(state(1, QUESTION), QUESTION),
    );
    await saveExchange(db, userId, conversationId, exchange(state(2), null));
    const stored = await conversationDialogue(db, userId, conversationId);
    expect(DialogueState.parse(JSON.parse(stored.state ?? "null"))).toEqual(state(2));
    expect(stored.asked).toEqual([QUESTION]);
  });

  it("writes nothing when the exchange fails, and hides other learners' conversations", async () => {
    const { conversationId } = await saveExchange(db, userId, undefined, exchange(state(1), null));
    const before = await db.tutorMessage.count();
    await expect(
      saveExchange(db, otherId, conversationId, exchange(state(9, QUESTION), QUESTION)),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db.tutorMessage.count()).toBe(before);
    const stored = await conversationDialogue(db, userId, conversationId);
    expect(JSON.parse(stored.state ?? "null")).toMatchObject({ turns: 1 });
    await expect(conversationDialogue(db, otherId, conversationId)).rejects.toMatchObject({
      status: 404,
    });
  });

  it("reads a conversation saved before the column existed as having no state", async () => {
    const old = await db.tutorConversation.create({ data: { userId, title: "old" } });
    expect(await conversationDialogue(db, userId, old.id)).toEqual({ state: null, asked: [] });
  });
});
