/**
 * Claims a lesson makes about its plot, as data next to the lesson text. Each claim quotes the
 * lesson's words and carries a check run against the scenario, at its defaults and across its
 * slider ranges (tests/unit/content/claims.test.ts), so a default and the sentence beside it
 * cannot drift apart without a test failing.
 */
import type { ParamValues, ScenarioResult } from "@/lib/sim";

export interface PlotClaim {
  id: string;
  /**
   * Words the claim is about, verbatim from a section or deep-dive body of the lesson (whitespace is
   * normalised), or from the scenario's caption when `inCaption` is set.
   */
  quote: string;
  inCaption?: boolean;
  /** Scenario to run; the lesson's own by default. */
  scenarioId?: string;
  /** Overrides of the defaults for this claim (the rest stay at their defaults). */
  params?: ParamValues;
  /**
   * Sliders (and choices) to sweep across their whole range, one at a time, with the others at
   * `params` or the defaults. The claim must hold at every value.
   */
  across?: readonly string[];
  /** Explicit values to try, one parameter at a time (e.g. forty seeds). */
  values?: Readonly<Record<string, readonly (number | string)[]>>;
  /** null when the claim holds; otherwise what the run showed instead. */
  check: (r: ScenarioResult, values: ParamValues) => string | null;
}

export interface LessonClaims {
  lessonId: string;
  claims: readonly PlotClaim[];
}
