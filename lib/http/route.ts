import "server-only";
import { z } from "zod";
import { isTransientDatabaseError } from "@/lib/db/transient";
import { parseJsonBody, readBodyText } from "./body";
import { assertSameOriginJson } from "./csrf";
import { AppError, DATABASE_UNAVAILABLE, describeFieldErrors, fieldErrorsOf } from "@/lib/errors";
import { guardParams } from "./params";

/**
 * The one wrapper for JSON route handlers (dub's withWorkspace habit): it parses the body with
 * the given schema (after the cross-site check of ./csrf and the size, nesting and key checks
 * of ./body) and maps every failure to a status and a message that names the field.
 * No handler has its own try/catch, and no stack trace reaches the client.
 */
export function jsonRoute<Schema extends z.ZodType, Context = unknown>(
  schema: Schema,
  handle: (input: z.infer<Schema>, request: Request, context: Context) => Promise<Response>,
  options: { maxBodyBytes?: number } = {},
): (request: Request, context?: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      assertSameOriginJson(request);
      const body = parseJsonBody(await readBodyText(request, options.maxBodyBytes));
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const fields = fieldErrorsOf(parsed.error);
        throw new AppError(400, describeFieldErrors(fields), fields);
      }
      return await handle(parsed.data, request, guardParams(context) as Context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * Like jsonRoute for handlers that read no body through it (GET, a bare DELETE); passes Next's
 * route context through. A state-changing method gets the same cross-site check.
 */
export function route<Context = unknown>(
  handle: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context?: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      assertSameOriginJson(request);
      return await handle(request, guardParams(context) as Context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Seconds a client should wait before retrying after a transient database failure. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export function errorResponse(error: unknown): Response {
  if (isTransientDatabaseError(error)) {
    console.warn("Database unavailable for a request; answered 503", describe(error));
    return errorResponse(new AppError(503, DATABASE_UNAVAILABLE, {}, DATABASE_RETRY_AFTER_SECONDS));
  }
  if (error instanceof AppError) {
    const headers = new Headers();
    if (error.retryAfterSeconds !== undefined) {
      headers.set("Retry-After", String(error.retryAfterSeconds));
    }
    return Response.json(
      { error: error.message, fields: error.fields },
      { status: error.status, headers },
    );
  }
  console.error("Unhandled error in route handler", error);
  return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split("\n").at(-1) ?? ""}` : "";
}
