/**
 * A choice answered in the learner's own words rather than quoted ("the update gate mixes the
 * old state with a candidate"): the option those words describe, compared on stemmed course
 * terms. Only a clear match counts, since the answer is then graded: most of what the learner
 * said is in the option, and the option shares clearly more of it than any other.
 */
import type { Lettered } from "../letters";
import { terms } from "../retrieval/text";

/** At least this many shared terms, this many more than the runner-up option's. */
const MIN_SHARED = 3;
const MIN_MARGIN = 2;
/** At least this share of the message's terms must be in the option. */
const MIN_COVERAGE = 0.6;

export function described(message: string, choices: readonly Lettered[]): Lettered | undefined {
  const said = new Set(terms(message));
  if (said.size < MIN_SHARED) return undefined;
  const scored = choices
    .map((choice) => ({ choice, shared: sharedTerms(said, choice.text) }))
    .sort((a, b) => b.shared - a.shared);
  const [best, second] = scored;
  if (!best || best.shared < MIN_SHARED) return undefined;
  if (best.shared - (second?.shared ?? 0) < MIN_MARGIN) return undefined;
  if (best.shared / said.size < MIN_COVERAGE) return undefined;
  return best.choice;
}

function sharedTerms(said: ReadonlySet<string>, optionText: string): number {
  return new Set(terms(optionText).filter((t) => said.has(t))).size;
}
