/**
 * "The other one" after a run: the other side of the pair the run changed. A choice of two
 * (the 1997 cell or the one with a forget gate, bit 1 or 0, identity or orthogonal) flips; a
 * model's dial in a comparison of two models (the GRU's update-gate bias, the LSTM's forget-gate
 * bias) moves to the other model, the first going back to its default.
 */
import { getScenario } from "@/lib/sim";
import { simulate } from "./actions";
import type { Decision, Turn } from "./turn";

/** The same role in the other model of a comparison. */
const OTHER_MODEL: Readonly<Record<string, string>> = {
  updateBias: "forgetBias",
  forgetBias: "updateBias",
};

export function otherRun(turn: Turn): Decision | undefined {
  const sim = turn.state.sim;
  const def = sim ? getScenario(sim.scenarioId) : undefined;
  if (!sim || !def) return undefined;
  return swapped(turn, sim, def) ?? sameRun(turn, sim);
}

type Sim = NonNullable<Turn["state"]["sim"]>;

/** The last change that has another side to switch to, switched. */
function swapped(
  turn: Turn,
  sim: Sim,
  def: NonNullable<ReturnType<typeof getScenario>>,
): Decision | undefined {
  for (const key of [...sim.changed].reverse()) {
    const p = def.params[key];
    if (!p) continue;
    let set: Record<string, number | string> | undefined;
    if (p.kind === "choice" && p.options.length === 2) {
      const other = p.options.find((o) => o.value !== sim.params[key]);
      if (other) set = { [key]: other.value };
    }
    const partner = OTHER_MODEL[key];
    const value = sim.params[key];
    if (p.kind === "number" && partner && def.params[partner] && typeof value === "number")
      set = { [key]: p.default, [partner]: value };
    if (set)
      return simulate(turn, {
        message: "",
        scenarioId: sim.scenarioId,
        params: sim.params,
        paramsScenarioId: sim.scenarioId,
        set,
      });
  }
  return undefined;
}

/**
 * Nothing in the run comes in a pair (the RNN against the LSTM has a dial for the LSTM only): the
 * same run again, whose reply reads every curve, the other model's too.
 */
function sameRun(turn: Turn, sim: Sim): Decision {
  const run = simulate(turn, {
    message: "",
    scenarioId: sim.scenarioId,
    params: sim.params,
    paramsScenarioId: sim.scenarioId,
  });
  const lead =
    "Nothing in this run comes in a pair I could switch, so here it is again: the reply reads every curve, the other model's too.";
  return { ...run, reply: { ...run.reply, reply: `${lead} ${run.reply.reply}` } };
}
