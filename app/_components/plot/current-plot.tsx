"use client";

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { PlotContext } from "@/lib/contracts/tutor";
import type { ParamValues } from "@/lib/sim/scenario-types";

/**
 * The plot on screen, for the tutor chat beside it: the page's own ScenarioLab publishes its
 * scenario and dial values, the chat reads them and sends them with each question, so "why does
 * the plot go flat here?" is about the values the learner is looking at. State lives in the
 * provider (one per page), not in a module-level variable.
 */
interface CurrentPlot {
  plot: PlotContext | null;
  setPlot: (plot: PlotContext | null) => void;
}

const CurrentPlotContext = createContext<CurrentPlot | null>(null);

export function CurrentPlotProvider({ children }: { children: ReactNode }) {
  const [plot, setPlot] = useState<PlotContext | null>(null);
  const value = useMemo(() => ({ plot, setPlot }), [plot]);
  return <CurrentPlotContext.Provider value={value}>{children}</CurrentPlotContext.Provider>;
}

/** The plot on screen, or null (none, or outside a provider). */
export function useCurrentPlot(): PlotContext | null {
  return useContext(CurrentPlotContext)?.plot ?? null;
}

/** Publishes a plot while it is mounted (and its values as they change); a no-op without a provider. */
export function usePublishPlot(scenarioId: string, params: ParamValues, enabled: boolean): void {
  const setPlot = useContext(CurrentPlotContext)?.setPlot;
  useEffect(() => {
    if (!setPlot || !enabled) return;
    setPlot({ scenarioId, params });
    return () => setPlot(null);
  }, [setPlot, enabled, scenarioId, params]);
}
