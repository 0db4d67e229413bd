/**
 * What a claim's predicate is said of. "A gradient above the threshold keeps its components"
 * asserts "keeps" of the components; "norm clipping keeps the direction and only shortens the
 * long ones" asserts the same word of the direction, which is the lesson's point. A predicate
 * the message binds to another thing, while never naming the claim's, is not the claim's
 * predicate said again.
 */
import { ideaSequence } from "./misconception-meaning";

/** How far after a predicate its object may stand, in ideas. */
const REACH = 2;

/** The first subject within reach after each predicate of `sequence`. */
export function objectsOf(
  sequence: readonly string[],
  isSubject: (idea: string) => boolean,
): Map<string, string> {
  const objects = new Map<string, string>();
  sequence.forEach((idea, i) => {
    if (isSubject(idea) || objects.has(idea)) return;
    const object = sequence.slice(i + 1, i + 1 + REACH).find(isSubject);
    if (object !== undefined) objects.set(idea, object);
  });
  return objects;
}

/**
 * The claim's predicates the message says of something else: each has an object in the claim,
 * the message gives it a different one, and the message nowhere names the claim's.
 */
export function predicatesSaidOfOther(
  claimObjects: ReadonlyMap<string, string>,
  message: string,
  isSubject: (idea: string) => boolean,
): Set<string> {
  const sequence = ideaSequence(message);
  const said = new Set(sequence);
  const objects = objectsOf(sequence, isSubject);
  const other = new Set<string>();
  for (const [predicate, object] of claimObjects) {
    const theirs = objects.get(predicate);
    if (theirs !== undefined && theirs !== object && !said.has(object)) other.add(predicate);
  }
  return other;
}

/** "Always", "every step": how often something holds, not what. */
const CERTAINTY: ReadonlySet<string> = new Set(ideaSequence("always"));

/**
 * "The forget gate is always (close to) 1" claims a value; "the cell path multiplies by the
 * forget gate at every step" says how often, of no value. Certainty counts as the claim's
 * predicate only when the message also names the value the claim is about.
 */
export function certaintyWithoutValue(
  label: ReadonlySet<string>,
  said: ReadonlySet<string>,
): Set<string> {
  return valueUnsaid(label, said) ? new Set(CERTAINTY) : new Set();
}

const isValue = (idea: string) => /^\d/.test(idea);
const valueUnsaid = (label: Iterable<string>, said: ReadonlySet<string>) => {
  const values = [...label].filter(isValue);
  return values.length > 0 && !values.some((v) => said.has(v));
};

/**
 * "The sigmoid's derivative can reach 1" claims a value is reached; "the gradient reaching step
 * 0" reaches no value. A predicate the label says of its value counts only when the message
 * names that value.
 */
export function valuePredicatesWithoutValue(
  labelSequence: readonly string[],
  said: ReadonlySet<string>,
): Set<string> {
  if (!valueUnsaid(labelSequence, said)) return new Set();
  return new Set(
    labelSequence.filter((t, i) => !isValue(t) && isValue(labelSequence[i + 1] ?? "")),
  );
}
