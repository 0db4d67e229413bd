/**
 * The tutor's contract with the route: the request schema (parsed at the boundary, STYLE.md
 * habit 6), the reply and its effects, and the one error type the route maps to a status.
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
});
export type TutorRequest = z.infer<typeof TutorRequest>;

export interface Citation {
  id: string;
  title: string;
}

export type TutorIntent =
  "explain" | "hint" | "quiz" | "quiz-answer" | "simulate" | "off-topic" | "greeting";

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
