/** Public API of the tutor. See README.md. */
export { chunks, FALLBACK_NOTICE, respond, respondStream, WITHHELD_NOTICE } from "./engine";
export { checkLeak, type LeakCheck } from "./leak-guard";
export { createLlmProvider, LlmError, type LlmConfig } from "./llm/provider";
export { llmConfigFromEnv, TutorLlmEnv } from "./llm/env";
export { composeGradeReply, type GradeReplyOptions } from "./quiz/grade-reply";
export { parseAnswer, type ParsedAnswer } from "./quiz/answer";
export { restateAnswer } from "./quiz/restate";
export { solutionText } from "./quiz/solution-text";
export { OFF_TOPIC, topicOf } from "./topic";
export { detectMisconceptions } from "./answer/misconceptions";
export { calculate, type Calculation } from "./answer/calc";
export { classify } from "./answer/classify";
export {
  MAX_MESSAGE_CHARS,
  TutorInputError,
  TutorRequest,
  DialogueState,
  PlotContext,
  type Citation,
  type HistoryTurn,
  type LlmMessage,
  type LlmProvider,
  type QuestionKind,
  type TutorContext,
  type TutorEffect,
  type TutorIntent,
  type TutorReply,
} from "./types";
