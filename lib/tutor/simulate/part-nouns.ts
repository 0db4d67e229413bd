/**
 * "relu chain" beside a dial that sets the stacks' activation: the value names a curve of the
 * recurrent chain, which shows every activation at once, not the stacks' setting. A choice value
 * followed by a noun for one part of a network (the stack, the recurrent chain) is only that
 * dial's value when the dial belongs to that part, or to no part in particular.
 */
import type { ParamDef } from "@/lib/sim";

const PARTS: readonly RegExp[] = [
  /^(?:stacks?|layers?|blocks?|feed-?forward)$/,
  /^(?:chains?|rnns?|recurrent|recurrences?)$/,
];

const partOf = (word: string) => PARTS.find((p) => p.test(word));

/** The value is followed by a part noun the dial, which belongs to another part, does not cover. */
export function namesAnotherPart(def: ParamDef, following: string): boolean {
  const word = /^[\s-]*([a-z-]+)/.exec(following)?.[1];
  const part = word ? partOf(word) : undefined;
  if (!part) return false;
  const own = `${def.label} ${def.meaning}`.toLowerCase().split(/[^a-z-]+/);
  const belongs = own.some((w) => part.test(w));
  const elsewhere = own.some((w) => partOf(w) !== undefined);
  return elsewhere && !belongs;
}
