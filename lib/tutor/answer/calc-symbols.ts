/**
 * "x + a·tanh(x) with a = 0.15": a coefficient written as a letter and given its value elsewhere
 * in the message. The value is put in place of the letter before a formula is read, and a
 * written "·" is read as the "*" the formulas already accept.
 */
const NUMBER = String.raw`[-+−]?(?:\d+(?:\.\d+)?|\.\d+)`;
/** Letters that name a variable of the formula or the length, never a coefficient. */
const NOT_COEFFICIENT = /^[xhtTnkLl]$/;
const DEFINED = new RegExp(String.raw`(?<![\w^_])([a-zA-Zα-ω])\s*=\s*(${NUMBER})(?![\w.])`, "g");
const FUNCTION = String.raw`(?:tanh|sigmoid|sigma|σ|relu|φ|phi)\s*\(`;

export function withSymbolValues(message: string): string {
  const values = new Map<string, string>();
  for (const m of message.matchAll(DEFINED)) {
    const [, letter, value] = m;
    if (letter && value && !NOT_COEFFICIENT.test(letter)) values.set(letter, value);
  }
  let out = message.replace(/\s*[·⋅]\s*/g, "*");
  for (const [letter, value] of values)
    out = out.replace(
      new RegExp(String.raw`(?<![\w^_])${letter}\s*\*?\s*(?=${FUNCTION})`, "g"),
      `${value}*`,
    );
  return out;
}
