import "server-only";
import { DialogueState, type HistoryTurn, type TutorTurnInput } from "@/lib/contracts/tutor";
import type { TutorReply } from "@/lib/tutor";
import { db } from "@/lib/db/client";
import { conversationDialogue } from "@/lib/db/tutor";

/**
 * Which dialogue state a turn starts from. A saved conversation's stored state is authoritative
 * (the client's is ignored); an unreadable one is rebuilt by the engine from the history. A
 * client state counts only without a saved conversation (a guest, or a first message), and never
 * its pending quiz: only a question the server recorded the tutor asking may be answered or
 * hinted as "the chat's question", so a forged state cannot point the tutor at another one.
 */
export async function dialogueInput(
  userId: string | null,
  input: TutorTurnInput,
): Promise<TutorTurnInput> {
  const { state: clientState, ...rest } = input;
  if (!userId || !input.conversationId) {
    return clientState ? { ...rest, state: withoutQuiz(clientState) } : rest;
  }
  const stored = await conversationDialogue(db(), userId, input.conversationId);
  const asked = new Set(stored.asked);
  const state = parseStored(stored.state);
  const history = input.history?.map((t) => verifiedTurn(t, asked));
  return {
    ...rest,
    ...(history ? { history } : {}),
    ...(state ? { state: verifiedQuiz(state, asked) } : {}),
  };
}

function withoutQuiz(state: DialogueState): DialogueState {
  const { quiz: _dropped, ...rest } = state;
  return rest;
}

function verifiedQuiz(state: DialogueState, asked: ReadonlySet<string>): DialogueState {
  return state.quiz && !asked.has(state.quiz.questionId) ? withoutQuiz(state) : state;
}

/** A history quiz marker stands only for a question this conversation's replies asked. */
function verifiedTurn(turn: HistoryTurn, asked: ReadonlySet<string>): HistoryTurn {
  if (!turn.quiz || asked.has(turn.quiz.questionId)) return turn;
  const { quiz: _dropped, ...rest } = turn;
  return rest;
}

/** The stored JSON, or undefined when missing or unreadable (the engine rebuilds it). */
export function parseStored(text: string | null): DialogueState | undefined {
  if (!text) return undefined;
  try {
    const parsed = DialogueState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The engine's fields that grading must not lose: the grade reply replaces the text and may
 * keep a question open for another try, and the state's pending quiz follows what it decided.
 */
export function keepEngineFields(applied: TutorReply, engine: TutorReply): TutorReply {
  if (applied === engine) return applied;
  const base = engine.state ? withoutQuiz(engine.state) : undefined;
  const state = base && applied.quiz ? { ...base, quiz: applied.quiz } : base;
  return {
    ...applied,
    ...(engine.topic !== undefined ? { topic: engine.topic } : {}),
    ...(engine.kind !== undefined ? { kind: engine.kind } : {}),
    ...(engine.misconceptions ? { misconceptions: engine.misconceptions } : {}),
    ...(state ? { state } : {}),
  };
}
