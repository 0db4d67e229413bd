/**
 * Follow-ups that run again: a bare value ("and with 0?") or a factor ("double it") for the last
 * run's main dial or the last calculation's main input, "show me", and a choice swapped into the
 * last run ("and with sigmoid?").
 */
import { getLesson } from "@/lib/content";
import { getScenario } from "@/lib/sim";
import { calculate } from "../answer/calc";
import { findMentions } from "../simulate/mentions";
import { ABOUT_PLOT, plotReply } from "../simulate/plot";
import { chooseScenario } from "../simulate/reply";
import { simulate } from "./actions";
import { calcFollowUp } from "./calc-other-case";
import { calcDecision } from "./calc-thread";
import { showCode } from "./show-code";
import type { FollowUp } from "./followup";
import { sameQuestionAbout } from "./subject";
import type { Decision, Turn } from "./turn";

/** A value or a factor for the thread's main dial or input; undefined when there is none. */
export function rerunWith(turn: Turn, f: FollowUp, message: string): Decision | undefined {
  const { state } = turn;
  const sim = state.sim;
  if (f.kind === "number" && sim) {
    const key = mainDial(sim.changed);
    return simulate(turn, {
      message,
      scenarioId: sim.scenarioId,
      params: sim.params,
      paramsScenarioId: sim.scenarioId,
      ...(key ? { fallbackKey: key } : {}),
    });
  }
  if (f.kind === "scale") return changeMain(turn, (v) => v * f.factor, f.dial);
  if (f.kind === "sign") return changeMain(turn, (v) => f.sign * Math.abs(v));
  if (f.kind === "number") {
    // "What does the forget bias do?" then "and with 0?": run the dial the question named.
    const def = state.asked
      ? chooseScenario({ message: state.asked, ...(state.topic ? { lessonId: state.topic } : {}) })
      : undefined;
    const key =
      def && state.asked
        ? findMentions(state.asked, def.params).find(
            (m) => m.value === undefined && m.key !== "seed",
          )?.key
        : undefined;
    if (def && key) return simulate(turn, { message, scenarioId: def.id, fallbackKey: key });
  }
  // Otherwise a plain "what if" (the plot on screen, or the lesson's).
  return undefined;
}

/** "show me": the last run again, or the thread's lesson's scenario. */
export function showRun(turn: Turn): Decision | undefined {
  const { state } = turn;
  const sim = state.sim;
  if (sim)
    return simulate(turn, {
      message: "",
      scenarioId: sim.scenarioId,
      params: sim.params,
      paramsScenarioId: sim.scenarioId,
    });
  // No run yet: a procedure the course writes out in code is shown as that code.
  const code = showCode(turn);
  if (code) return code;
  const scenarioId = state.topic ? getLesson(state.topic)?.scenarioId : undefined;
  return scenarioId ? simulate(turn, { message: "", scenarioId }) : undefined;
}

/** "and the lstm?" about the plot, "and for sigmoid?" after a calculation or a run. */
export function runAbout(
  turn: Turn,
  f: Extract<FollowUp, { kind: "what-about" }>,
): Decision | undefined {
  const { state } = turn;
  const sim = state.sim;
  // "what does the gru curve show?", then "and the lstm?": the same run, read again.
  const plotAsked = state.asked && ABOUT_PLOT.test(state.asked) ? state.asked : undefined;
  const same = plotAsked ? sameQuestionAbout(plotAsked, f.subject) : undefined;
  if (sim && same)
    return {
      reply: plotReply({ scenarioId: sim.scenarioId, params: sim.params }, turn.request.lessonId),
      facts: { asked: same },
    };
  const recalc = calcFollowUp(state.asked, f.subject);
  if (recalc) return recalc;
  // "and with sigmoid?" after a run: the same run with that choice.
  const params = getScenario(sim?.scenarioId ?? "")?.params;
  if (sim && params && findMentions(f.subject, params).some((m) => m.value !== undefined))
    return simulate(turn, {
      message: f.subject,
      scenarioId: sim.scenarioId,
      params: sim.params,
      paramsScenarioId: sim.scenarioId,
    });
  return undefined;
}

const LENGTH_DIALS = /^(steps|depth|hiddenSize|seed)$/;

/** The dial a bare follow-up number is for: the last one changed that is not a length or size. */
function mainDial(changed: readonly string[]): string | undefined {
  return [...changed].reverse().find((k) => !LENGTH_DIALS.test(k)) ?? changed.at(-1);
}

/**
 * "double it", "make it negative" after a run: the run's main dial changed so; after a
 * calculation, its main input.
 */
function changeMain(
  turn: Turn,
  change: (value: number) => number,
  dial?: string,
): Decision | undefined {
  const { state } = turn;
  const sim = state.sim;
  const params = getScenario(sim?.scenarioId ?? "")?.params;
  // "double the recurrent scale": the dial named, when the run has it; no other one instead.
  const named = dial && params ? findMentions(dial, params)[0]?.key : undefined;
  if (dial && !named) return undefined;
  if (sim && params) {
    const key =
      named ??
      mainDial(sim.changed) ??
      Object.keys(params).find((k) => params[k]?.kind === "number" && !LENGTH_DIALS.test(k));
    const current = key ? sim.params[key] : undefined;
    if (key && typeof current === "number")
      return simulate(turn, {
        message: String(Number(change(current).toPrecision(6))),
        scenarioId: sim.scenarioId,
        params: sim.params,
        paramsScenarioId: sim.scenarioId,
        fallbackKey: key,
      });
  }
  const span = state.asked ? calculate(state.asked)?.vary : undefined;
  if (!state.asked || !span) return undefined;
  const value = Number(state.asked.slice(span[0], span[1]).replace("−", "-"));
  if (!Number.isFinite(value)) return undefined;
  const next = String(Number(change(value).toPrecision(6)));
  const asked = `${state.asked.slice(0, span[0])}${next}${state.asked.slice(span[1])}`;
  const calc = calculate(asked);
  return calc ? calcDecision(calc, asked) : undefined;
}
