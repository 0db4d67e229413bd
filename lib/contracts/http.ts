import { z } from "zod";

/**
 * One endpoint's contract: the zod schema of what is sent and of what comes back. The route
 * parses the request with `request`, shapes its body to `response` (see `respondWith`), and the
 * browser's fetcher parses what it receives with `response`, so neither side hand-types a body.
 */
export interface Contract<Request extends z.ZodType | null, Response extends z.ZodType | null> {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** For documentation and tests: the route's path, with `:name` for a path parameter. */
  path: string;
  request: Request;
  response: Response;
}

export function contract<Req extends z.ZodType | null, Res extends z.ZodType | null>(
  c: Contract<Req, Res>,
): Contract<Req, Res> {
  return c;
}

/** Every failing endpoint answers this (lib/http maps errors to it). */
export const ErrorBody = z.object({
  error: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * The route side: the body must already have the response's type (checked by the compiler), so a
 * handler cannot drift from what the client parses. It is not parsed again at run time.
 */
export function respondWith<S extends z.ZodType>(
  schema: S,
  body: z.input<S>,
  init?: ResponseInit,
): Response {
  void schema;
  return Response.json(body, init);
}
