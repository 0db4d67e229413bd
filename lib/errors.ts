import { z } from "zod";

/** What a user sees when the database is briefly unreachable (a 503 for APIs). */
export const DATABASE_UNAVAILABLE =
  "The database is unavailable for a moment. Try again in a few seconds; a retried answer is never counted twice.";

/** Field name -> first message, for forms and JSON error bodies alike. */
export type FieldErrors = Record<string, string>;

/**
 * An error meant for the user: it carries its HTTP status and, when one input field is at
 * fault, that field's name. Anything else reaching the boundary is our bug and becomes a 500
 * without details.
 */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    message: string,
    readonly fields: FieldErrors = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** "email: Enter a valid email address; password: …" — names each field in one line. */
export function describeFieldErrors(fields: FieldErrors): string {
  return Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ");
}
