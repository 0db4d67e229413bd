/**
 * "and if I double T?", "with half the steps?", "what about three times the threshold?", "double
 * the bias", "halve it" after a calculation: the quantity named (or, for "it", the calculation's
 * main input), multiplied by the factor, in the last calculation.
 */
import { calculate, type Calculation } from "../answer/calc";

const FACTORS: readonly [RegExp, number][] = [
  [/\b(?:double|doubles|doubled|doubling|twice)\b/i, 2],
  [/\b(?:triple|triples|tripled|tripling|three times)\b/i, 3],
  // "keep half" is a share, not a scaling: only "halve", "half the", "half as", "in half".
  [/\b(?:halve|halves|halved|halving|half (?:the|of the|as)|in half)\b/i, 0.5],
  [/\b(?:ten times|tenfold)\b/i, 10],
];

/** "10x longer", "5 times the steps", "3× as deep": a factor written as a number. */
const TIMES = /(?<![\w.])(\d+(?:\.\d+)?)\s*(?:x|×|times)(?![\w\d+*^])/i;
/** "10x shorter", "3 times fewer steps": the factor divides. */
const FEWER = /\b(?:shorter|fewer|less|smaller|shallower)\b/i;

function factorOf(message: string): number | undefined {
  const named = FACTORS.find(([re]) => re.test(message))?.[1];
  if (named !== undefined) return named;
  const times = Number(TIMES.exec(message)?.[1]);
  if (!(times > 1)) return undefined;
  return FEWER.test(message) ? 1 / times : times;
}

/** [how the follow-up names the quantity, where the last calculation gave its value]. */
const QUANTITY: readonly [RegExp, RegExp][] = [
  [
    // "10x longer?", "twice as deep": a length said by how long it is.
    /\b(?:T|steps?|length|gap|sequence|horizon|layers|blocks|depth|long(?:er)?|short(?:er)?|deep(?:er)?)\b/,
    /(\d+)(?=\s*(?:time ?)?(?:steps?|layers|blocks)\b)|\bT\s*=\s*(\d+)|\^\s*\{?\s*(\d+)/i,
  ],
  [
    /\b(?:threshold|θ|theta)\b/i,
    /\b(?:threshold|θ|theta|at)\s*(?:of|=|is|at|to)?\s*(\d+(?:\.\d+)?)/i,
  ],
  [
    /\bbias\b/i,
    /\bbias(?:\s+b_?\{?[fz]?\}?)?\s*(?:of|=|is|at|to|:)?\s*([-+−]?\d+(?:\.\d+)?)|\bb_?\{?[fz]\}?\s*=\s*([-+−]?\d+(?:\.\d+)?)/i,
  ],
  [
    /\b(?:w|weight|factor)\b/i,
    /\b(?:w|(?:recurrent )?weight|factor)\s*(?:=|is|of|at|to)?\s*([-+−]?\d+(?:\.\d+)?)/i,
  ],
];

/** "double it", "halve that": the calculation's main input, where its calculator marked it. */
const PRONOUN = /\b(?:it|that|this)\b/i;

export function calcScaled(
  message: string,
  asked: string,
): { calc: Calculation; message: string } | undefined {
  if (message.trim().split(/\s+/).length > 10) return undefined;
  const factor = factorOf(message);
  if (factor === undefined || !calculate(asked)) return undefined;
  for (const [named, given] of QUANTITY) {
    if (!named.test(message)) continue;
    const m = given.exec(asked);
    const i = m ? m.findIndex((g, k) => k > 0 && g !== undefined) : -1;
    const old = m && i > 0 ? m[i] : undefined;
    if (!m || old === undefined) continue;
    const start = m.index + m[0].lastIndexOf(old);
    const value = Number(old) * factor;
    // A count of steps stays whole: half of 25 steps is 12 or 13, neither of which was asked.
    if (named === QUANTITY[0]?.[0] && !Number.isInteger(value)) return undefined;
    const replaced = `${asked.slice(0, start)}${value}${asked.slice(start + old.length)}`;
    const calc = calculate(replaced);
    if (calc) return { calc, message: replaced };
  }
  return PRONOUN.test(message) ? mainInputScaled(asked, factor) : undefined;
}

function mainInputScaled(asked: string, factor: number) {
  const span = calculate(asked)?.vary;
  const old = span ? Number(asked.slice(span[0], span[1]).replace("−", "-")) : NaN;
  if (!span || !Number.isFinite(old)) return undefined;
  const replaced = `${asked.slice(0, span[0])}${Number((old * factor).toPrecision(6))}${asked.slice(span[1])}`;
  const calc = calculate(replaced);
  return calc ? { calc, message: replaced } : undefined;
}
