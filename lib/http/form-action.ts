import { z } from "zod";
import { isTransientDatabaseError } from "@/lib/db/transient";
import { AppError, DATABASE_UNAVAILABLE, fieldErrorsOf, type FieldErrors } from "@/lib/errors";

/** What a form's server action hands back to the form when it does not redirect. */
export interface FormState {
  message?: string;
  fields?: FieldErrors;
  /** Echo of the non-secret values so the form keeps what the user typed. */
  values?: Record<string, string>;
}

/**
 * Parses a form's fields with the schema, runs the use case, and turns user errors into form
 * state. Anything else (including Next's redirect signal) is rethrown untouched.
 */
export function formAction<Schema extends z.ZodType>(
  schema: Schema,
  run: (input: z.infer<Schema>) => Promise<void>,
  echo: readonly string[] = [],
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw: Record<string, string> = {};
    for (const [key, value] of formData.entries()) {
      if (typeof value === "string" && !key.startsWith("$")) raw[key] = value;
    }
    const values = Object.fromEntries(echo.filter((k) => k in raw).map((k) => [k, raw[k] ?? ""]));
    // PostgreSQL refuses NUL in text (a 500 there); no field of ours has a use for it.
    const withNul = Object.keys(raw).filter((k) => raw[k]?.includes("\0"));
    if (withNul.length > 0) {
      return {
        message: "Please correct the fields marked below.",
        fields: Object.fromEntries(withNul.map((k) => [k, "must not contain NUL characters"])),
        values,
      };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        message: "Please correct the fields marked below.",
        fields: fieldErrorsOf(parsed.error),
        values,
      };
    }
    try {
      await run(parsed.data);
      return {};
    } catch (error) {
      if (error instanceof AppError)
        return { message: error.message, fields: error.fields, values };
      if (isTransientDatabaseError(error)) return { message: DATABASE_UNAVAILABLE, values };
      throw error;
    }
  };
}
