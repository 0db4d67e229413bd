/**
 * "The other one" after a run: the other side of the pair the run changed. A choice of two
 * (the 1997 cell or the one with a forget gate, bit 1 or 0, identity or orthogonal) flips; a
 * model's dial in a comparison of two models (the GRU's update-gate bias, the LSTM's forget-gate
 * bias) moves to the other model, the first going back to its default. When the run changed
 * nothing of the kind, a choice of two the message names ("the other variant"), or the
 * scenario's only one, flips.
 */
import { getScenario, type ParamDefs, type ScenarioDefinition } from "@/lib/sim";
import { simulate } from "./actions";
import type { Decision, Turn } from "./turn";

/** The same role in the other model of a comparison. */
const OTHER_MODEL: Readonly<Record<string, string>> = {
  updateBias: "forgetBias",
  forgetBias: "updateBias",
};

type Sim = NonNullable<Turn["state"]["sim"]>;
type Values = Record<string, number | string>;

export function otherRun(turn: Turn, message: string): Decision | undefined {
  const sim = turn.state.sim;
  const def = sim ? getScenario(sim.scenarioId) : undefined;
  if (!sim || !def) return undefined;
  const set = fromChanges(sim, def) ?? namedChoice(message, sim, def.params);
  if (!set) return sameRun(turn, sim);
  return simulate(turn, {
    message: "",
    scenarioId: sim.scenarioId,
    params: sim.params,
    paramsScenarioId: sim.scenarioId,
    set,
  });
}

/** The last change that has another side, switched to it. */
function fromChanges(sim: Sim, def: ScenarioDefinition): Values | undefined {
  for (const key of [...sim.changed].reverse()) {
    const p = def.params[key];
    if (p?.kind === "choice") {
      const flipped = flip(key, sim, def.params);
      if (flipped) return flipped;
    }
    const partner = OTHER_MODEL[key];
    const value = sim.params[key];
    if (p?.kind === "number" && partner && def.params[partner] && typeof value === "number")
      return { [key]: p.default, [partner]: value };
  }
  return undefined;
}

/** A choice of two options, set to the one the run does not use. */
function flip(key: string, sim: Sim, params: ParamDefs): Values | undefined {
  const p = params[key];
  if (p?.kind !== "choice" || p.options.length !== 2) return undefined;
  const other = p.options.find((o) => o.value !== sim.params[key]);
  return other ? { [key]: other.value } : undefined;
}

/** "the other variant", "the other bit": the two-way choice whose label or key the noun names. */
function namedChoice(message: string, sim: Sim, params: ParamDefs): Values | undefined {
  const pairs = Object.keys(params).filter((k) => flip(k, sim, params));
  const noun = /\bother\s+([a-z]+)/i.exec(message)?.[1]?.toLowerCase();
  const named = noun
    ? pairs.filter((k) => `${k} ${params[k]?.label ?? ""}`.toLowerCase().includes(noun.slice(0, 4)))
    : [];
  const key = named.length === 1 ? named[0] : pairs.length === 1 ? pairs[0] : undefined;
  return key ? flip(key, sim, params) : undefined;
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
