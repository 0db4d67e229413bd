/**
 * The tutor's contract with the route: the request schema (parsed at the boundary), the reply,
 * its effects and dialogue state, and the one error type the route maps to a status.
 */
import { z } from "zod";
import type { ResponseInput } from "@/lib/learning/grading";
import type { ParamValues } from "@/lib/sim";

export const MAX_MESSAGE_CHARS = 2000;

export const HistoryTurn = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string().max(4000, "history entries must be at most 4,000 characters"),
  /** Set on an assistant turn that asked a quiz question, so the next message is read as the answer. */
  quiz: z.object({ questionId: z.string() }).optional(),
});
export type HistoryTurn = z.infer<typeof HistoryTurn>;

const ParamValue = z.union([z.number(), z.string()]);

/** The plot on screen: which scenario and the values its dials are at. */
export const PlotContext = z.object({
  scenarioId: z.string().min(1).max(80),
  params: z.record(z.string().max(40), ParamValue),
});
export type PlotContext = z.infer<typeof PlotContext>;

/**
 * What the conversation is about so far, returned with every reply and sent back with the next
 * request: follow-ups ("why?", "and with 0?") resolve against it. Small and serialisable, so it
 * can be stored as JSON with the conversation.
 */
export const DialogueState = z.object({
  /** The lesson the thread is about (the last on-topic reply's first citation). */
  topic: z.string().max(120).optional(),
  /** Search terms of the last on-topic question, so "why?" searches for the same thing. */
  terms: z.array(z.string().max(40)).max(24).default([]),
  /** The last on-topic question as asked (its dial names resolve "and with 0?"). */
  asked: z.string().max(300).optional(),
  /** Passages already quoted in this thread (most recent last), so follow-ups say something new. */
  quoted: z.array(z.string().max(200)).max(12).default([]),
  /** The last simulation run and the dials the learner changed in it. */
  sim: PlotContext.extend({ changed: z.array(z.string().max(40)).max(12).default([]) }).optional(),
  /** A chat-quiz question waiting for an answer. */
  quiz: z.object({ questionId: z.string().max(200) }).optional(),
  /** How many turns this state has seen. */
  turns: z.number().int().min(0).max(100000).default(0),
});
export type DialogueState = z.infer<typeof DialogueState>;

export const TutorRequest = z.object({
  message: z
    .string()
    .trim()
    .min(1, "message must not be empty")
    .max(MAX_MESSAGE_CHARS, "message must be at most 2,000 characters"),
  questionId: z.string().optional(),
  lessonId: z.string().optional(),
  /** The plot's current parameters, so "what if it were 5?" changes the scenario on screen. */
  params: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  history: z.array(HistoryTurn).max(40, "history must have at most 40 turns").optional(),
  /** The plot on screen (scenario + dial values); "why does it go flat here?" runs it. */
  plot: PlotContext.optional(),
  /** The state the previous reply returned; without it, the tutor reads it from the history. */
  state: DialogueState.optional(),
});
export type TutorRequest = z.infer<typeof TutorRequest>;

export interface Citation {
  id: string;
  title: string;
}

export type TutorIntent =
  | "explain"
  | "hint"
  | "quiz"
  | "quiz-answer"
  | "simulate"
  | "calculate"
  | "feedback"
  | "off-topic"
  | "greeting";

/** What kind of question the learner asked; decides how the reply opens. */
export type QuestionKind =
  | "definition"
  | "why"
  | "how"
  | "compare"
  | "yes-no"
  | "what-if"
  | "calculation"
  | "diagnosis"
  | "other";

/**
 * What the app must do besides showing the reply. `seed` is the one the tutor instantiated the
 * question with: the app grades with it so simulated numbers match what the learner saw.
 */
export type TutorEffect =
  | { type: "hint"; questionId: string; hintIndex: number }
  | { type: "quiz-question"; questionId: string; seed: string }
  | { type: "quiz-answer"; questionId: string; response: ResponseInput; seed: string };

export interface TutorReply {
  reply: string;
  /** Lessons the reply draws on, best first. */
  citations: Citation[];
  plot?: { scenarioId: string; params: ParamValues };
  intent: TutorIntent;
  effects: TutorEffect[];
  /** Store on the assistant turn: the next user message answers this question. */
  quiz?: { questionId: string };
  engine: "builtin" | "llm" | "fallback";
  notice?: string;
  /** Catalogued misconceptions the learner's message stated and the reply corrected. */
  misconceptions?: string[];
  /** The kind of question, when the message asked one. */
  kind?: QuestionKind;
  /** For per-topic counts: a lesson id or "off-topic" (the same decision as the reply). */
  topic?: string;
  /** Send back as `state` with the next request (or store it with the conversation). */
  state?: DialogueState;
}

export interface LlmMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface LlmCallOptions {
  signal?: AbortSignal;
}

/** An OpenAI-compatible chat model (see llm/provider.ts). Both calls reject on any failure. */
export interface LlmProvider {
  readonly model: string;
  complete(messages: readonly LlmMessage[], options?: LlmCallOptions): Promise<string>;
  stream(messages: readonly LlmMessage[], options?: LlmCallOptions): AsyncIterable<string>;
}

export interface TutorContext {
  /** Hints of the current question already shown (the next hint is this index). */
  hintsTaken?: number;
  /** The seed the current question was instantiated with, so hints and keys match the screen. */
  attemptSeed?: string;
  /**
   * The seed chat-quiz questions are instantiated with: the learner's own, never a lesson
   * attempt's, so answers in chat cannot probe the key of the lesson's instance.
   */
  chatSeed?: string;
  llm?: LlmProvider;
  signal?: AbortSignal;
}

/** Unknown ids in the request: the route answers `status` with `{ [field]: message }`. */
export class TutorInputError extends Error {
  override name = "TutorInputError";
  constructor(
    readonly status: 400 | 404,
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
