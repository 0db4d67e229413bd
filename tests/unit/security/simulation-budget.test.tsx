// One anonymous request could pin a core: the spectral sweep at 200 steps and 32 units costs
// about a second of CPU, from the lab page's link, a lesson link or a tutor message. The server
// now runs a simulation only within its budget and leaves larger ones to the browser's worker.
import { renderToString } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import ScenarioPage from "@/app/(learner)/lab/[scenarioId]/page";
import LessonPage from "@/app/(learner)/lessons/[lessonId]/page";
import * as tutor from "@/app/api/tutor/route";
import { runWithinBudget, scenarios, SERVER_COST_BUDGET } from "@/lib/sim";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { beginRequest } from "../fuzz/support/next-state";
import { createWorld, type World } from "../fuzz/support/world";
import { callAs } from "./support";

vi.mock("next/headers", async () => (await import("../fuzz/support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../fuzz/support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("../fuzz/support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("../fuzz/support/next-state")).freshEnvModule(original),
);

const SWEEP = "spectral-radius-sweep";
const WORST = {
  steps: "200",
  hiddenSize: "32",
  activation: "tanh",
  matrix: "gaussian",
  inputScale: "2",
  seed: "7",
};
const sweep = () => {
  const def = scenarios[SWEEP];
  if (!def) throw new Error(`no scenario ${SWEEP}`);
  return def;
};

afterEach(() => vi.restoreAllMocks());

describe("the server's simulation budget", () => {
  it("runs every scenario's defaults and refuses the worst sweep with its cost", () => {
    for (const def of Object.values(scenarios)) {
      const defaults = Object.fromEntries(
        Object.entries(def.params).map(([name, p]) => [name, p.default]),
      );
      expect(runWithinBudget(def, defaults).ok, def.id).toBe(true);
    }
    const worst = { ...WORST, steps: 200, hiddenSize: 32, inputScale: 2, seed: 7 };
    const refused = runWithinBudget(sweep(), worst);
    expect(refused).toEqual({ ok: false, cost: sweep().cost(worst), budget: SERVER_COST_BUDGET });
  });

  it("leaves the lab page's worst case to the browser instead of running it", async () => {
    const run = vi.spyOn(sweep(), "run");
    beginRequest({}, new Headers());
    const page = await ScenarioPage({
      params: Promise.resolve({ scenarioId: SWEEP }),
      searchParams: Promise.resolve(WORST),
    });
    const html = renderToString(page);
    expect(run).not.toHaveBeenCalled();
    expect(html).toContain("too large to compute on the server");
  });

  it("leaves a lesson link's worst case to the browser too", async () => {
    const lesson = "bptt-basics";
    const run = vi.spyOn(sweep(), "run");
    beginRequest({}, new Headers());
    const page = await LessonPage({
      params: Promise.resolve({ lessonId: lesson }),
      searchParams: Promise.resolve(WORST),
    });
    renderToString(page);
    expect(run).not.toHaveBeenCalled();
  });
});

await describeBothProviders(
  "a tutor message asking for the worst sweep",
  ({ freshDatabaseUrl }) => {
    let world: World;
    beforeAll(async () => {
      world = await createWorld(freshDatabaseUrl());
    });
    afterAll(async () => releaseDatabase(world.db));

    it("is answered without running it on the server, with the plot left to the browser", async () => {
      const run = vi.spyOn(sweep(), "run");
      const turn = await callAs(world, tutor.POST, {
        userId: null,
        method: "POST",
        path: "/api/tutor",
        body: {
          message:
            "what if the spectral radius sweep uses 200 steps, 32 hidden units, gaussian matrix, input size 2?",
          lessonId: "bptt-basics",
        },
      });
      expect(turn.status).toBe(200);
      const reply = JSON.parse(turn.text) as { reply: string; plot?: { scenarioId: string } };
      expect(run).not.toHaveBeenCalled();
      expect(reply.plot?.scenarioId).toBe(SWEEP);
      expect(reply.reply).toMatch(/too large to compute on the server/);
    });
  },
);
