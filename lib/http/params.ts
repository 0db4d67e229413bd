import { AppError } from "@/lib/errors";

/**
 * Path parameters come from the URL, decoded: `/api/classes/%00` gives a class id with a NUL
 * character, which PostgreSQL refuses in a query (a 500) and no id of ours contains. Such a
 * parameter names nothing, so it is a 404 naming the parameter before any handler runs a query.
 */
function checked(params: unknown): unknown {
  if (typeof params !== "object" || params === null) return params;
  for (const [name, value] of Object.entries(params)) {
    const parts: unknown[] = Array.isArray(value) ? value : [value];
    if (parts.some((part) => typeof part === "string" && part.includes("\0"))) {
      throw new AppError(404, `${name}: there is nothing at this address.`, {
        [name]: "not found",
      });
    }
  }
  return params;
}

/** The route context with its `params` promise checked as above (other contexts unchanged). */
export function guardParams<Context>(context: Context): Context {
  if (typeof context !== "object" || context === null || !("params" in context)) return context;
  const params = Promise.resolve((context as { params: unknown }).params).then(checked);
  // A handler that fails before reading its params must not leave an unhandled rejection.
  params.catch(() => undefined);
  return { ...context, params };
}
