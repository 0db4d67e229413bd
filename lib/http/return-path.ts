import { z } from "zod";

/**
 * Where to send someone back after signing in or up: a path on this site, or nothing.
 * Refused: anything not starting with one "/" ("//evil.example" and "https://…" leave the
 * site), backslashes (browsers read "/\evil.example" as "//evil.example"), control characters
 * (a tab or newline inside "/\t/evil" is dropped by URL parsing and can rejoin the slashes),
 * and the sign-in and sign-up pages themselves (a loop).
 */
const BASE = "https://return-path.invalid";
const AUTH_PAGES = new Set(["/sign-in", "/sign-up"]);
const MAX_LENGTH = 2048;

export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  if (!raw.startsWith("/") || raw.startsWith("//")) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || AUTH_PAGES.has(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The form field / search parameter `next`: a safe path or undefined, never an error. */
export const ReturnPath = z
  .unknown()
  .transform((raw) => safeReturnPath(raw) ?? undefined)
  .optional();
