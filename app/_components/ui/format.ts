/**
 * The app's one number formatter, for people: short and stable (never "0.000010000000000000004").
 * Deliberately not Intl/toLocaleString: the server and the browser must print the same
 * characters or hydration fails. Exports (CSV) keep full precision and never pass through here.
 * The default (4 significant digits, exponent form outside [1e-3, 1e5)) prints what the plots
 * print, so a number reads the same in a chart, a table and a sentence.
 */

export interface NumberFormat {
  /** Significant digits (default 4). */
  significant?: number;
  /** Fixed decimals instead ("0.50"); for scores and means shown to a set precision. */
  fractionDigits?: number;
}

export const MISSING = "–";

export function formatNumber(value: number | null, format: NumberFormat = {}): string {
  if (value === null) return MISSING;
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  if (format.fractionDigits !== undefined) return value.toFixed(format.fractionDigits);
  if (value === 0) return "0";
  const significant = format.significant ?? 4;
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) {
    const [mantissa = "0", exp = "0"] = value.toExponential(significant - 1).split("e");
    return `${trimZeros(mantissa)}e${exp.replace("+", "")}`;
  }
  return trimZeros(value.toPrecision(significant));
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** A share 0..1 as a whole percentage: 0.5 -> "50%". */
export const formatPercent = (x: number | null) =>
  x === null ? MISSING : `${Math.round(x * 100)}%`;

/** Milliseconds as seconds: one decimal under 10 s. */
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** A moment in UTC to the minute: "2026-03-01 09:30 UTC". */
export const formatDateTime = (d: Date | null) =>
  d ? d.toISOString().slice(0, 16).replace("T", " ") + " UTC" : MISSING;

/** Drawn parameters of a question, "forgetBias = 1, steps = 100". */
export const formatParamList = (params: Record<string, number | string>) =>
  Object.entries(params)
    .map(([k, v]) => `${k} = ${typeof v === "number" ? formatNumber(v) : v}`)
    .join(", ");
