import { plainLabel, SUPERSCRIPTS } from "@/lib/content/math";
import type { ParamDefs, ParamValues } from "../sim/scenario-types";

/*
 * Number and text formatting shared by the SVG, the readout, the table and the caption.
 * Deliberately not Intl/toLocaleString: the server and the browser must print the same
 * characters or hydration fails, and the CLI must be reproducible.
 */

/** 10 to an integer power, e.g. -7 -> "10⁻⁷". */
export function formatPow10(exponent: number): string {
  const digits = String(Math.round(exponent))
    .split("")
    .map((c) => SUPERSCRIPTS[c] ?? c)
    .join("");
  return `10${digits}`;
}

/** Short, stable number text: 4 significant digits, exponent form outside [1e-3, 1e5). */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) {
    const [mantissa = "0", exp = "0"] = value.toExponential(3).split("e");
    return `${trimZeros(mantissa)}e${exp.replace("+", "")}`;
  }
  return trimZeros(value.toPrecision(4));
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** "gradient norm (dimensionless)" style label; no parentheses when the unit is empty. */
export function withUnit(label: string, unit: string): string {
  return unit.trim() === "" ? label : `${label} (${unit})`;
}

/** A parameter value as a person reads it: "1.5", "100 steps", or a choice's label. */
export function formatParamValue(name: string, value: number | string, defs?: ParamDefs): string {
  const def = defs?.[name];
  if (def?.kind === "choice") {
    return def.options.find((o) => o.value === value)?.label ?? String(value);
  }
  const text = typeof value === "number" ? formatNumber(value) : value;
  return def && def.unit.trim() !== "" ? `${text} ${def.unit}` : text;
}

/** "forget-gate bias = 1; steps = 100 steps" — names from defs when given, keys otherwise. */
export function formatParams(params: ParamValues, defs?: ParamDefs): string {
  return Object.entries(params)
    .map(
      ([name, value]) => `${defs?.[name]?.label ?? name} = ${formatParamValue(name, value, defs)}`,
    )
    .join("; ");
}

const LEADING_NUMBER = /^[−-]?\d/;

/**
 * A reference line's label as a person would write it, from the simulation's label and the
 * line's value: "θ" becomes "θ = 5", a bare number stays just the number (never "0 = 0"), and a
 * right-hand side that is not a number ("‖∂L/∂h_T‖ = √16") gets the value ("‖∂L/∂h_T‖ = 4").
 * A right-hand side that already starts with a number is the simulation's own wording.
 */
export function referenceLabel(label: string, y: number): string {
  const text = plainLabel(label.trim());
  const value = formatNumber(y);
  if (text === "" || Number(text) === y) return value;
  const eq = text.indexOf("=");
  if (eq === -1) return `${text} = ${value}`;
  const name = text.slice(0, eq).trim();
  const rhs = text.slice(eq + 1).trim();
  if (LEADING_NUMBER.test(rhs) || name === "") return text;
  return `${name} = ${value}`;
}
