/**
 * "What is the constant error carousel?" answered with its definition, then "why?": why it is
 * so, which the course's definition itself says ("exactly 1 because a self-weight below 1 would
 * shrink the error …"). That reason opens the reply; the passage searched for follows it.
 */
import { definitionAsked } from "../answer/glossary";
import { lastReplyDefined } from "./plainer";
import type { Decision, Turn } from "./turn";

/** A sentence that gives a reason: "because …" first, then a consequence drawn with "so". */
const BECAUSE = /\bbecause\b|\bwhich is why\b/i;
const SO = /,\s*so\b/i;

/** The reason the thread's last definition gives, when the last reply was that definition. */
export function reasonOfDefinition(turn: Turn): string | undefined {
  const entry = turn.state.asked ? definitionAsked(turn.state.asked) : undefined;
  if (!entry || !lastReplyDefined(turn, entry.term)) return undefined;
  const sentences = entry.definition.split(/(?<=[.!?])\s+(?=[A-Z$])/);
  return sentences.find((s) => BECAUSE.test(s)) ?? sentences.find((s) => SO.test(s));
}

/** The definition's reason, then the reply that searched for more. */
export function reasonFirst(decision: Decision, reason: string): Decision {
  if (decision.reply.intent !== "explain") return decision;
  // The passage found may already say it, in nearly the same words: once is enough.
  if (mostlySaid(reason, decision.reply.reply)) return decision;
  return { ...decision, reply: { ...decision.reply, reply: `${reason} ${decision.reply.reply}` } };
}

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];

/** Four in five of the sentence's words are already in the text. */
function mostlySaid(sentence: string, text: string): boolean {
  const said = new Set(wordsOf(text));
  const words = wordsOf(sentence);
  return words.length > 0 && words.filter((w) => said.has(w)).length >= 0.8 * words.length;
}
