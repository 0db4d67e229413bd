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
