import { afterAll, beforeAll, expect, it } from "vitest";
import { rankedMisconceptions } from "@/lib/services/dashboard";
import { saveExchange, type Exchange } from "@/lib/db/tutor";
import { providerOf, type Db } from "@/lib/db/prisma";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

const LSTM_EXPLODES = "lstm-never-explodes";
const NO_MEMORY = "rnn-cannot-remember-at-all";

const exchange = (misconceptions: string[]): Exchange => ({
  lessonId: null,
  title: "t",
  message: "so I can delete clipping since I use an LSTM?",
  reply: "No.",
  intent: "explain",
  topic: "how-lstm-handles-exploding-gradients",
  citations: "[]",
  misconceptions: JSON.stringify(misconceptions),
  quizQuestionId: null,
  state: null,
});

await describeBothProviders("misconceptions voiced in tutor chat", ({ freshDatabaseUrl }) => {
  let db: Db;
  let url: string;
  let classId: string;

  beforeAll(async () => {
    url = freshDatabaseUrl();
    db = await useMigratedDatabase(url);
    const teacher = await db.user.create({ data: { email: "t@example.com", role: "instructor" } });
    classId = (
      await db.class.create({ data: { name: "C", ownerId: teacher.id, joinCode: "CHATMC01" } })
    ).id;
    const learner = async (email: string, enrolled: boolean) => {
      const user = await db.user.create({ data: { email } });
      if (enrolled) await db.enrollment.create({ data: { classId, userId: user.id } });
      return user.id;
    };
    const a = await learner("a@example.com", true);
    const b = await learner("b@example.com", true);
    const outsider = await learner("o@example.com", false);
    const late = await learner("late@example.com", false);

    // Said before joining: not counted, as with every other chat figure.
    await saveExchange(db, late, undefined, exchange([LSTM_EXPLODES]));
    await db.enrollment.create({
      data: { classId, userId: late, joinedAt: new Date(Date.now() + 60_000) },
    });

    const first = await saveExchange(db, a, undefined, exchange([LSTM_EXPLODES]));
    await saveExchange(db, a, first.conversationId, exchange([LSTM_EXPLODES, NO_MEMORY]));
    await saveExchange(db, b, undefined, exchange([LSTM_EXPLODES]));
    await saveExchange(db, b, undefined, exchange([]));
    await saveExchange(db, outsider, undefined, exchange([NO_MEMORY]));
    // A quiz answer showing one of them: both sources add up per learner.
    const attempt = await db.quizAttempt.create({
      data: { userId: b, lessonId: "what-problem-lstm-solves" },
    });
    await db.answer.create({
      data: {
        userId: b,
        attemptId: attempt.id,
        questionId: "what-problem-lstm-solves/q",
        tryNumber: 1,
        payload: "{}",
        correct: false,
        score: 0,
        timeTakenMs: 0,
        misconceptions: JSON.stringify([NO_MEMORY]),
        idempotencyKey: "chat-misconception-answer",
      },
    });
  });
  afterAll(() => releaseDatabase(db));

  it("counts chat corrections beside answers, labelled as chat, for the class's learners only", async () => {
    const rows = await rankedMisconceptions({ db, provider: providerOf(url) }, classId);
    expect(rows.map((r) => [r.id, r.learners, r.answers, r.chat, r.questions])).toEqual([
      [LSTM_EXPLODES, 2, 0, 3, 0],
      [NO_MEMORY, 2, 1, 1, 1],
    ]);
    expect(rows[0]?.label).not.toBe(LSTM_EXPLODES);
  });
});
