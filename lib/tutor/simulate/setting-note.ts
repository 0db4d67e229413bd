/**
 * "and in the 1997 version?", "and for sigmoid?": a condition that is a setting of the course's
 * scenarios (a cell variant, an activation). What that setting does to the per-step factor is
 * said first, in the same words a run with it would use.
 */
import { ALL_PARAMS as allParams, findMentions } from "./mentions";
import { regime } from "./regime";

/** The regime sentence of the one choice value the words name; "" when they name none or several. */
export function settingNote(words: string, keys?: readonly string[]): string {
  const values = findMentions(words, allParams).filter(
    (m) => m.value !== undefined && (!keys || keys.includes(m.key)),
  );
  const first = values[0];
  if (!first?.value || values.some((m) => m.key !== first.key || m.value !== first.value))
    return "";
  return regime({ [first.key]: first.value }, [first.key]);
}
