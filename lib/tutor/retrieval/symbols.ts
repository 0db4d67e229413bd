/**
 * The course's one-letter symbols, named: a learner who writes "c_t vs h_t" or "what does z_t
 * do" asks about the cell state and the hidden state, the update gate; the lessons use the names
 * in their prose, so search and the course-word gate need them too. Only step-t symbols are
 * named ("c_{t-1}" is inside a formula, not a subject).
 */
import { withApiNames } from "./api-names";

const NAMES: Readonly<Record<string, string>> = {
  c: "cell state",
  h: "hidden state",
  f: "forget gate",
  i: "input gate",
  o: "output gate",
  z: "update gate",
  r: "reset gate",
};

const SYMBOL = /(?<![\w\\])([chfiozr])_(?:\{t\}|t)(?![\w{-])/g;

/**
 * The message with each step-t symbol followed by its name ("c_t (cell state)"), and each
 * framework name by the course's ("clip_grad_value_ (value clipping)").
 */
export function withSymbolNames(message: string): string {
  return withApiNames(message).replace(SYMBOL, (symbol: string, letter: string) => {
    const name = NAMES[letter];
    return name ? `${symbol} (${name})` : symbol;
  });
}

/** "The hidden state" is written $h_t$ in the course's formulas: the symbols a text names in words. */
export function symbolsNamed(text: string): string[] {
  const lower = text.toLowerCase();
  return Object.entries(NAMES)
    .filter(([, name]) => lower.includes(name))
    .map(([letter]) => letter);
}
