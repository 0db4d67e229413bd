/**
 * A lookup table keyed by a learner's words, with no prototype: "constructor" or "toString" in a
 * message must not find Object's own members and come back as a function or its source text.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
