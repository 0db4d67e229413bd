/**
 * Run requests in new words (wordings/simulate-requests-2.json): every scenario, named by its
 * name or by what it shows, dials in everyday words, values in digits, words, "1e-2" or "2%".
 * A run sets exactly the named dials (the others stay at their defaults); a value out of range
 * is clamped and the reply says the range. The file's expected runs are checked first: each is
 * in range and within the server's cost budget.
 *
 * Both parts were written before the reading of requests was generalised. "tuning" was used while
 * doing it (29/30 before, 30/30 after); "heldAside" was not looked at item by item and measured
 * 15/15 both before and after, so it asserts every item.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defaultParams, getScenario, parseScenarioParams, SERVER_COST_BUDGET } from "@/lib/sim";
import { lastReply } from "./thread";

const Request = z.object({
  message: z.string(),
  scenario: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string()])),
  clamped: z.boolean().optional(),
});
type Request = z.infer<typeof Request>;
const Wordings = z.object({ tuning: z.array(Request), heldAside: z.array(Request) });

const wordings = Wordings.parse(
  JSON.parse(readFileSync(join(__dirname, "wordings", "simulate-requests-2.json"), "utf8")),
);

/** The run a request should produce: the scenario's defaults with the named dials set. */
function expectedRun(r: Request) {
  const def = getScenario(r.scenario);
  if (!def) throw new Error(`unknown scenario ${r.scenario}`);
  return { def, params: { ...defaultParams(def.params), ...r.params } };
}

const same = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 : a === b;

async function misses(r: Request): Promise<string[]> {
  const { params } = expectedRun(r);
  const reply = await lastReply([r.message]);
  const out: string[] = [];
  if (reply.plot?.scenarioId !== r.scenario) out.push(`scenario ${String(reply.plot?.scenarioId)}`);
  else {
    const got = reply.plot.params;
    const keys = new Set([...Object.keys(got), ...Object.keys(params)]);
    const wrong = [...keys].filter((k) => !same(got[k], params[k]));
    if (wrong.length > 0)
      out.push(`params ${wrong.map((k) => `${k}=${String(got[k])}`).join(" ")}`);
  }
  if (r.clamped && !/can go from/.test(reply.reply)) out.push("no note on the clamped value");
  if (!r.clamped && /can go from|couldn't tell/.test(reply.reply)) out.push("unexpected note");
  return out;
}

describe("the wordings file", () => {
  it.each([...wordings.tuning, ...wordings.heldAside].map((r) => [r.message, r] as const))(
    "expects a run in range and within budget: %s",
    (_, r) => {
      const { def, params } = expectedRun(r);
      for (const key of Object.keys(r.params)) expect(def.params).toHaveProperty(key);
      expect(() => parseScenarioParams(def, params)).not.toThrow();
      expect(def.cost(params)).toBeLessThanOrEqual(SERVER_COST_BUDGET);
    },
  );
});

describe("run requests in new words", () => {
  it.each(wordings.tuning.map((r) => [r.message, r] as const))("%s", async (_, r) => {
    expect(await misses(r)).toEqual([]);
  });
});

describe("run requests held aside", () => {
  it("runs the requested scenario with exactly the requested dials", async () => {
    const failed: string[] = [];
    for (const r of wordings.heldAside) {
      const m = await misses(r);
      if (m.length > 0) failed.push(`${r.message}: ${m.join(", ")}`);
    }
    expect(failed).toEqual([]);
  });
});
