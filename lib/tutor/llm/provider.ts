/**
 * An OpenAI-compatible chat model over HTTP: POST {baseUrl}/chat/completions with the tools API,
 * plain or streamed (server-sent events, "data: {choices:[{delta:{content | tool_calls}}]}"
 * lines, "data: [DONE]" at the end). One call is one model turn: text, tool calls, or both.
 * Uses the global fetch only, so it runs wherever the route runs. Every failure (status, timeout,
 * malformed or empty output) rejects with LlmError; the engine then falls back to the built-in tutor.
 */
import type { LlmProvider } from "../types";
import { Chunk, Completion, ToolCallAssembler, type ModelEvent } from "./wire";

export interface LlmConfig {
  /** e.g. http://127.0.0.1:8080/v1 */
  baseUrl: string;
  model: string;
  apiKey: string;
  /** Whole call, streaming included. Default 8 s. */
  timeoutMs?: number;
}

export class LlmError extends Error {
  override name = "LlmError";
}

const MAX_TOKENS = 400;

export function createLlmProvider(config: LlmConfig): LlmProvider {
  const url = `${config.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const timeoutMs = config.timeoutMs ?? 8000;
  const failure = (signal: AbortSignal, what: string) =>
    new LlmError(signal.aborted ? `no answer within ${timeoutMs} ms` : what);

  async function post(body: Record<string, unknown>, signal: AbortSignal): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${config.apiKey}` },
        body: JSON.stringify({
          model: config.model,
          temperature: 0.2,
          max_tokens: MAX_TOKENS,
          ...body,
        }),
        signal,
      });
    } catch (e) {
      throw failure(signal, `request failed: ${describe(e)}`);
    }
    if (!res.ok) throw new LlmError(`model answered HTTP ${res.status}`);
    return res;
  }

  async function* plain(res: Response, signal: AbortSignal): AsyncGenerator<ModelEvent> {
    let body: unknown;
    try {
      body = await res.json();
    } catch (e) {
      throw failure(signal, `not JSON: ${describe(e)}`);
    }
    const parsed = Completion.safeParse(body);
    if (!parsed.success) throw new LlmError("unexpected response shape");
    const message = parsed.data.choices[0]?.message;
    const text = message?.content?.trim() ?? "";
    if (text !== "") yield { type: "text", text };
    const calls = (message?.tool_calls ?? []).map((c) => ({
      id: c.id,
      name: c.function.name,
      arguments: c.function.arguments,
    }));
    if (calls.length > 0) yield { type: "tool-calls", calls };
  }

  async function* streamed(res: Response, signal: AbortSignal): AsyncGenerator<ModelEvent> {
    if (!res.body) throw new LlmError("no response body");
    const calls = new ToolCallAssembler();
    try {
      for await (const data of sseData(res.body)) {
        if (data === "[DONE]") break;
        const parsed = Chunk.safeParse(safeJson(data));
        if (!parsed.success) throw new LlmError("malformed stream chunk");
        const delta = parsed.data.choices[0]?.delta;
        calls.add(delta);
        const piece = delta?.content ?? "";
        if (piece) yield { type: "text", text: piece };
      }
    } catch (e) {
      if (e instanceof LlmError) throw e;
      throw failure(signal, `stream failed: ${describe(e)}`);
    }
    const whole = calls.calls();
    if (whole.length > 0) yield { type: "tool-calls", calls: whole };
  }

  return {
    model: config.model,
    async *turn(messages, options) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
      const tools = options.tools && options.tools.length > 0 ? options.tools : undefined;
      const res = await post(
        {
          messages,
          stream: options.stream,
          ...(tools ? { tools, tool_choice: options.toolChoice ?? "auto" } : {}),
        },
        signal,
      );
      let any = false;
      for await (const event of options.stream ? streamed(res, signal) : plain(res, signal)) {
        any = true;
        yield event;
      }
      if (!any) throw new LlmError("empty reply");
    },
  };
}

/** The payloads of "data:" lines of a server-sent event stream. */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline).replace(/\r$/, "");
        buffer = buffer.slice(newline + 1);
        if (line.startsWith("data:")) yield line.slice(5).trim();
        newline = buffer.indexOf("\n");
      }
    }
    if (buffer.startsWith("data:")) yield buffer.slice(5).trim();
  } finally {
    reader.releaseLock();
  }
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));
