/**
 * The dialogue policy: from a validated request to either a finished built-in reply or a plan
 * to ask the model (explanations, hints, simulations and draft feedback, when one is configured). State comes from the request:
 * the open question, lesson and plot, and the dialogue state (sent back by the client, or read
 * from the history), which follow-ups resolve against. Every reply carries the next state.
 */
import { getLesson } from "@/lib/content";
import { advance, readState } from "./dialogue/state";
import { decide } from "./dialogue/decide";
import { type Turn } from "./dialogue/turn";
import { focusOn, questionOrUndefined, type Focus } from "./focus";
import type { Relevance } from "./relevance";
import { OFF_TOPIC } from "./topic-tag";
import {
  TutorInputError,
  TutorRequest,
  type DialogueState,
  type TutorContext,
  type TutorReply,
} from "./types";

/**
 * What a configured model answers (with its tools); quiz turns, calculations, greetings and
 * off-topic replies stay built-in because their exact wording or numbers are the product.
 */
const MODEL_INTENTS: ReadonlySet<TutorReply["intent"]> = new Set([
  "explain",
  "hint",
  "simulate",
  "feedback",
]);

export type Plan =
  | { kind: "reply"; reply: TutorReply; guards: Focus[] }
  | {
      kind: "model";
      /** What retrieval found for the message (explanations); the model may search for more. */
      relevance?: Relevance;
      builtin: TutorReply;
      guards: Focus[];
      contextFocus?: Focus;
    };

/** Parses the request; unknown question or lesson ids are 404s naming the field. */
export function validate(raw: unknown): TutorRequest {
  const parsed = TutorRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TutorInputError(
      400,
      issue?.path.join(".") || "request",
      issue?.message ?? "invalid request",
    );
  }
  const request = parsed.data;
  if (request.questionId !== undefined && !questionOrUndefined(request.questionId)) {
    throw new TutorInputError(404, "questionId", `unknown question "${request.questionId}"`);
  }
  if (request.lessonId !== undefined && !getLesson(request.lessonId)) {
    throw new TutorInputError(404, "lessonId", `unknown lesson "${request.lessonId}"`);
  }
  return request;
}

/** The per-topic tag of a reply: the lesson it answers from, or "off-topic". */
export function topicTag(reply: TutorReply, state: DialogueState): string {
  if (reply.intent === "off-topic") return OFF_TOPIC;
  return reply.citations[0]?.id ?? state.topic ?? OFF_TOPIC;
}

export function dispatch(request: TutorRequest, context: TutorContext): Plan {
  const state = readState(request);
  const open = questionOrUndefined(request.questionId);
  const contextFocus = open ? focusOn(open, context, "context") : undefined;
  const quizQuestion = questionOrUndefined(state.quiz?.questionId);
  const quizFocus = quizQuestion ? focusOn(quizQuestion, context, "quiz") : undefined;
  const guards = [contextFocus, quizFocus].filter((f): f is Focus => f !== undefined);
  const lessonOpt = request.lessonId !== undefined ? { lessonId: request.lessonId } : {};
  const turn: Turn = { request, context, state, guards, contextFocus, quizFocus, lessonOpt };
  const decision = decide(turn);
  // A side question keeps a pending chat quiz pending; skip/stop and a new question decide for themselves.
  let reply = decision.reply;
  const quizDecided =
    reply.intent === "quiz" || reply.intent === "quiz-answer" || reply.intent === "hint";
  if (quizFocus && !quizDecided && !reply.quiz)
    reply = { ...reply, quiz: { questionId: quizFocus.question.id } };
  const next = advance(state, reply, decision.facts ?? {});
  reply = { ...reply, state: next, topic: topicTag(reply, state) };
  if (
    context.llm &&
    MODEL_INTENTS.has(reply.intent) &&
    (reply.intent !== "explain" || decision.relevance)
  )
    return {
      kind: "model",
      ...(decision.relevance ? { relevance: decision.relevance } : {}),
      builtin: reply,
      guards,
      ...(contextFocus ? { contextFocus } : {}),
    };
  return { kind: "reply", reply, guards };
}
