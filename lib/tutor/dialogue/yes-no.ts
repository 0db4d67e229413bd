/**
 * A yes/no reply opens with its verdict and the reason for it ("Yes: gates damp growth on the
 * cell path only; the gradient can still explode through the hidden state…"). A "why?" after it
 * asks about that reason, not about the subject in general.
 */
import { classify } from "../answer/classify";
import type { Decision, Turn } from "./turn";

/**
 * "…starts around 0.5 right? yes/no", "…, correct?", "true or false: …": a claim put up to be
 * confirmed. Its numbers are the claim's, not settings for a run.
 */
export const TAGGED_YES_NO =
  /\b(?:right|correct|true|yes\/no|yes or no|true or false|isn'?t it|doesn'?t it|am i right)\s*\?(?:\s*(?:quick\s+)?(?:yes\/no|yes or no|is fine|pls|please|thanks))*\W*$|\b(?:yes\/no|yes or no)(?:\s+(?:is fine|pls|please|thanks))?\W*$|^true or false\b/i;

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

/**
 * "why not tho?" after "is clipping useful for vanishing gradients?" answered without a verdict:
 * the reason behind the answer to that question, so the question's own words are the search
 * (as "why not: is clipping useful …?"), not the thread's terms around a bare "why not".
 */
export function whyOfYesNo(message: string, asked: string | undefined): string | undefined {
  if (!asked || classify(asked) !== "yes-no") return undefined;
  return `${WHY_NOT.test(message) ? "why not" : "why"}: ${asked}`;
}

const WHY_NOT = /\b(?:why|how come)\s+not\b/i;
