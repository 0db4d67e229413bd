import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { TutorChat } from "@/app/_components/tutor/TutorChat";
import type { ChatTurn } from "@/app/_components/tutor/types";
import { getCurrentUser } from "@/lib/auth/current";
import { db } from "@/lib/db/client";
import { conversationMessages, listConversations } from "@/lib/db/tutor";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Tutor" };

const Search = z.object({ c: z.string().max(100).optional().catch(undefined) });

export default async function TutorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { c } = Search.parse(await searchParams);
  const user = await getCurrentUser();
  const conversations = user ? await listConversations(db(), user.id) : [];
  let turns: ChatTurn[] = [];
  let openId: string | undefined;
  if (user && c) {
    try {
      const conversation = await conversationMessages(db(), user.id, c);
      openId = conversation.id;
      turns = conversation.messages.map((m) => ({
        id: m.id,
        role: m.role === "user" ? "user" : "assistant",
        content: m.content,
        citations: JSON.parse(m.citations) as ChatTurn["citations"],
      }));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return (
    <main>
      <h1>Tutor</h1>
      <p>
        The tutor answers from the course, with links to the lessons it draws on. It gives hints,
        not answers, to the question you are working on.
      </p>
      <div className="grid">
        <TutorChat
          key={openId ?? "new"}
          initialTurns={turns}
          initialConversationId={openId}
          title="Chat"
        />
        {user && (
          <nav aria-labelledby="conversations-heading" className="card">
            <h2 id="conversations-heading">Your conversations</h2>
            {conversations.length === 0 ? (
              <p className="muted">None yet.</p>
            ) : (
              <ul>
                {conversations.map((conversation) => (
                  <li key={conversation.id}>
                    <Link
                      href={`/tutor?c=${conversation.id}`}
                      aria-current={conversation.id === openId ? "page" : undefined}
                    >
                      {conversation.title}
                    </Link>{" "}
                    <span className="muted">({conversation._count.messages} messages)</span>
                  </li>
                ))}
              </ul>
            )}
            <Link href="/tutor">New conversation</Link>
          </nav>
        )}
      </div>
    </main>
  );
}
