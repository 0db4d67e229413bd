/**
 * Numbers as people and TeX write them: "0.73", "-2", "7.8e-3", "7.8 × 10^-3", "7.8x10^{-3}",
 * "1.6 \times 10^{-7}", "10^{-7}", "1/4", "73%". Used to read numeric answers, to find a
 * numeric key hidden in a reply (leak guard), and to read parameter values.
 */
export interface NumberMention {
  value: number;
  /** Index of the first character in the text. */
  start: number;
  end: number;
  /** The matched text, e.g. "1.6 \\times 10^{-7}". */
  raw: string;
}

/**
 * "1,500" and "12,000,000" are thousands (a comma before exactly three digits, after a leading
 * group that is not 0); any other comma is a decimal comma ("0,73", "1,5", "2,25").
 */
const THOUSANDS = String.raw`[1-9]\d{0,2}(?:,\d{3})+(?![\d,.])`;
const MANTISSA = String.raw`[-+−]?(?:${THOUSANDS}|\d+(?:[.,]\d+)?|[.]\d+)`;
const TIMES = String.raw`\s*(?:×|x|\*|·|\\times|\\cdot)\s*`;
const POWER = String.raw`10\s*\^\s*(?:\{\s*([-+−]?\d+)\s*\}|\(\s*([-+−]?\d+)\s*\)|([-+−]?\d+))`;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";

const PATTERN = new RegExp(
  [
    // mantissa × 10^k
    String.raw`(${MANTISSA})${TIMES}${POWER}`,
    // mantissa·10⁻⁷ (unicode superscripts)
    String.raw`(${MANTISSA})${TIMES}10([${SUPERSCRIPT}]+)`,
    // bare 10^k
    POWER,
    // fraction a/b (small integers only: "1/4", not dates)
    String.raw`(?<![\w.])(\d{1,3})\s*/\s*(\d{1,4})(?![\w.])`,
    // plain or e-notation, optional percent
    String.raw`(${MANTISSA}(?:[eE][-+−]?\d+)?)(\s*%)?`,
  ].join("|"),
  "g",
);

const THOUSANDS_ONLY = new RegExp(String.raw`^[-+−]?${THOUSANDS}`);

function num(s: string): number {
  const signed = s.replace("−", "-");
  if (THOUSANDS_ONLY.test(signed)) return Number(signed.replace(/,/g, ""));
  return Number(signed.replace(",", "."));
}

function superscript(s: string): number {
  const digits = [...s].map((c) => (c === "⁻" ? "-" : String(SUPERSCRIPT.indexOf(c)))).join("");
  return Number(digits);
}

/**
 * Every number in the text, left to right. "1,500" is fifteen hundred; a decimal comma is read
 * as a point ("0,73"). A comma followed by a space separates numbers ("(6, 8)").
 */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    const raw = m[0];
    const g = (i: number) => m[i];
    let value: number;
    const mantissa = g(1);
    const superMantissa = g(5);
    const barePower = g(7) ?? g(8) ?? g(9);
    const numerator = g(10);
    if (mantissa !== undefined) {
      value = num(mantissa) * 10 ** num(g(2) ?? g(3) ?? g(4) ?? "0");
    } else if (superMantissa !== undefined) {
      value = num(superMantissa) * 10 ** superscript(g(6) ?? "");
    } else if (barePower !== undefined) {
      value = 10 ** num(barePower);
    } else if (numerator !== undefined) {
      const d = num(g(11) ?? "1");
      if (d === 0) continue;
      value = num(numerator) / d;
    } else {
      const plain = g(12);
      if (plain === undefined) continue;
      value = num(plain) / (g(13) !== undefined ? 100 : 1);
    }
    if (Number.isFinite(value)) out.push({ value, start, end: start + raw.length, raw });
  }
  return out;
}

/**
 * Code the learner quotes, a call's arguments ("nn.LSTM(input_size=32, hidden_size=64)") or a
 * span in backticks, blanked out: its numbers are that code's, not values the learner asks about.
 */
export function withoutQuotedCode(text: string): string {
  return text.replace(/[A-Za-z_][\w.]*\([^()]*\)|`[^`]*`/g, " ");
}
