/**
 * The OpenAI-compatible chat-completions wire format with tools: the messages we send (a tool
 * call's request and its result included), the tool definitions, and zod schemas for what comes
 * back, plain or streamed. Only what the tutor uses; anything else in a response is ignored.
 */
import { z } from "zod";

export interface ToolCall {
  id: string;
  name: string;
  /** The model's JSON text, parsed and validated by the tool that runs it. */
  arguments: string;
}

export type WireMessage =
  | { role: "system" | "user"; content: string }
  | { role: "assistant"; content: string | null; tool_calls?: WireToolCall[] }
  | { role: "tool"; tool_call_id: string; content: string };

interface WireToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

export interface ToolDefinition {
  type: "function";
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/** What one model turn produced: text, then (when it wants tools run) the calls. */
export type ModelEvent = { type: "text"; text: string } | { type: "tool-calls"; calls: ToolCall[] };

export const toWire = (calls: readonly ToolCall[]): WireToolCall[] =>
  calls.map((c) => ({
    id: c.id,
    type: "function",
    function: { name: c.name, arguments: c.arguments },
  }));

const FunctionCall = z.object({
  id: z.string().min(1),
  function: z.object({ name: z.string().min(1), arguments: z.string().default("{}") }),
});

export const Completion = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullish(),
          tool_calls: z.array(FunctionCall).nullish(),
        }),
      }),
    )
    .min(1),
});

/** A streamed tool call arrives in pieces keyed by index: id and name first, arguments in parts. */
const ToolCallDelta = z.object({
  index: z.number().int().min(0).max(15),
  id: z.string().nullish(),
  function: z.object({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
});

export const Chunk = z.object({
  choices: z.array(
    z.object({
      delta: z
        .object({
          content: z.string().nullish(),
          tool_calls: z.array(ToolCallDelta).nullish(),
        })
        .optional(),
    }),
  ),
});
export type Chunk = z.infer<typeof Chunk>;

/** Joins streamed tool-call pieces into whole calls, in the order the model numbered them. */
export class ToolCallAssembler {
  private readonly parts = new Map<number, { id: string; name: string; arguments: string }>();

  add(deltas: Chunk["choices"][number]["delta"]): void {
    for (const d of deltas?.tool_calls ?? []) {
      const part = this.parts.get(d.index) ?? { id: "", name: "", arguments: "" };
      if (d.id) part.id = d.id;
      if (d.function?.name) part.name += d.function.name;
      if (d.function?.arguments) part.arguments += d.function.arguments;
      this.parts.set(d.index, part);
    }
  }

  calls(): ToolCall[] {
    return [...this.parts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, p]) => ({
        id: p.id || `call_${index}`,
        name: p.name,
        arguments: p.arguments || "{}",
      }));
  }
}
