/** A turn while a chat-quiz question is pending: an answer, a hint, skip/stop, or a side question. */
import { askedInChat, type Focus } from "../focus";
import { citationFor } from "../hint";
import { endsQuiz, SKIP, type detectIntent } from "../intent";
import { askAgain, askQuestion, readAnswer } from "../quiz/flow";
import type { TutorReply } from "../types";
import { hintFor } from "./actions";
import { followUpOf } from "./followup";
import { getQuestion } from "@/lib/content";
import {
  afterLastTry,
  ABOUT_THE_QUIZ,
  ABOUT_THE_QUIZ_REPLY,
  DONT_KNOW,
  NEXT_QUESTION,
  WHY_WRONG,
  WHY_WRONG_PREFACE,
} from "./quiz-help";
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
  if (SKIP.test(message) || NEXT_QUESTION.test(message))
    return { reply: askQuestion("", context, { lessonId: focus.question.lessonId, avoid }) };
  if (intent === "hint" || DONT_KNOW.test(message)) return hintFor(turn, focus, message);
  if (WHY_WRONG.test(message)) return whyWrong(turn, focus, message);
  if (ABOUT_THE_QUIZ.test(message))
    return { reply: { ...askAgain("", focus), reply: ABOUT_THE_QUIZ_REPLY } };
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

/** "why was that wrong?" with tries left: the next hint, since the verdict already explained what it could. */
function whyWrong(turn: Turn, focus: Focus, message: string): Decision {
  const hint = hintFor(turn, focus, message);
  return { ...hint, reply: { ...hint.reply, reply: WHY_WRONG_PREFACE + hint.reply.reply } };
}

/** "why was that wrong?" right after a chat question's last try (no quiz pending any more). */
export function finishedQuizTurn(turn: Turn): Decision | undefined {
  const history = turn.request.history ?? [];
  const text = afterLastTry(turn.request.message, history);
  if (!text) return undefined;
  const asked = getQuestion(askedInChat(history).at(-1) ?? "");
  return {
    reply: {
      reply: text,
      citations: asked ? citationFor(asked.lessonId) : [],
      intent: "explain",
      effects: [],
      engine: "builtin",
    },
  };
}
