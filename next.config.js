/**
 * Headers for every response. The per-request Content-Security-Policy of pages and API routes
 * is set in proxy.ts (it needs a fresh nonce); build output gets the fixed one below.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors 'none' in the CSP says this to current browsers; this is for older ones.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Scripts, styles, fonts and the simulation worker under /_next/static. A worker runs under
 * the policy sent with its script, so this one must let it import our own chunks ('self') and
 * compile the simulation's WebAssembly kernel ('wasm-unsafe-eval': WebAssembly only, no eval).
 */
const staticFilePolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** JSON from the API: nothing in it may load or run anything, nor be framed. */
const apiPolicy = "default-src 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  // gzip in the app process costs about a fifth of its throughput on small JSON (bench:load).
  // Behind a reverse proxy that compresses (the several-instances setup), turn it off here.
  compress: process.env.HTTP_COMPRESSION !== "off",
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiPolicy }] },
      {
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: staticFilePolicy }],
      },
    ];
  },
};

module.exports = nextConfig;
