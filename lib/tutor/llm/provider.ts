/**
 * An OpenAI-compatible chat model over HTTP: POST {baseUrl}/chat/completions, plain or streamed
 * (server-sent events, "data: {choices:[{delta:{content}}]}" lines, "data: [DONE]" at the end).
 * Uses the global fetch only, so it runs wherever the route runs. Every failure (status, timeout,
 * malformed or empty output) rejects with LlmError; the engine then falls back to the built-in tutor.
 */
import { z } from "zod";
import type { LlmCallOptions, LlmMessage, LlmProvider } from "../types";

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

const Completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});
const Chunk = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).optional() })),
});

const MAX_TOKENS = 400;

export function createLlmProvider(config: LlmConfig): LlmProvider {
  const url = `${config.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const timeoutMs = config.timeoutMs ?? 8000;

  async function post(
    messages: readonly LlmMessage[],
    stream: boolean,
    signal: AbortSignal,
  ): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${config.apiKey}` },
        body: JSON.stringify({
          model: config.model,
          messages,
          stream,
          temperature: 0.2,
          max_tokens: MAX_TOKENS,
        }),
        signal,
      });
    } catch (e) {
      throw new LlmError(
        signal.aborted ? `no answer within ${timeoutMs} ms` : `request failed: ${describe(e)}`,
      );
    }
    if (!res.ok) throw new LlmError(`model answered HTTP ${res.status}`);
    return res;
  }

  const signalFor = (options?: LlmCallOptions) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return options?.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  };

  return {
    model: config.model,
    async complete(messages, options) {
      const signal = signalFor(options);
      const res = await post(messages, false, signal);
      let body: unknown;
      try {
        body = await res.json();
      } catch (e) {
        throw new LlmError(
          signal.aborted ? `no answer within ${timeoutMs} ms` : `not JSON: ${describe(e)}`,
        );
      }
      const parsed = Completion.safeParse(body);
      if (!parsed.success) throw new LlmError("unexpected response shape");
      const text = parsed.data.choices[0]?.message.content.trim() ?? "";
      if (text === "") throw new LlmError("empty reply");
      return text;
    },
    async *stream(messages, options) {
      const signal = signalFor(options);
      const res = await post(messages, true, signal);
      if (!res.body) throw new LlmError("no response body");
      let any = false;
      try {
        for await (const data of sseData(res.body)) {
          if (data === "[DONE]") break;
          const parsed = Chunk.safeParse(safeJson(data));
          if (!parsed.success) throw new LlmError("malformed stream chunk");
          const piece = parsed.data.choices[0]?.delta?.content ?? "";
          if (piece) {
            any = true;
            yield piece;
          }
        }
      } catch (e) {
        if (e instanceof LlmError) throw e;
        throw new LlmError(
          signal.aborted ? `no answer within ${timeoutMs} ms` : `stream failed: ${describe(e)}`,
        );
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
