import "server-only";
import { randomUUID } from "node:crypto";
import type { TutorTurnInput } from "@/lib/contracts/tutor";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import {
  createLlmProvider,
  respond,
  respondStream,
  TutorInputError,
  type TutorContext,
  type TutorReply,
} from "@/lib/tutor";
import { dialogueInput, keepEngineFields } from "./dialogue";
import { applyTutorEffects, saveTurn, tutorContextFor } from "./effects";

/** One chat turn, end to end: context from the learner's record, the engine, effects, saving. */

export type TurnInput = TutorTurnInput;

export interface TurnResult extends TutorReply {
  conversationId?: string;
}

async function contextFor(
  userId: string | null,
  input: TurnInput,
  signal?: AbortSignal,
): Promise<TutorContext> {
  const llmConfig = env().tutorLlm;
  return {
    ...(await tutorContextFor(userId, input)),
    ...(llmConfig ? { llm: createLlmProvider(llmConfig) } : {}),
    ...(signal ? { signal } : {}),
  };
}

/** Unknown question or lesson ids become the 404 the API contract asks for. */
function mapInputError(error: unknown): never {
  if (error instanceof TutorInputError) {
    throw new AppError(error.status, `${error.field}: ${error.message}`, {
      [error.field]: error.message,
    });
  }
  throw error;
}

async function finish(
  userId: string | null,
  input: TurnInput,
  reply: TutorReply,
): Promise<TurnResult> {
  const key = input.clientMessageId ?? randomUUID();
  const applied = keepEngineFields(await applyTutorEffects(userId, reply, key), reply);
  if (!userId) return applied;
  const { conversationId } = await saveTurn(userId, input.conversationId, input, applied);
  return { ...applied, conversationId };
}

export async function tutorTurn(
  userId: string | null,
  sent: TurnInput,
  signal?: AbortSignal,
): Promise<TurnResult> {
  const input = await dialogueInput(userId, sent);
  const reply = await respond(input, await contextFor(userId, input, signal)).catch(mapInputError);
  return finish(userId, input, reply);
}

/** Text chunks as the engine produces them, then the final (authoritative) result. */
export async function* tutorTurnStream(
  userId: string | null,
  sent: TurnInput,
  signal?: AbortSignal,
): AsyncGenerator<string | TurnResult, void> {
  const input = await dialogueInput(userId, sent);
  const context = await contextFor(userId, input, signal);
  let final: TutorReply | undefined;
  try {
    for await (const item of respondStream(input, context)) {
      if (typeof item === "string") yield item;
      else final = item;
    }
  } catch (error) {
    mapInputError(error);
  }
  if (!final) throw new Error("tutorTurnStream: the engine ended without a reply");
  yield await finish(userId, input, final);
}
