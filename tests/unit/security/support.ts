// Calls a route handler as a given user (any account, not only the fuzz world's roles), the way
// Next would: a session cookie, the request's headers, a JSON body. Test files install the Next
// stand-ins with vi.mock, as tests/unit/fuzz does.
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { beginRequest, NextSignal } from "../fuzz/support/next-state";
import { FUZZ_SECRET, type World } from "../fuzz/support/world";

export interface Outcome {
  status: number;
  text: string;
}

interface Call {
  /** The signed-in user, or null for no session. */
  userId: string | null;
  method?: string;
  path: string;
  params?: Record<string, string>;
  body?: unknown;
}

export async function callAs<Context>(
  world: World,
  handler: (request: Request, context: Context) => unknown,
  call: Call,
): Promise<Outcome> {
  const cookies: Record<string, string> = {};
  if (call.userId) {
    cookies[SESSION_COOKIE] = (await createSession(world.db, call.userId, FUZZ_SECRET)).token;
  }
  const headers = new Headers({ "x-forwarded-for": "198.51.100.7" });
  if (call.body !== undefined) headers.set("content-type", "application/json");
  beginRequest(cookies, headers);
  const request = new Request(`http://localhost${call.path}`, {
    method: call.method ?? "GET",
    headers,
    ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
  });
  try {
    const context = { params: Promise.resolve(call.params ?? {}) } as Context;
    const response = await handler(request, context);
    if (!(response instanceof Response)) throw new Error(`handler returned ${String(response)}`);
    return { status: response.status, text: await response.text() };
  } catch (error) {
    if (error instanceof NextSignal) return { status: 307, text: error.digest };
    throw error;
  }
}
