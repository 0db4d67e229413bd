/**
 * The tutor's types: the request and dialogue-state schemas are the endpoint's contract
 * (lib/contracts/tutor.ts, re-exported here); the reply, its effects, and the one error type the
 * route maps to a status.
 */
import type { ResponseInput } from "@/lib/learning/grading";
import type { ParamValues } from "@/lib/sim";
import type { ModelEvent, ToolDefinition, WireMessage } from "./llm/wire";

export {
  DialogueState,
  HistoryTurn,
  MAX_MESSAGE_CHARS,
  PlotContext,
  TutorRequest,
} from "@/lib/contracts/tutor";
import type { DialogueState } from "@/lib/contracts/tutor";

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

export interface LlmTurnOptions {
  /** Tools the model may call this turn (OpenAI-compatible function definitions). */
  tools?: readonly ToolDefinition[];
  /** "none" asks for a final answer without further tool calls. */
  toolChoice?: "auto" | "none";
  stream: boolean;
  signal?: AbortSignal;
}

/**
 * An OpenAI-compatible chat model (see llm/provider.ts). `turn` is one model call: it yields
 * text (in pieces when streaming) and then, if the model asked for tools, the calls. It rejects
 * on any failure (status, timeout, malformed or empty output).
 */
export interface LlmProvider {
  readonly model: string;
  turn(messages: readonly WireMessage[], options: LlmTurnOptions): AsyncIterable<ModelEvent>;
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
