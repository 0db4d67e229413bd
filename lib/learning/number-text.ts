/**
 * A typed number as learners write it: "0.0052", "5.2e-3", "-3.7E-05", and with a decimal
 * comma, "3,7e-5" or "0,125" (the usual form in much of Europe). The quiz form and the answer
 * API read text with this one function, so the form enables Submit exactly when the server
 * will accept the text, and otherwise says why.
 *
 * A comma followed by exactly three digits ("1,500") is refused rather than guessed: it reads
 * as 1.5 with a decimal comma and as 1500 with a thousands separator.
 */
export type NumberText = { ok: true; value: number } | { ok: false; problem: string };

const SHAPE = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/;
const THOUSANDS_LIKE = /^[-+]?[1-9]\d{0,2},\d{3}$/;

export function parseNumberText(raw: string): NumberText {
  const text = raw
    .trim()
    .replace(/\u2212/g, "-")
    .replace(/\s+/g, "");
  if (text === "") return { ok: false, problem: "Type a number." };
  if (text.includes(",") && text.includes("."))
    return {
      ok: false,
      problem: "Use either a decimal point or a decimal comma, not both (no thousands separators).",
    };
  if (THOUSANDS_LIKE.test(text)) {
    const [whole, frac] = text.split(",");
    return {
      ok: false,
      problem: `"${raw.trim()}" could mean ${whole}.${frac} or ${whole}${frac}: write it without the comma or with a decimal point.`,
    };
  }
  if (!SHAPE.test(text))
    return { ok: false, problem: "Not a number: write it like 0.0052, 5.2e-3 or 5,2e-3." };
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value)) return { ok: false, problem: "That number is too large." };
  return { ok: true, value };
}
