/**
 * A constant factor's power written out, "0.9^50": the product of T equal factors, with the
 * factor marked as the main input, so "and if it was 0.99?" computes the same power again.
 */
import { formatCaptionNumber } from "@/lib/sim";
import { powerBase } from "./calc-digits";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";

export const powerText = (s: number, T: number) => {
  const v = s ** T;
  const trend =
    s < 1
      ? "shrinks geometrically (vanishing)"
      : s > 1
        ? "grows geometrically (exploding)"
        : "stays the same";
  return `It is **${f(v)}**: ${T} factors of ${f(s)} multiply to $${powerBase(s, T)}^{${T}} = ${f(v)}$. A product of many equal factors ${trend}; that is the backward pass of BPTT when every step contributes the same factor.`;
};

/** "0.9^50", "1.1^{30}": a number to a whole power. */
const WRITTEN_POWER = /(?<![\w.(])(\d*\.?\d+)\s*\^\s*\{?\s*(\d+)\b/;

export function writtenNumberPower(m: string): Calculation | undefined {
  const hit = WRITTEN_POWER.exec(m);
  if (!hit?.[1] || !hit[2]) return undefined;
  const start = hit.index + hit[0].indexOf(hit[1]);
  return {
    text: powerText(Number(hit[1]), Number(hit[2])),
    lessonId: BPTT,
    vary: [start, start + hit[1].length],
  };
}
