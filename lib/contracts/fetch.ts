import type { z } from "zod";
import { ErrorBody, type Contract } from "./http";

/** A failed call, with the server's message (or ours) ready to show, and its field messages. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const NETWORK_ERROR = "The network is unreachable. Nothing was sent; try again.";
export const UNREADABLE_RESPONSE =
  "The server sent an answer this page cannot read. Reload the page and try again.";

interface CallOptions<Body> {
  /** Replaces `:name` segments of the contract's path (encoded). */
  params?: Record<string, string>;
  body?: Body;
  signal?: AbortSignal;
}

export function pathOf(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`path parameter ${name} is missing`);
    return encodeURIComponent(value);
  });
}

/**
 * The one typed fetch of the browser: sends the contract's request as JSON and parses the answer
 * with the contract's response schema. Every failure is an ApiError: unreachable network
 * (status 0), an error status (the server's message), or a body that fails the schema.
 */
export async function callApi<Req extends z.ZodType | null, Res extends z.ZodType>(
  c: Contract<Req, Res>,
  options: CallOptions<Req extends z.ZodType ? z.input<Req> : never> = {},
): Promise<z.infer<Res>> {
  let response: Response;
  try {
    response = await fetch(pathOf(c.path, options.params), {
      method: c.method,
      headers: { "content-type": "application/json", accept: "application/json" },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(NETWORK_ERROR, 0);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorOf(response.status, json);
  const parsed = c.response.safeParse(json);
  if (!parsed.success) throw new ApiError(UNREADABLE_RESPONSE, response.status);
  return parsed.data;
}

export function errorOf(status: number, json: unknown): ApiError {
  const body = ErrorBody.safeParse(json);
  return body.success
    ? new ApiError(body.data.error, status, body.data.fields)
    : new ApiError(`The server answered ${status}.`, status);
}
