/**
 * A local stand-in for an OpenAI-compatible chat model (POST /v1/chat/completions) on
 * 127.0.0.1 and a random port, for the tutor's provider tests. Modes:
 *   normal  - answers from the passages it was sent (first passage heading and sentence),
 *             streamed as SSE when the request says stream: true
 *   slow    - waits `slowMs` before answering (longer than the client's timeout)
 *   error   - HTTP 500
 *   junk    - HTTP 200 with a body that is not a completion
 *   leaky   - answers with `leakText` (what a model might say if it knew the key)
 *   tools   - plays `toolScript`: each round asks for the next step's tool calls (while the
 *             request offers tools), then answers with the tool results it was sent, quoted;
 *             streamed, a call's arguments arrive split over several chunks, as real servers do
 * Every request body is kept in `requests`, so tests can check what the model was shown.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeMode = "normal" | "slow" | "error" | "junk" | "leaky" | "tools";

export interface FakeToolCall {
  name: string;
  arguments: Record<string, unknown> | string;
}

export interface FakeRequest {
  model: string;
  stream: boolean;
  messages: { role: string; content: string | null; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string } }[];
  tool_choice?: string;
  authorization: string | undefined;
}

export interface FakeLlm {
  baseUrl: string;
  mode: FakeMode;
  leakText: string;
  slowMs: number;
  /** For mode "tools": the calls of each round, in order. */
  toolScript: FakeToolCall[][];
  requests: FakeRequest[];
  close(): Promise<void>;
}

/** The reply a "normal" model gives: built from the first course passage in the system prompt. */
export function echoFromPassages(system: string): string {
  const m = /\[1\] ([^\n]+)\n([\s\S]*?)(?:\n\n|$)/.exec(system);
  if (!m) return "The course passages do not cover this.";
  const sentence = (m[2] ?? "").replace(/\s+/g, " ").split(/(?<=\.)\s(?=[A-Z])/)[0] ?? "";
  return `According to ${m[1] ?? "the course"}: ${sentence} Does that help?`;
}

async function body(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

function send(res: ServerResponse, text: string, stream: boolean): void {
  if (!stream) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "fake",
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content: text } }],
      }),
    );
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const pieces = text.match(/\S+\s*/g) ?? [text];
  for (const piece of pieces)
    res.write(
      `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: piece } }] })}\n\n`,
    );
  res.write("data: [DONE]\n\n");
  res.end();
}

/** The answer after tools ran: the first sentence of each tool result, quoted. */
function fromToolResults(messages: FakeRequest["messages"]): string {
  const results = messages.filter((m) => m.role === "tool").map((m) => m.content ?? "");
  if (results.length === 0) return "I did not need the tools for this.";
  const first = (t: string) => (t.replace(/\s+/g, " ").split(/(?<=[.!?])\s/)[0] ?? "").trim();
  return `From the course tools: ${results.map(first).join(" ")} Does that help?`;
}

function sendCalls(res: ServerResponse, calls: FakeToolCall[], stream: boolean, round: number) {
  const wire = calls.map((c, i) => ({
    id: `call_${round}_${i}`,
    type: "function",
    function: {
      name: c.name,
      arguments: typeof c.arguments === "string" ? c.arguments : JSON.stringify(c.arguments),
    },
  }));
  if (!stream) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: null, tool_calls: wire },
            finish_reason: "tool_calls",
          },
        ],
      }),
    );
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const chunk = (delta: unknown, finish: string | null = null) =>
    res.write(
      `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
    );
  wire.forEach((w, index) => {
    chunk({
      tool_calls: [
        { index, id: w.id, type: "function", function: { name: w.function.name, arguments: "" } },
      ],
    });
    const args = w.function.arguments;
    const half = Math.ceil(args.length / 2);
    chunk({ tool_calls: [{ index, function: { arguments: args.slice(0, half) } }] });
    chunk({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] });
  });
  chunk({}, "tool_calls");
  res.write("data: [DONE]\n\n");
  res.end();
}

export async function startFakeLlm(mode: FakeMode = "normal"): Promise<FakeLlm> {
  const state: Omit<FakeLlm, "close" | "baseUrl"> = {
    mode,
    leakText: "",
    slowMs: 2000,
    toolScript: [],
    requests: [],
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404).end();
        return;
      }
      const parsed = JSON.parse(await body(req)) as Omit<FakeRequest, "authorization">;
      state.requests.push({ ...parsed, authorization: req.headers.authorization });
      const system = parsed.messages.find((m) => m.role === "system")?.content ?? "";
      switch (state.mode) {
        case "error":
          res
            .writeHead(500, { "content-type": "application/json" })
            .end(JSON.stringify({ error: "boom" }));
          return;
        case "junk":
          res
            .writeHead(200, { "content-type": "application/json" })
            .end(JSON.stringify({ nothing: "here" }));
          return;
        case "slow":
          await new Promise((r) => setTimeout(r, state.slowMs));
          if (!res.destroyed) send(res, echoFromPassages(system), parsed.stream);
          return;
        case "leaky":
          send(res, state.leakText, parsed.stream);
          return;
        case "tools": {
          const done = parsed.messages.filter((m) => m.role === "assistant" && "tool_calls" in m);
          const next = state.toolScript[done.length];
          if (next && parsed.tools && parsed.tools.length > 0) {
            sendCalls(res, next, parsed.stream, done.length);
            return;
          }
          send(res, fromToolResults(parsed.messages), parsed.stream);
          return;
        }
        case "normal":
          send(res, echoFromPassages(system), parsed.stream);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeLlm = Object.assign(state, {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return fake;
}
