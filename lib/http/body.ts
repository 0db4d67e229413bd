import { AppError } from "@/lib/errors";

/**
 * Reading a JSON request body defensively: a size cap (no route takes more than a tutor message
 * with its history), a nesting cap (deep bodies overflow the stack of recursive code such as
 * JSON.stringify when an answer is stored), no `__proto__`/`constructor` keys, which zod's
 * records would copy onto their output and so change what later code reads, and no NUL
 * characters, which PostgreSQL refuses in text (a 500 there, while SQLite would store them).
 */

/** Default cap; a route whose schema admits more (the tutor's history) passes its own. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_JSON_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function tooLarge(maxBytes: number): AppError {
  const label = `${Math.floor(maxBytes / 1024)} KiB`;
  return new AppError(413, `The request body is larger than ${label}.`, {
    body: `must be at most ${label}`,
  });
}

/**
 * The body as text, refusing it with 413 once it passes the limit: first by Content-Length,
 * then by counting what is actually read, since a chunked body announces no length.
 */
export async function readBodyText(
  request: Request,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Depth of the deepest array or object in JSON text, stopping as soon as it passes `limit`. */
function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === "]" || c === "}") depth -= 1;
  }
  return false;
}

/** Parses a request body; every way it can be wrong is a 400 naming `body`. */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0) return {};
  if (exceedsDepth(text, MAX_JSON_DEPTH)) {
    throw new AppError(400, `The request body is nested more than ${MAX_JSON_DEPTH} levels deep.`, {
      body: `must be nested at most ${MAX_JSON_DEPTH} levels deep`,
    });
  }
  let forbidden: string | undefined;
  let nulIn: string | undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      if (key.includes("\0") || (typeof value === "string" && value.includes("\0")))
        nulIn ??= key.includes("\0") || key === "" ? "body" : key;
      return value;
    });
  } catch {
    throw new AppError(400, "The request body must be JSON.", { body: "must be JSON" });
  }
  if (forbidden !== undefined) {
    throw new AppError(400, `The request body must not use the key "${forbidden}".`, {
      body: `must not use the key "${forbidden}"`,
    });
  }
  if (nulIn !== undefined) {
    throw new AppError(400, `${nulIn}: must not contain NUL characters.`, {
      [nulIn]: "must not contain NUL characters",
    });
  }
  return parsed;
}
