import type { ExplorationMove } from "@/lib/contracts/exploration";
import { getLesson, getQuestion } from "@/lib/content";
import { formatParamValue } from "@/lib/plot";
import { getScenario, type ParamDefs } from "@/lib/sim";
import { formatSeconds } from "../ui/format";

/** One run of moves on the same slider: "forget-gate bias 0 (1.2 s), 1 (2.5 s)". */
export interface TimelineRun {
  param: string;
  label: string;
  tries: { value: string; at: string }[];
}

/** The sliders of the plot beside a question: its lesson's scenario. */
export function plotDefsOf(questionId: string): ParamDefs {
  const lessonId = getQuestion(questionId)?.lessonId;
  const scenarioId = lessonId ? getLesson(lessonId)?.scenarioId : undefined;
  return (scenarioId ? getScenario(scenarioId)?.params : undefined) ?? {};
}

/** "Forget-gate bias" reads as "forget-gate bias" mid-sentence; "LSTM units" stays. */
function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}

/** Consecutive moves of one slider grouped, in the order the learner made them. */
export function timelineRuns(moves: readonly ExplorationMove[], defs: ParamDefs): TimelineRun[] {
  const runs: TimelineRun[] = [];
  for (const move of moves) {
    const step = {
      value: formatParamValue(move.param, move.value, defs),
      at: formatSeconds(move.t),
    };
    const last = runs.at(-1);
    if (last?.param === move.param) last.tries.push(step);
    else {
      const label = midSentence(defs[move.param]?.label ?? move.param);
      runs.push({ param: move.param, label, tries: [step] });
    }
  }
  return runs;
}

/** "tried forget-gate bias 0 (1.2 s), 1 (2.5 s), 3 (4.1 s); steps 200 steps (6.0 s)" */
export function timelineText(moves: readonly ExplorationMove[], defs: ParamDefs): string {
  return `tried ${timelineRuns(moves, defs)
    .map((run) => `${run.label} ${run.tries.map((s) => `${s.value} (${s.at})`).join(", ")}`)
    .join("; ")}`;
}
