/**
 * Sets the tutor's learned readers must never train on (scripts/tutor-examples.ts skips them, a
 * test checks the examples): the sanity set, the thirds kept aside, and the held-out sets whose
 * figures are still quoted as held-out ones, until a newer held-out set replaces them.
 */
export const QUOTED_HELD_OUT: ReadonlySet<string> = new Set(["heldout12"]);

export function untrained(set: string): boolean {
  return set === "check" || set.endsWith("-aside") || QUOTED_HELD_OUT.has(set);
}
