import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "@/lib/http/csp";

/** The policy as a map from directive to its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe("content security policy", () => {
  it("allows scripts only with the response's nonce, never inline or eval in production", () => {
    const script = parse(contentSecurityPolicy("abc123==")).get("script-src") ?? [];
    expect(script).toEqual(expect.arrayContaining(["'nonce-abc123=='", "'strict-dynamic'"]));
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
  });

  it("lets the simulation compile WebAssembly (its kernel), which allows no JS eval", () => {
    const script = parse(contentSecurityPolicy("n")).get("script-src");
    expect(script).toContain("'wasm-unsafe-eval'");
  });

  it("adds eval only for React's development build", () => {
    const script = parse(contentSecurityPolicy("n", { dev: true })).get("script-src");
    expect(script).toContain("'unsafe-eval'");
  });

  it.each([
    ["frame-ancestors", ["'none'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["img-src", ["'self'", "data:", "blob:"]],
    ["font-src", ["'self'", "data:"]],
    ["worker-src", ["'self'", "blob:"]],
  ])("sets %s to %j", (directive, sources) => {
    expect(parse(contentSecurityPolicy("n")).get(directive)).toEqual(sources);
  });

  it("makes a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
