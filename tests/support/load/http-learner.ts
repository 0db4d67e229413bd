// One simulated learner over real HTTP: its own session cookie, JSON in and out.
import { randomUUID } from "node:crypto";

export interface Reply<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

/** A transport failure (connection refused or reset): the request may or may not have run. */
export class NetworkError extends Error {
  override name = "NetworkError";
}

export class HttpLearner {
  private cookie = "";

  constructor(
    readonly baseUrl: string,
    readonly email: string,
  ) {}

  /** Signs up through the API, which also signs in (the session cookie comes back). */
  async signUp(password: string): Promise<void> {
    const reply = await this.post("/api/auth/sign-up", {
      name: `Load ${this.email.split("@")[0]}`,
      email: this.email,
      password,
      role: "learner",
    });
    if (reply.status !== 201) {
      throw new Error(
        `sign-up of ${this.email} answered ${reply.status}: ${JSON.stringify(reply.body)}`,
      );
    }
  }

  /** The same signed-in learner on another instance (a load balancer may send them anywhere). */
  on(baseUrl: string): HttpLearner {
    const moved = new HttpLearner(baseUrl, this.email);
    moved.cookie = this.cookie;
    return moved;
  }

  get sessionCookie(): string {
    return this.cookie;
  }

  post<T>(path: string, body: unknown): Promise<Reply<T>> {
    return this.request<T>("POST", path, body);
  }

  get<T>(path: string): Promise<Reply<T>> {
    return this.request<T>("GET", path);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          "content-type": "application/json",
          // A distinct address per learner, as real learners have: per-address limits apply to
          // each, not to the load generator as one client.
          "x-forwarded-for": `10.${hashByte(this.email)}.0.1`,
          ...(this.cookie ? { cookie: this.cookie } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new NetworkError(
        error instanceof Error ? ((error.cause as Error)?.message ?? error.message) : String(error),
      );
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The connection dropped mid-response (the server was killed).
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    const ms = performance.now() - started;
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("gt_session="));
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: keep the text for the report.
    }
    return { status: response.status, body: parsed as T, ms };
  }
}

function hashByte(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) % 251;
  return h;
}

export const newIdempotencyKey = () => randomUUID();
