/**
 * "and above?" after "so below 1/γ it vanishes for sure?", "and after?" after "what does the
 * gradient look like before the clip?": the other side of a pair the thread's question named.
 * The question is asked again with that word turned round, which is what the learner means;
 * read alone, "above?" names no subject to search for.
 */

type Pair = readonly [string, string];

/**
 * The two sides of a threshold: on the other side, the regime the question named turns too.
 * "Bigger" or "more" is no side of a threshold ("more units" does not make it explode).
 */
const SIDES: readonly Pair[] = [
  ["above", "below"],
  ["over", "under"],
];

/** Regimes: "below 1/γ it vanishes", asked "and above?", becomes "above 1/γ it explodes". */
const REGIMES: readonly Pair[] = [
  ["grow", "shrink"],
  ["grows", "shrinks"],
  ["growing", "shrinking"],
  ["explode", "vanish"],
  ["explodes", "vanishes"],
  ["exploding", "vanishing"],
  ["exploded", "vanished"],
];

/** Other pairs of opposites, each in the forms a question uses. */
const OTHERS: readonly Pair[] = [
  ["bigger", "smaller"],
  ["larger", "smaller"],
  ["higher", "lower"],
  ["greater", "less"],
  ["more", "less"],
  ["positive", "negative"],
  ["before", "after"],
  ["early", "late"],
  ["earlier", "later"],
  ["first", "last"],
  ["long", "short"],
  ["longer", "shorter"],
  ["forward", "backward"],
  ["increase", "decrease"],
  ["increases", "decreases"],
  ["increasing", "decreasing"],
];

const both = (pairs: readonly Pair[]) =>
  new Map<string, string>(pairs.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
const SIDE = both(SIDES);
const REGIME = both(REGIMES);
// "and explode?" alone is not turned: a regime of its own is a new subject in the same frame,
// which the what-about reading answers from the regime's own passages.
const OPPOSITE = new Map([...SIDE, ...both(OTHERS)]);

/**
 * The thread's question with the word opposite to `subject` replaced by it, or undefined when
 * `subject` is no single word of a pair or the question does not use its opposite.
 */
export function oppositeQuestion(asked: string, subject: string): string | undefined {
  const word = subject
    .trim()
    .toLowerCase()
    .replace(/^(?:the |it )/, "");
  const other = OPPOSITE.get(word);
  if (!other) return undefined;
  const uses = new RegExp(`\\b${other}\\b`, "i");
  if (!uses.test(asked) || new RegExp(`\\b${word}\\b`, "i").test(asked)) return undefined;
  const turned = asked.replace(uses, word);
  if (!SIDE.has(word)) return turned;
  return turned.replace(/\b[a-z]+\b/gi, (w) => REGIME.get(w.toLowerCase()) ?? w);
}

/** The first of `questions` (the learner's latest message first) that turns round for `subject`. */
export function turnedQuestion(questions: readonly string[], subject: string): string | undefined {
  return questions.map((q) => oppositeQuestion(q, subject)).find((q) => q !== undefined);
}
