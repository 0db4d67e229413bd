/** The dial a bare number means when the message names none. */
import type { ScenarioDefinition } from "@/lib/sim";
import type { HistoryTurn } from "../types";
import { findMentions } from "./mentions";

/** The dial a bare number ("what if it were 5?") most likely means. */
export function fallbackKey(
  def: ScenarioDefinition,
  history: readonly HistoryTurn[] | undefined,
): string | undefined {
  for (const turn of [...(history ?? [])].reverse()) {
    if (turn.role !== "user") continue;
    const m = findMentions(turn.content, def.params).find(
      (x) => x.value === undefined && x.key !== "seed",
    );
    if (m) return m.key;
  }
  return Object.entries(def.params).find(
    ([key, d]) =>
      d.kind === "number" &&
      key !== "seed" &&
      d.unit !== "steps" &&
      d.unit !== "units" &&
      !/steps|length/i.test(d.label),
  )?.[0];
}
