/**
 * The dialogue policy: from a validated request to either a finished built-in reply or a plan
 * to ask the model (explanations only, when one is configured). State comes from the request:
 * the open question, the open lesson and plot, and a pending chat quiz in the history.
 */
import { getLesson } from "@/lib/content";
import { explainReply, greetingReply, offTopicReply } from "./explain";
import {
  focusOn,
  askedInChat,
  hintsSeenInChat,
  pendingQuiz,
  questionOrUndefined,
  type Focus,
} from "./focus";
import { hintReply, noQuestionReply } from "./hint";
import { detectIntent, SKIP } from "./intent";
import { askAgain, askQuestion, readAnswer } from "./quiz/flow";
import { assess, type Relevance } from "./relevance";
import { mentionsAnyParam, simulateReply } from "./simulate/reply";
import { TutorInputError, TutorRequest, type TutorContext, type TutorReply } from "./types";

export type Plan =
  | { kind: "reply"; reply: TutorReply; guards: Focus[] }
  | {
      kind: "model";
      relevance: Relevance;
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

const LOOKS_LIKE_QUESTION =
  /\?\s*$|^(what|why|how|when|which|who|can|could|does|do|is|are|explain|tell)\b/i;

export function dispatch(request: TutorRequest, context: TutorContext): Plan {
  const { message, history } = request;
  const open = questionOrUndefined(request.questionId);
  const contextFocus = open ? focusOn(open, context, "context") : undefined;
  const quizQuestion = questionOrUndefined(pendingQuiz(history));
  const quizFocus = quizQuestion ? focusOn(quizQuestion, context, "quiz") : undefined;
  const guards = [contextFocus, quizFocus].filter((f): f is Focus => f !== undefined);
  const done = (reply: TutorReply): Plan => ({ kind: "reply", reply, guards });
  const avoid = [...askedInChat(history), ...(request.questionId ? [request.questionId] : [])];
  const lessonOpt = request.lessonId !== undefined ? { lessonId: request.lessonId } : {};
  const intent = detectIntent(
    message,
    { hasQuestion: guards.length > 0, hasPlot: request.params !== undefined },
    mentionsAnyParam(message),
  );

  if (intent === "greeting") return done(greetingReply());
  if (quizFocus) {
    const hintsTaken =
      request.questionId === quizFocus.question.id && context.hintsTaken !== undefined
        ? context.hintsTaken
        : hintsSeenInChat(history, quizFocus.question.id);
    if (SKIP.test(message.trim())) {
      return done(askQuestion("", context, { lessonId: quizFocus.question.lessonId, avoid }));
    }
    if (intent === "hint") return done(hintReply(quizFocus, hintsTaken, message));
    if (intent === "quiz") return done(askQuestion(message, context, { ...lessonOpt, avoid }));
    const read = readAnswer(message, quizFocus);
    if ("reply" in read) {
      // A question asked mid-quiz is answered normally (below), not graded as an answer.
      if (!(quizFocus.instance.type === "short-text" && LOOKS_LIKE_QUESTION.test(message)))
        return done(read);
    } else if (intent !== "simulate" && !LOOKS_LIKE_QUESTION.test(message)) {
      return done(askAgain(read.problem, quizFocus));
    }
  }
  switch (intent) {
    case "hint":
      return done(
        contextFocus
          ? hintReply(contextFocus, context.hintsTaken ?? 0, message)
          : noQuestionReply(),
      );
    case "quiz":
      return done(askQuestion(message, context, { ...lessonOpt, avoid }));
    case "simulate": {
      const retrieved = assess(message, lessonOpt).lessons[0]?.lessonId;
      return done(
        keepQuiz(
          simulateReply({
            message,
            ...lessonOpt,
            ...(request.params ? { params: request.params } : {}),
            ...(history ? { history } : {}),
            ...(retrieved ? { retrievedLessonId: retrieved } : {}),
          }),
          quizFocus,
        ),
      );
    }
    default: {
      const relevance = assess(message, {
        ...lessonOpt,
        excludeQuestionIds: guards.map((g) => g.question.id),
      });
      if (!relevance.onTopic) return done(keepQuiz(offTopicReply(relevance), quizFocus));
      const builtin = keepQuiz(explainReply(relevance), quizFocus);
      if (context.llm)
        return {
          kind: "model",
          relevance,
          builtin,
          guards,
          ...(contextFocus ? { contextFocus } : {}),
        };
      return done(builtin);
    }
  }
}

/** A reply to a side question keeps a pending chat quiz pending. */
function keepQuiz(reply: TutorReply, quizFocus: Focus | undefined): TutorReply {
  return quizFocus ? { ...reply, quiz: { questionId: quizFocus.question.id } } : reply;
}
