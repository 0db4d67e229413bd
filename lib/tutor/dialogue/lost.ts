/**
 * "Huh?" right after a run: the learner did not follow the run's reply, so the same run is said
 * plainly (simulate/plain.ts) rather than answered from the course's text about something else.
 */
import { lessons } from "@/lib/content";
import { plainRun } from "../simulate/plain";
import type { Decision, Turn } from "./turn";

/** A built-in run reply names what it ran in bold ("I ran **…**", "I set up **…**"). */
const RUN_REPLY = /\bI (?:ran|set up|re-ran) \*\*|^At the plot's current values/;

const LENGTHS = /^(steps|depth|hiddenSize|seed)$/;

export function plainAfterRun(turn: Turn): Decision | undefined {
  const sim = turn.state.sim;
  const last = (turn.request.history ?? []).filter((t) => t.role === "assistant").at(-1);
  if (!sim || !last || !RUN_REPLY.test(last.content)) return undefined;
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
