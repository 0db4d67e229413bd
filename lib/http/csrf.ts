import { AppError } from "@/lib/errors";

/**
 * Cross-site request forgery guard for the JSON API. A page on another site can make a browser
 * send a POST with the user's cookies (a form with enctype=text/plain can even fake a JSON
 * body, and a no-cors fetch can send any safelisted type), but it cannot set
 * `Content-Type: application/json` without a CORS preflight, which this app never grants. So
 * POST, PUT and PATCH must say application/json; a DELETE cannot be sent cross-origin without a
 * preflight at all, so it may come without a body, but a body it carries must be JSON too.
 * On top of that, a browser's own word is believed: `Sec-Fetch-Site: cross-site` or an Origin
 * other than this server's is a 403 (Origin is absent only outside browsers, e.g. curl).
 * Server actions are not routed through here: Next checks their Origin itself.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

export const CROSS_SITE_REFUSED =
  "This request came from another site and was refused. Use Gradient Tutor's own pages.";

function mediaType(request: Request): string | null {
  const header = request.headers.get("content-type");
  if (header === null) return null;
  return (header.split(";")[0] ?? "").trim().toLowerCase();
}

/** The origins this server answers as: its Host, and the host a proxy in front says it used. */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  for (const name of ["host", "x-forwarded-host"]) {
    for (const value of (request.headers.get(name) ?? "").split(",")) {
      const host = value.trim().toLowerCase();
      if (host) hosts.add(host);
    }
  }
  if (hosts.size === 0) hosts.add(new URL(request.url).host.toLowerCase());
  return hosts;
}

function fromOtherOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return true; // "null" (sandboxed frames, opaque redirects) or garbage: not us.
  }
  return !ownHosts(request).has(host);
}

/** Throws 403 for a cross-origin state change and 415 for a body that is not declared JSON. */
export function assertSameOriginJson(request: Request): void {
  const method = request.method.toUpperCase();
  if (SAFE_METHODS.has(method)) return;
  if (request.headers.get("sec-fetch-site")?.toLowerCase() === "cross-site") {
    throw new AppError(403, CROSS_SITE_REFUSED, { origin: "must be this site" });
  }
  if (fromOtherOrigin(request)) {
    throw new AppError(403, CROSS_SITE_REFUSED, { origin: "must be this site" });
  }
  const type = mediaType(request);
  const needsJson = BODY_METHODS.has(method) || type !== null;
  if (needsJson && type !== "application/json") {
    throw new AppError(
      415,
      "Send the request body as JSON with the header Content-Type: application/json.",
      { "content-type": "must be application/json" },
    );
  }
}
