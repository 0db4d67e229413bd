"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { EXPLORATION_SETTLE_MS, type ExplorationMove } from "@/lib/contracts/exploration";
import { useCurrentPlot } from "../plot/current-plot";
import { noteChange, settle, sliderValues, startLog, takeMoves } from "./exploration-log";
import type { ExplorationLog } from "./exploration-log";

/** The contract's bound on a move's time (a day, as timeTakenMs). */
const MAX_T = 86_400_000;

/**
 * Records how the learner moves the sliders of the page's own plot (published by ScenarioLab
 * through CurrentPlotProvider) while a question is open. `restart()` when a question is shown;
 * `take()` when a try is sent. Nothing is recorded where the page has no plot (reviews).
 */
export function useExplorationLog() {
  const plot = useCurrentPlot();
  const log = useRef<ExplorationLog | null>(null);
  const shownAt = useRef(0);
  const seen = useRef<{ scenarioId: string; values: Record<string, number> } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!plot) return;
    const values = sliderValues(plot.params);
    const before = seen.current;
    seen.current = { scenarioId: plot.scenarioId, values };
    if (!log.current || !before || before.scenarioId !== plot.scenarioId) {
      log.current = startLog(values);
      return;
    }
    // A monotonic clock: the contract refuses a move stamped before the one before it.
    const t = Math.min(Math.round(performance.now() - shownAt.current), MAX_T);
    let next = log.current;
    for (const [param, value] of Object.entries(values)) {
      if (before.values[param] !== value) next = noteChange(next, param, value, t);
    }
    log.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (log.current) log.current = settle(log.current);
    }, EXPLORATION_SETTLE_MS);
  }, [plot]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const restart = useCallback(() => {
    shownAt.current = performance.now();
    clearTimeout(timer.current);
    log.current = seen.current ? startLog(seen.current.values) : null;
  }, []);

  const take = useCallback((): ExplorationMove[] => {
    if (!log.current) return [];
    const { moves, log: rest } = takeMoves(log.current);
    log.current = rest;
    return moves;
  }, []);

  // Stable across renders: the quiz's effects and callbacks depend on it.
  return useMemo(() => ({ restart, take }), [restart, take]);
}
