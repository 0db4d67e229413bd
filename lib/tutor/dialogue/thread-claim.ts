/**
 * A claim whose subject is in the thread, not in the message: "that should pump them back up,
 * yeah?" after "my gradients vanish, so I turned on clipping". An anaphor ("that", "it",
 * "them") points back; the thread's question supplies what it points at.
 */
import { misconceptionAbout } from "../answer/misconceptions";
import type { DialogueState } from "../types";
import { casualForm } from "./casual";
import { hypothetical } from "./followup";

const ANAPHOR = /\b(?:it|its|that|this|they|them|those|these)\b/i;

/** The catalogue id the message claims about the thread's subject, if any. */
export function claimOnThread(message: string, state: DialogueState): string | undefined {
  const written = casualForm(message);
  if (state.turns === 0 || !ANAPHOR.test(written) || hypothetical(written)) return undefined;
  const thread = state.asked ?? state.terms.join(" ");
  return thread ? misconceptionAbout(written, thread) : undefined;
}
