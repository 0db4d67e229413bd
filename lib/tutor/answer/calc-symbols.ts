/**
 * "x + a·tanh(x) with a = 0.15", "h_t = tanh(w h_{t-1} + b), w = 1.5": a coefficient written as
 * a letter and given its value elsewhere in the message. The value is put in place of the letter
 * before a formula is read, and a written "·" is read as the "*" the formulas already accept.
 */
const NUMBER = String.raw`[-+−]?(?:\d+(?:\.\d+)?|\.\d+)`;
/** Letters that name a variable of the formula or the length, never a coefficient. */
const NOT_COEFFICIENT = /^[xhtTnkLl]$/;
const DEFINED = new RegExp(String.raw`(?<![\w^_])([a-zA-Zα-ω])\s*=\s*(${NUMBER})(?![\w.])`, "g");
const FUNCTION = String.raw`(?:tanh|sigmoid|sigma|σ|relu|φ|phi)\s*\(`;
/** The previous state a recurrent weight multiplies: "h_{t-1}", "x_{t-1}". */
const PREVIOUS_STATE = String.raw`[hxc]_\{?t\s*[-−]\s*1\}?`;

export function withSymbolValues(message: string): string {
  const values = new Map<string, string>();
  for (const m of message.matchAll(DEFINED)) {
    const [, letter, value] = m;
    if (letter && value && !NOT_COEFFICIENT.test(letter)) values.set(letter, value);
  }
  let out = message.replace(/\s*[·⋅]\s*/g, "*");
  for (const [letter, value] of values)
    out = out.replace(
      new RegExp(String.raw`(?<![\w^_])${letter}\s*\*?\s*(?=${FUNCTION}|${PREVIOUS_STATE})`, "g"),
      `${value}*`,
    );
  return out;
}

/**
 * Where a calculator's main input, read from the message with its symbols substituted, sits in
 * the message before: "h_t = w*h_(t-1). w = 0.9" is read as "0.9*h_(t-1)", and "and if it was
 * 1.1?" must replace the 0.9 of "w = 0.9". Undefined when that place is not clear.
 */
export function symbolSpan(
  before: string,
  after: string,
  span: [number, number],
): [number, number] | undefined {
  const [s, e] = span;
  if (before.slice(0, e) === after.slice(0, e)) return span;
  const value = after.slice(s, e);
  const defined = [...before.matchAll(DEFINED)].filter(
    (m) => m[2] === value && m[1] && !NOT_COEFFICIENT.test(m[1]),
  );
  const only = defined.length === 1 ? defined[0] : undefined;
  if (!only?.[2]) return undefined;
  const start = only.index + only[0].lastIndexOf(only[2]);
  return [start, start + only[2].length];
}
