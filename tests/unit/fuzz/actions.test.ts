// Property: a server action given any form (missing, unknown, repeated, file or hostile fields)
// by any role either redirects (Next's signal) or returns form state, and form state that is
// not plain success carries a message. An empty form is always refused with a message.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { nastyFormData, role } from "./support/arbitraries";
import { callAction, type ActionOutcome, type FormState } from "./support/call";
import { createWorld, ROLES, type World } from "./support/world";
import { ACTION_FILES } from "./table";

vi.mock("next/headers", async () => (await import("./support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("./support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("./support/next-state")).freshEnvModule(original),
);

const SEED = 20_260_902;
const RUNS = { sqlite: 100, postgresql: 12 } as const;

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

const actions = await Promise.all(
  ACTION_FILES.map(async (entry) => {
    const mod = await entry.load();
    return Object.entries(entry.actions).map(([name, keys]) => ({
      name: `${entry.file} ${name}`,
      keys,
      action: mod[name] as Action,
    }));
  }),
).then((lists) => lists.flat());

function problemsWith(outcome: ActionOutcome): string[] {
  if (outcome.kind === "signal") {
    return /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK);/.test(outcome.digest)
      ? []
      : [`odd signal ${outcome.digest}`];
  }
  const { state } = outcome;
  if (state === undefined) return [];
  if (typeof state !== "object" || state === null) return [`returned ${String(state)}`];
  if (Object.keys(state).length === 0) return [];
  return typeof state.message === "string" && state.message.trim() !== ""
    ? []
    : [`form state without a message: ${JSON.stringify(state)}`];
}

await describeBothProviders(
  "server actions under hostile forms",
  ({ provider, freshDatabaseUrl }) => {
    let world: World;
    beforeAll(async () => {
      world = await createWorld(freshDatabaseUrl());
    });
    afterAll(async () => releaseDatabase(world.db));

    it.each(actions)("$name", async ({ action, keys }) => {
      const previous = fc.constantFrom<FormState>({}, { message: "earlier" }, undefined);
      await fc.assert(
        fc.asyncProperty(role(), nastyFormData(world, keys), previous, async (who, form, prev) => {
          expect(problemsWith(await callAction(world, action, who, form, prev))).toEqual([]);
        }),
        { numRuns: RUNS[provider], seed: SEED },
      );
    });

    it.each(actions.filter((a) => a.keys.length > 0))(
      "$name refuses an empty form with a message, for every role",
      async ({ action }) => {
        for (const who of ROLES) {
          const outcome = await callAction(world, action, who, new FormData());
          expect(outcome.kind === "state" && outcome.state?.message, who).toBeTruthy();
        }
      },
    );
  },
);
