import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const STRONG = "k3J9-vQ2pX8_rT5mW1zL7yB4nH6cF0dG2sA9eU3iO";

describe("parseEnv", () => {
  it("defaults DATABASE_URL to the git-ignored SQLite file", () => {
    expect(parseEnv({ AUTH_SECRET: STRONG }).DATABASE_URL).toBe("file:./data/dev.db");
  });

  it("accepts PostgreSQL URLs", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/test";
    expect(parseEnv({ AUTH_SECRET: STRONG, DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL: expected a SQLite URL"],
    [{ NODE_ENV: "staging" }, "NODE_ENV:"],
    [{ COOKIE_SECURE: "yes" }, "COOKIE_SECURE:"],
    [{ TRUSTED_PROXIES: "proxy.internal" }, 'TRUSTED_PROXIES: "proxy.internal" is not an address'],
  ])("names the variable in error for %j", (bad, message) => {
    expect(() => parseEnv({ AUTH_SECRET: STRONG, ...bad })).toThrow(message);
  });

  it("stops a production start without a secret", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(
      /AUTH_SECRET: required in production/,
    );
  });

  it.each(["short", "a".repeat(40), "replace-me-with-a-long-random-string"])(
    "refuses the weak secret %s",
    (secret) => {
      expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret })).toThrow(EnvError);
      expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret })).toThrow(
        /AUTH_SECRET/,
      );
    },
  );

  it("accepts a strong secret in production", () => {
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: STRONG }).AUTH_SECRET).toBe(STRONG);
  });
});
