/**
 * "The sigmoid's derivative peaks at 0.25 when its input is 0" names the sigmoid-derivative
 * claim's subject and predicate, but its value is the one the correction gives ("at most
 * $1/4$"), not the label's ("can reach 1"): the message is the true statement. The values come
 * from the catalogue's own text, so every entry whose claim is about a value is read the same way.
 */
import { misconceptions } from "@/lib/content";
import { findNumbers } from "../numbers";

const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(b), 1e-9);

/**
 * A value the correction gives as where the quantity lies ("at most $1/4$", "starts near 0.5"),
 * not one it cites as an example ("a W with spectral radius 0.5 can…"), which a claim may use too.
 */
const BOUND_BEFORE =
  /\b(?:at most|at least|peaks? at|maximum of|max(?:imum)? is|up to|no more than|never (?:above|more than)|near|close to)\s*\$?\s*$/i;

function boundValues(text: string): number[] {
  return findNumbers(text)
    .filter((n) => BOUND_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)))
    .map((n) => n.value);
}

/** Per entry whose label states a value: the other values its correction bounds the quantity by. */
interface Values {
  claimed: readonly number[];
  truth: readonly number[];
}
const VALUES: ReadonlyMap<string, Values> = new Map(
  misconceptions.map((m) => {
    const claimed = findNumbers(m.label).map((n) => n.value);
    const truth =
      claimed.length === 0
        ? []
        : boundValues(m.correction).filter((v) => !claimed.some((c) => near(v, c)));
    return [m.id, { claimed, truth }];
  }),
);

/**
 * The message states the value the entry's correction gives, and not the claim's own: "0.25 at
 * 0 but it can reach 1 elsewhere" still says the claim.
 */
export function statesTrueValue(message: string, id: string): boolean {
  const values = VALUES.get(id);
  if (!values || values.truth.length === 0) return false;
  const said = findNumbers(message).map((n) => n.value);
  const has = (list: readonly number[]) => said.some((v) => list.some((t) => near(v, t)));
  return has(values.truth) && !has(values.claimed);
}

/** For tests: the values each entry's correction gives as the truth. */
export const trueValuesOf = (id: string): readonly number[] => VALUES.get(id)?.truth ?? [];
