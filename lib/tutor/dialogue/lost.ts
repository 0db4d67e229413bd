/**
 * "Huh?" right after a run: the learner did not follow the run's reply, so the same run is said
 * plainly (simulate/plain.ts) rather than answered from the course's text about something else.
 * "Why?" right after a run asks why the curve looks as it does: what sets its per-step factor.
 */
import { lessons } from "@/lib/content";
import { plainRun } from "../simulate/plain";
import { regime } from "../simulate/regime";
import { explain } from "./actions";
import type { Decision, Turn } from "./turn";

/** A built-in run reply names what it ran in bold ("I ran **…**", "I set up **…**"). */
const RUN_REPLY = /\bI (?:ran|set up|re-ran) \*\*|^At the plot's current values/;

const LENGTHS = /^(steps|depth|hiddenSize|seed)$/;

/** The thread's run, when the last reply was that run's. */
function runJustShown(turn: Turn) {
  const sim = turn.state.sim;
  const last = (turn.request.history ?? []).filter((t) => t.role === "assistant").at(-1);
  return sim && last && RUN_REPLY.test(last.content) ? sim : undefined;
}

/** "Why?" after a run: the regime of the dials it changed (or all of them), with its numbers. */
export function whyAfterRun(turn: Turn): string | undefined {
  const sim = runJustShown(turn);
  if (!sim) return undefined;
  const changed = regime(sim.params, sim.changed.length > 0 ? sim.changed : undefined);
  return changed || regime(sim.params) || undefined;
}

export function plainAfterRun(turn: Turn): Decision | undefined {
  const sim = runJustShown(turn);
  if (!sim) return undefined;
  const main = [...sim.changed].reverse().find((k) => !LENGTHS.test(k));
  const lesson = lessons.find((l) => l.scenarioId === sim.scenarioId);
  return {
    reply: {
      reply: plainRun(sim.params, main),
      citations: lesson ? [{ id: lesson.id, title: lesson.title }] : [],
      intent: "explain",
      effects: [],
      engine: "builtin",
      kind: "why",
    },
  };
}

/** The run's regime first, then the course's reason from the run's own lesson. */
export function runExplained(turn: Turn, curve: string, message: string): Decision {
  const sim = turn.state.sim;
  const lesson = lessons.find((l) => l.scenarioId === sim?.scenarioId);
  const course = explain(turn, `${message} ${curve}`, {
    followUp: true,
    kind: "why",
    prefer: "reason",
    ...(lesson ? { lessonId: lesson.id } : {}),
  });
  const cited = lesson ? [{ id: lesson.id, title: lesson.title }] : [];
  if (course.reply.intent !== "explain")
    return {
      reply: {
        reply: curve,
        citations: cited,
        intent: "explain",
        effects: [],
        engine: "builtin",
        kind: "why",
      },
    };
  const citations = [...cited, ...course.reply.citations.filter((c) => c.id !== lesson?.id)];
  return {
    ...course,
    reply: { ...course.reply, reply: `${curve}\n\n${course.reply.reply}`, citations },
  };
}
