/**
 * The Content-Security-Policy of every page and API response (proxy.ts adds it with a fresh
 * nonce per request). Pure and free of Node built-ins: the proxy may run in any runtime.
 */

/** 16 random bytes, base64: unguessable, and new for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Scripts run only with this response's nonce (Next.js puts it on its own tags, read from
    // the request's CSP header); 'strict-dynamic' lets those scripts load the app's chunks.
    // React's development build needs eval for its debugging aids; production never does.
    // 'wasm-unsafe-eval' lets the simulation compile its WebAssembly kernel (lib/sim/wasm);
    // it allows no JS eval. Without it the browser refuses, and lib/sim falls back to TS.
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'wasm-unsafe-eval'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    // 'unsafe-inline' for styles only: React style attributes (plot colours, progress bars) and
    // KaTeX's inline sizing are style attributes, which a nonce cannot cover. Styles cannot run
    // code; scripts stay nonce-only.
    "style-src": ["'self'", "'unsafe-inline'"],
    // data: and blob: for the plot exports (an SVG drawn to a canvas, PNG downloads).
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    // The simulation lab runs scenarios in a module worker from our origin.
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    // No site may frame us (clickjacking); X-Frame-Options DENY says the same to old browsers.
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
