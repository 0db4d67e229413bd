// Calls one route handler or server action the way Next would, under a role's session, and
// reports what came back, so the properties can say "never a 5xx, always a message".
import { beginRequest, NextSignal } from "./next-state";
import type { Role, World } from "./world";

export interface RouteCall {
  method: string;
  file: string;
  role: Role;
  headers: Headers;
  params: Record<string, string>;
  body?: string | Uint8Array;
  /** Send the body as a stream with no Content-Length, as a chunked upload arrives. */
  chunked?: boolean;
}

export interface RouteOutcome {
  status: number;
  text: string;
}

/** Next decodes URLs as UTF-8, so a parameter never holds a lone surrogate. */
export const wellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

function urlOf(file: string, params: Record<string, string>): string {
  const route = file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[([^\]]+)\]/g, (_m, name: string) =>
      encodeURIComponent(wellFormed(params[name] ?? "")),
    );
  return `http://localhost${route}`;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 4096)
        controller.enqueue(bytes.slice(at, at + 4096));
      controller.close();
    },
  });
}

function requestOf(call: RouteCall): Request {
  const init: RequestInit & { duplex?: "half" } = { method: call.method, headers: call.headers };
  if (call.body !== undefined && call.method !== "GET" && call.method !== "HEAD") {
    const bytes = typeof call.body === "string" ? new TextEncoder().encode(call.body) : call.body;
    if (call.chunked) {
      call.headers.delete("content-length");
      init.body = streamOf(bytes);
      init.duplex = "half";
    } else {
      init.body = new Blob([new Uint8Array(bytes)]);
    }
  }
  return new Request(urlOf(call.file, call.params), init);
}

export async function callRoute<Context>(
  world: World,
  handler: (request: Request, context: Context) => unknown,
  call: RouteCall,
): Promise<RouteOutcome> {
  beginRequest(await world.cookiesFor(call.role), call.headers);
  try {
    // Garbage params on purpose: the handler's type promises names Next always fills.
    const context = { params: Promise.resolve(call.params) } as Context;
    const response = await handler(requestOf(call), context);
    if (!(response instanceof Response)) throw new Error(`handler returned ${String(response)}`);
    return { status: response.status, text: await response.text() };
  } catch (error) {
    if (error instanceof NextSignal) return { status: 307, text: error.digest };
    throw error;
  }
}

/** What a 4xx must carry: JSON with a non-empty `error` string. */
export function problemsWith(outcome: RouteOutcome): string[] {
  const problems: string[] = [];
  if (outcome.status >= 500)
    problems.push(`status ${outcome.status}: ${outcome.text.slice(0, 300)}`);
  if (outcome.status >= 400) {
    let body: unknown;
    try {
      body = JSON.parse(outcome.text);
    } catch {
      problems.push(`a ${outcome.status} whose body is not JSON: ${outcome.text.slice(0, 200)}`);
    }
    const error = (body as { error?: unknown } | undefined)?.error;
    if (typeof error !== "string" || error.trim() === "")
      problems.push(`a ${outcome.status} without an error message`);
  }
  // Server-sent events report failures inside a 200 stream.
  for (const match of outcome.text.matchAll(/^event: error\ndata: (.*)$/gm)) {
    const data = JSON.parse(match[1] ?? "{}") as { status?: number; error?: string };
    if ((data.status ?? 500) >= 500 || !data.error) problems.push(`stream error: ${match[1]}`);
  }
  return problems;
}

export type FormState = { message?: string; fields?: Record<string, string> } | undefined;
type Action = (previous: never, form: FormData) => Promise<unknown>;

export type ActionOutcome =
  { kind: "state"; state: FormState } | { kind: "signal"; digest: string };

export async function callAction(
  world: World,
  action: Action,
  role: Role,
  form: FormData,
  previous: FormState = {},
): Promise<ActionOutcome> {
  beginRequest(await world.cookiesFor(role), new Headers({ "x-forwarded-for": "198.51.100.4" }));
  try {
    // The previous state is whatever the form last showed, undefined included.
    return { kind: "state", state: (await action(previous as never, form)) as FormState };
  } catch (error) {
    if (error instanceof NextSignal) return { kind: "signal", digest: error.digest };
    throw error;
  }
}
