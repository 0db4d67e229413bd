/**
 * A yes/no reply opens with its verdict and the reason for it ("Yes: gates damp growth on the
 * cell path only; the gradient can still explode through the hidden state…"). A "why?" after it
 * asks about that reason, not about the subject in general.
 */
import type { Decision, Turn } from "./turn";

const VERDICT = /^(?:Yes|No|Partly|Not quite|Not always|Only partly)[:,]\s+/;

const CONSEQUENCE = /,?\s*(?:which is why|that is why|so that|and so|hence)\b.*$/i;

/** The reason a yes/no reply gave, without its verdict; undefined after any other reply. */
export function answerOfLastReply(turn: Turn): string | undefined {
  const last = (turn.request.history ?? []).filter((t) => t.role === "assistant").at(-1);
  const opening = last?.content.split(/\n\n/)[0]?.trim() ?? "";
  if (!VERDICT.test(opening)) return undefined;
  const first = opening.replace(VERDICT, "").split(/(?<=[.!?])\s+(?=[A-Z*])/)[0] ?? "";
  // The consequence ("…, which is why LSTMs are clipped") restates the question, not the reason.
  const reason = first.replace(CONSEQUENCE, "").trim();
  return reason.length > 0 ? reason : undefined;
}

/** The reason said again as the opening ("Because …"), then the course's passage on it. */
export function becauseFirst(decision: Decision, reason: string): Decision {
  if (decision.reply.intent !== "explain") return decision;
  const opening = `Because ${reason.charAt(0).toLowerCase()}${reason.slice(1).replace(/[.;:]+$/, "")}.`;
  return { ...decision, reply: { ...decision.reply, reply: `${opening} ${decision.reply.reply}` } };
}
