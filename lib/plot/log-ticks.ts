import { formatNumber, formatPow10 } from "./format";

/*
 * The y range of a log axis. The domain follows the data with about half a decade to spare at
 * each end, snapped to a whole decade when one lies in that margin (so the end gets a label),
 * and is never stretched to a tick stride: data that tops out at 1 gets an axis that tops out
 * near 3, not at 10⁵⁰.
 */

/** Never show more decade ticks than this; a 1e-300..1e300 range would otherwise print 600. */
const MAX_LOG_TICKS = 8;
/** 10^-307 is the smallest power of ten that is still a normal float64. */
const MIN_LOG_EXPONENT = -307;
const MAX_LOG_EXPONENT = 308;
/** Room left beyond the data at each end, in decades. */
const MARGIN_DECADES = 0.5;
/** A decade this close to the data is not room enough: a line would touch the frame. */
const MIN_ROOM_DECADES = 0.05;
/** Decade strides a reader can count in: 10⁰, 10⁵⁰, 10¹⁰⁰ rather than 10²³, 10⁴⁶. */
const NICE_STRIDES = [1, 2, 3, 5, 10, 20, 25, 50, 100];

const clampExp = (e: number) => Math.min(MAX_LOG_EXPONENT, Math.max(MIN_LOG_EXPONENT, e));
const pow10 = (e: number) => (Number.isInteger(e) ? Number(`1e${e}`) : 10 ** e);

function lowerEnd(dataLo: number): number {
  const decade = Math.ceil(dataLo - MARGIN_DECADES);
  return decade <= dataLo - MIN_ROOM_DECADES ? decade : dataLo - MARGIN_DECADES;
}

function upperEnd(dataHi: number): number {
  const decade = Math.floor(dataHi + MARGIN_DECADES);
  return decade >= dataHi + MIN_ROOM_DECADES ? decade : dataHi + MARGIN_DECADES;
}

/** 2× and 5× ticks, for a range too narrow to hold two powers of ten. */
function oneTwoFive(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(lo); e <= Math.ceil(hi); e += 1)
    for (const m of [1, 2, 5]) {
      const v = m * pow10(e);
      const exp = Math.log10(v);
      if (exp >= lo - 1e-9 && exp <= hi + 1e-9) ticks.push(v);
    }
  return ticks;
}

export function logTicks(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const dataLo = clampExp(Math.log10(min));
  const dataHi = clampExp(Math.log10(Math.max(max, min)));
  const lo = clampExp(lowerEnd(dataLo));
  const hi = clampExp(Math.max(upperEnd(dataHi), lo + 1));
  const wanted = Math.ceil((hi - lo) / MAX_LOG_TICKS);
  const stride = NICE_STRIDES.find((n) => n >= wanted) ?? wanted;
  const ticks: number[] = [];
  for (let e = Math.ceil(lo / stride) * stride; e <= hi + 1e-9; e += stride) ticks.push(pow10(e));
  return {
    domain: [pow10(lo), pow10(hi)],
    ticks: ticks.length >= 2 ? ticks : oneTwoFive(lo, hi),
  };
}

/** A log-axis tick as a person writes it: 10⁻⁷, 1, 0.2, 5×10⁻⁶. */
export function formatLogTick(value: number): string {
  const exp = Math.log10(value);
  const rounded = Math.round(exp);
  if (Math.abs(exp - rounded) < 1e-9) return formatPow10(rounded);
  if (value >= 1e-3 && value < 1e5) return formatNumber(value);
  const e = Math.floor(exp + 1e-9);
  return `${formatNumber(value / pow10(e))}×${formatPow10(e)}`;
}
