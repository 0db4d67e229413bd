/**
 * How many digits a calculation's working shows. Three significant figures read well, except
 * where the working is recomputed from what is shown: a per-step factor raised to a power
 * ("1.125^6 = 2.03" shown as "1.13^6 = 2.03" is arithmetic that does not add up, 1.13^6 being
 * 2.08), or a value just beside 1 (0.99997 shown as "1" reads as the carousel's exact 1).
 */
import { formatCaptionNumber } from "@/lib/sim";

const candidate = (x: number, digits: number) => {
  const a = Math.abs(x);
  return a >= 1e4 || a < 1e-3 ? x.toExponential(digits - 1) : String(Number(x.toPrecision(digits)));
};

/** `base` as written before `^{exponent}`: the fewest digits whose power shows the same result. */
export function powerBase(base: number, exponent: number): string {
  const result = formatCaptionNumber(base ** exponent);
  const shown = formatCaptionNumber(base);
  if (formatCaptionNumber(Number(shown) ** exponent) === result) return shown;
  for (let digits = 4; digits <= 12; digits++) {
    const text = candidate(base, digits);
    if (formatCaptionNumber(Number(text) ** exponent) === result) return text;
  }
  return String(base);
}

/** A value in a worked example: `least` significant digits, more beside 1 so it never reads as 1. */
export function workingNumber(x: number, least = 4): string {
  if (x === 0) return "0";
  const gap = Math.abs(Math.abs(x) - 1);
  const digits =
    gap === 0 || gap >= 10 ** -(least - 1) ? least : Math.min(12, Math.ceil(-Math.log10(gap)) + 2);
  return String(Number(x.toPrecision(digits)));
}
