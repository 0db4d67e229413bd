// One simulated learner over real HTTP: its own session cookie, JSON in and out.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

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
  private forwardedFor: string | undefined;

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

  /**
   * node:http on a keep-alive agent rather than fetch: the load generator shares the machine
   * with the server it measures, and fetch's Request, Headers and web streams cost it about 2 ms
   * of CPU per answer more (bench:load, 3.9 against 1.8 to 2.1 ms on a busy machine). A string
   * body is sent as it is (already serialised).
   */
  private request<T>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    const payload =
      body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const headers: Record<string, string | number> = {
      "content-type": "application/json",
      "accept-encoding": "gzip, deflate, br",
      // A distinct address per learner, as real learners have: per-address limits apply to
      // each, not to the load generator as one client.
      "x-forwarded-for": this.address,
    };
    if (this.cookie) headers.cookie = this.cookie;
    if (payload !== undefined) headers["content-length"] = Buffer.byteLength(payload);
    const started = performance.now();
    return new Promise<Reply<T>>((resolve, reject) => {
      const failed = (error: unknown) =>
        reject(new NetworkError(error instanceof Error ? error.message : String(error)));
      const request = http.request(`${this.baseUrl}${path}`, { method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        // The connection dropped mid-response (the server was killed).
        res.on("close", () => {
          if (!res.complete) failed(new Error("response incomplete"));
        });
        res.on("error", failed);
        res.on("end", () => {
          if (!res.complete) return failed(new Error("response incomplete"));
          let text: string;
          try {
            text = decoded(Buffer.concat(chunks), res.headers["content-encoding"]);
          } catch (error) {
            return failed(error);
          }
          const ms = performance.now() - started;
          const setCookie = res.headers["set-cookie"]?.find((c) => c.startsWith("gt_session="));
          if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON: keep the text for the report.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed as T, ms });
        });
      });
      request.on("error", failed);
      request.end(payload);
    });
  }

  private get address(): string {
    return (this.forwardedFor ??= `10.${hashByte(this.email)}.0.1`);
  }
}

/** One pool of kept-alive connections for every learner: a learner sends one request at a time. */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function decoded(bytes: Buffer, encoding: string | undefined): string {
  switch (encoding) {
    case "gzip":
      return gunzipSync(bytes).toString("utf8");
    case "deflate":
      return inflateSync(bytes).toString("utf8");
    case "br":
      return brotliDecompressSync(bytes).toString("utf8");
    default:
      return bytes.toString("utf8");
  }
}

function hashByte(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) % 251;
  return h;
}

export const newIdempotencyKey = () => randomUUID();
