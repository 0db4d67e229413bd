import { afterAll, beforeAll, expect, it } from "vitest";
import { tutorTopics } from "@/lib/services/dashboard";
import { providerOf, type Db } from "@/lib/db/prisma";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase, useMigratedDatabase } from "@/tests/support/use-database";

await describeBothProviders("tutor topics per class", ({ freshDatabaseUrl }) => {
  let db: Db;
  let url: string;
  let classId: string;

  beforeAll(async () => {
    url = freshDatabaseUrl();
    db = await useMigratedDatabase(url);
    const teacher = await db.user.create({ data: { email: "t@example.com", role: "instructor" } });
    classId = (
      await db.class.create({ data: { name: "C", ownerId: teacher.id, joinCode: "TOPIC001" } })
    ).id;
    const asks = async (email: string, enrolled: boolean, topics: string[]) => {
      const user = await db.user.create({ data: { email } });
      if (enrolled) await db.enrollment.create({ data: { classId, userId: user.id } });
      const conversation = await db.tutorConversation.create({
        data: { userId: user.id, title: "t" },
      });
      for (const topic of topics) {
        await db.tutorMessage.create({
          data: { conversationId: conversation.id, role: "user", content: "?", topic },
        });
        // Replies carry the topic too; only the learner's own messages are counted.
        await db.tutorMessage.create({
          data: { conversationId: conversation.id, role: "assistant", content: "!", topic },
        });
      }
    };
    await asks("a@example.com", true, [
      "how-lstm-handles-exploding-gradients",
      "how-lstm-handles-exploding-gradients",
      "off-topic",
    ]);
    await asks("b@example.com", true, ["how-lstm-handles-exploding-gradients"]);
    await asks("outsider@example.com", false, ["gru", "gru", "gru"]);
  });
  afterAll(() => releaseDatabase(db));

  it("counts the class's learners' questions by topic, most asked first", async () => {
    const rows = await tutorTopics({ db, provider: providerOf(url) }, classId);
    expect(rows).toEqual([
      {
        topic: "how-lstm-handles-exploding-gradients",
        label: "How does the LSTM handle exploding gradients?",
        questions: 3,
        learners: 2,
      },
      { topic: "off-topic", label: "Outside the course", questions: 1, learners: 1 },
    ]);
  });
});
