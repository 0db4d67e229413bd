/** A turn while a chat-quiz question is pending: an answer, a hint, skip/stop, or a side question. */
import { askedInChat, type Focus } from "../focus";
import { citationFor } from "../hint";
import { endsQuiz, SKIP, type detectIntent } from "../intent";
import { askAgain, askQuestion, readAnswer } from "../quiz/flow";
import type { TutorReply } from "../types";
import { hintFor } from "./actions";
import { followUpOf } from "./followup";
import type { Decision, Turn } from "./turn";

/** "wait, …", "hang on, …", "quick question: …": words before the question itself. */
const LEAD_IN =
  /^(?:(?:wait|hang on|hold on|ok(?:ay)?|hmm+|actually|sorry|but|so|um+|quick question)[,:.!]*\s+)+/i;

const HEDGE =
  /\b(?:maybe|perhaps|probably|i guess|i think|not sure|my guess|i'?d say|going with)\b/i;

export const LOOKS_LIKE_QUESTION =
  /\?\s*$|^(what|why|how|when|which|who|can|could|does|do|is|are|explain|tell)\b/i;

function endQuiz(focus: Focus): TutorReply {
  return {
    reply:
      "OK, I've closed that question; no answer needed. Say “quiz me” whenever you want another, or ask me anything about the course.",
    citations: citationFor(focus.question.lessonId),
    intent: "quiz",
    effects: [],
    engine: "builtin",
  };
}

/** A pending chat quiz: answers, hints, skip/stop, and side questions (answered, quiz kept open). */
export function quizTurn(
  turn: Turn,
  focus: Focus,
  intent: ReturnType<typeof detectIntent>,
): Decision | undefined {
  const { request, context, lessonOpt } = turn;
  const message = request.message.trim();
  const avoid = [
    ...askedInChat(request.history),
    ...(request.questionId ? [request.questionId] : []),
  ];
  if (endsQuiz(message)) return { reply: endQuiz(focus) };
  if (SKIP.test(message))
    return { reply: askQuestion("", context, { lessonId: focus.question.lessonId, avoid }) };
  if (intent === "hint") return hintFor(turn, focus, message);
  if (intent === "quiz") return { reply: askQuestion(message, context, { ...lessonOpt, avoid }) };
  // "why?" after a side question is about that answer, not a try at the quiz.
  const f = turn.state.turns > 0 ? followUpOf(message) : undefined;
  if (f && f.kind !== "number" && f.kind !== "reference" && turn.state.asked) return undefined;
  const read = readAnswer(message, focus);
  const bare = message.replace(LEAD_IN, "");
  // "I guess the first one?", "maybe b?": a hedged answer, not a question.
  const hedged = "reply" in read && HEDGE.test(message);
  const question = LOOKS_LIKE_QUESTION.test(bare) && bare.split(/\s+/).length > 3 && !hedged;
  if ("reply" in read) {
    if (!question) return { reply: read };
    return undefined;
  }
  if ((intent !== "simulate" && !question) || HEDGE.test(message))
    return { reply: askAgain(read.problem, focus) };
  return undefined;
}
