/**
 * The model's side of a reply: call the model with the tools, run the calls it asks for, send
 * the results back, and repeat until it answers in text. Text is yielded as it arrives (the
 * engine releases it sentence by sentence through the leak guard). The last round offers no
 * tools, so a model that keeps calling them still has to answer; a failing call rejects.
 */
import type { LlmProvider } from "../types";
import type { Toolbox } from "./tools";
import { toWire, type ToolCall, type WireMessage } from "./wire";

/** Tool rounds before the model must answer: search, run, then one more look is plenty. */
export const MAX_TOOL_ROUNDS = 3;

export interface ConverseOptions {
  stream: boolean;
  signal?: AbortSignal;
}

export async function* converse(
  llm: LlmProvider,
  start: readonly WireMessage[],
  toolbox: Toolbox,
  options: ConverseOptions,
): AsyncGenerator<string, void> {
  const messages: WireMessage[] = [...start];
  for (let round = 0; round <= MAX_TOOL_ROUNDS; round++) {
    const offerTools = round < MAX_TOOL_ROUNDS;
    let text = "";
    let calls: ToolCall[] = [];
    for await (const event of llm.turn(messages, {
      stream: options.stream,
      ...(offerTools ? { tools: toolbox.definitions, toolChoice: "auto" as const } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    })) {
      if (event.type === "text") {
        // Text before a tool call and the answer after it read as one reply.
        const piece = text === "" && round > 0 && sentAny(messages) ? ` ${event.text}` : event.text;
        text += piece;
        yield piece;
      } else calls = event.calls;
    }
    if (calls.length === 0 || !offerTools) return;
    messages.push({
      role: "assistant",
      content: text === "" ? null : text,
      tool_calls: toWire(calls),
    });
    for (const call of calls)
      messages.push({ role: "tool", tool_call_id: call.id, content: toolbox.run(call) });
  }
}

/** Whether an earlier round already produced text (so the next one needs a separating space). */
const sentAny = (messages: readonly WireMessage[]) =>
  messages.some((m) => m.role === "assistant" && typeof m.content === "string" && m.content !== "");
