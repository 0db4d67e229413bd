import type { ParamValues } from "@/lib/sim";
import type { HistoryTurn } from "../types";

/** What a simulation request carries: the message, what is on screen and what the thread decided. */
export interface SimulateInput {
  message: string;
  lessonId?: string;
  params?: ParamValues;
  history?: readonly HistoryTurn[];
  /** The lesson retrieval ranked first, used when nothing else decides. */
  retrievedLessonId?: string;
  /** Run this scenario (a follow-up to the last run, or the plot on screen). */
  scenarioId?: string;
  /** The scenario `params` belong to, when it is not the open lesson's. */
  paramsScenarioId?: string;
  /** The dial a bare number is for ("and with 0?" after changing the forget bias). */
  fallbackKey?: string;
  /** The thread's last run: "now with sigmoid" varies it unless the message names another. */
  lastScenarioId?: string;
  /** Values decided by the dialogue rather than read from the message ("the other one"). */
  set?: Record<string, number | string>;
}
