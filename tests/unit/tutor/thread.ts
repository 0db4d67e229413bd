/** Runs messages as one chat thread, as the app does: history (with quiz markers) and state carried. */
import {
  respond,
  type DialogueState,
  type HistoryTurn,
  type TutorReply,
  type TutorRequest,
} from "@/lib/tutor";

export type ThreadExtra = Omit<Partial<TutorRequest>, "message" | "history" | "state">;

/** Every reply of the thread, in order. */
export async function thread(messages: string[], extra: ThreadExtra = {}): Promise<TutorReply[]> {
  const history: HistoryTurn[] = [];
  let state: DialogueState | undefined;
  const out: TutorReply[] = [];
  for (const message of messages) {
    const reply = await respond(
      {
        message,
        ...extra,
        ...(history.length ? { history: [...history] } : {}),
        ...(state ? { state } : {}),
      },
      { chatSeed: "t" },
    );
    history.push({ role: "user", content: message });
    history.push({
      role: "assistant",
      content: reply.reply,
      ...(reply.quiz ? { quiz: reply.quiz } : {}),
    });
    state = reply.state;
    out.push(reply);
  }
  return out;
}

/** The thread's last reply. */
export async function lastReply(messages: string[], extra: ThreadExtra = {}): Promise<TutorReply> {
  const reply = (await thread(messages, extra)).at(-1);
  if (!reply) throw new Error("no messages");
  return reply;
}
