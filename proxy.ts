import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/http/csp";

/**
 * Gives every page and API response a Content-Security-Policy with a nonce of its own. Next.js
 * reads the nonce from the request's CSP header while rendering and puts it on the scripts it
 * emits, so only those run; an injected <script> has no nonce and is refused. The static
 * headers (nosniff, referrer policy, …) come from next.config.js.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), {
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Pages lay their plots out for the viewport (app/_components/plot/layout-width.ts): ask for
  // its width with later requests. No Vary for it: pages are sent private and no-store.
  response.headers.set("Accept-CH", "Sec-CH-Viewport-Width");
  return response;
}

export const config = {
  matcher: [
    // Build output (/_next/static) is immutable and gets a fixed policy from next.config.js: a
    // nonce there would be pointless, and a worker script is governed by the policy sent with
    // it, where 'strict-dynamic' without a nonce would stop the worker loading its chunks.
    //
    // API routes answer JSON, which no browser renders as a page: they get the fixed policy
    // below from next.config.js instead, and skip this per-request step (the hottest routes).
    "/((?!_next/static|_next/image|api/).*)",
  ],
};
