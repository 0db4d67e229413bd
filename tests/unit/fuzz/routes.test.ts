// Property: whatever arrives (malformed JSON, wrong types, huge or weird strings, garbage path
// parameters, lying Content-Length, chunked bodies, any role), every route handler answers
// below 500 and every 4xx carries a message. Seeded: a failure prints its seed and path.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { nastyBody, nastyHeaders, nastyParam, role } from "./support/arbitraries";
import { callRoute, problemsWith, wellFormed } from "./support/call";
import { createWorld, type World } from "./support/world";
import { HTTP_METHODS, paramNames, ROUTES } from "./table";

vi.mock("next/headers", async () => (await import("./support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("./support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("./support/next-state")).freshEnvModule(original),
);

const SEED = 20_260_901;
/** Runs per handler; PostgreSQL gets fewer (slower, and the handlers are the same code). */
const RUNS = { sqlite: 100, postgresql: 12 } as const;

type Handler = Parameters<typeof callRoute>[1];

const handlers = await Promise.all(
  ROUTES.map(async (entry) => {
    const mod = await entry.load();
    return HTTP_METHODS.filter((m) => typeof mod[m] === "function").map((method) => ({
      file: entry.file,
      keys: entry.body ?? [],
      method,
      handler: mod[method] as Handler,
    }));
  }),
).then((lists) => lists.flat());

await describeBothProviders(
  "route handlers under hostile input",
  ({ provider, freshDatabaseUrl }) => {
    let world: World;
    beforeAll(async () => {
      world = await createWorld(freshDatabaseUrl());
    });
    afterAll(async () => releaseDatabase(world.db));

    it.each(handlers)("$method $file", async ({ file, method, handler, keys }) => {
      const names = paramNames(file);
      const call = fc.record({
        role: role(),
        headers: nastyHeaders(),
        params: fc.tuple(...names.map((name) => nastyParam(world, name))),
        body: fc.option(nastyBody(world, keys), { nil: undefined, freq: 8 }),
        chunked: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(call, async ({ params, ...rest }) => {
          const outcome = await callRoute(world, handler, {
            ...rest,
            file,
            method,
            params: Object.fromEntries(names.map((n, i) => [n, wellFormed(params[i] ?? "")])),
          });
          expect(problemsWith(outcome)).toEqual([]);
        }),
        { numRuns: RUNS[provider], seed: SEED },
      );
    });
  },
);
