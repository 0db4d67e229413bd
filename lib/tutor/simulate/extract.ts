/**
 * Parameter values from a message: each number is bound to the parameter named next to it
 * ("bias of 3", "T=50", "spectral radius 1.2", "clip at 5") or to the unit after it ("200
 * steps", "16 units"). A number nobody claims goes to `fallbackKey` (the parameter the learner
 * talked about last, or the scenario's main dial), and is reported if there is none.
 */
import type { ParamDefs } from "@/lib/sim";
import { findNumbers, type NumberMention } from "../numbers";
import { unambiguous } from "./choice-values";
import { ALL_PARAMS, findMentions, type Mention } from "./mentions";
import { insideNameAside } from "./named-aside";
import { inRange, isYear, looksLikeYear, multiplies, rangesIn, REPLACED } from "./not-a-setting";
import { countPointingBack, nameAfter, nameBefore, unitAfter } from "./number-binding";
import { vagueCounts, withDigits } from "./spoken";

export interface Extraction {
  values: Record<string, number | string>;
  /** Dials asked to change relative to their current value ("double the threshold"): factors. */
  factors: Record<string, number>;
  /** Numbers that could not be tied to a parameter. */
  unassigned: number[];
  /** How the learner said a value in words ("hundreds"), for the note when it is clamped. */
  spoken: Record<string, string>;
  /** Values of dials other scenarios have and these ParamDefs lack ("update gate bias 2"), by label. */
  elsewhere: Record<string, number>;
}

/** "1 unit", "1 hidden neuron": a count of one, said with its noun in the singular. */
const SINGLE_COUNT = /(?<![\d.,-])(1\s+(?:hidden\s+)?)(unit|neuron)\b(?!-)/gi;
/** "a single unit", "just one neuron": the same count of one, said in words. */
const SINGLE_WORD =
  /\b(?:a\s+single|one\s+single|a\s+lone)\s+((?:hidden\s+)?)(unit|neuron)\b(?!-)/gi;

export function extractParams(
  message: string,
  params: ParamDefs,
  fallbackKey?: string,
  /** The fallback dial is the thread's, not a guess: an out-of-range value is clamped, not dropped. */
  known = false,
): Extraction {
  // Numbers said in words are read as the digits they stand for ("a bias of three").
  // "fifty percent" is read as "50%" is: a fraction.
  // "with 1 unit" counts units as "with 2 units" does: the singular noun is the same dial's unit.
  const text = withDigits(message)
    .replace(/(\d)\s*(?:percent|per cent)\b/gi, "$1%")
    .replace(SINGLE_WORD, "1 $1$2")
    .replace(SINGLE_COUNT, "$1$2s");
  const lower = text.toLowerCase();
  const found = findMentions(text, params);
  const mentions = unambiguous(found, lower, params);
  const numbers = settingNumbers(text, lower, found);
  const values: Record<string, number | string> = {};
  const spoken: Record<string, string> = {};
  const used = new Set<Mention>();
  const unassigned: number[] = [];
  const elsewhere: Record<string, number> = {};
  const foreign = findMentions(text, ALL_PARAMS).filter(
    (f) => f.value === undefined && !(f.key in params),
  );
  for (const m of mentions) {
    if (m.value !== undefined) {
      values[m.key] = m.value;
      used.add(m);
    }
  }
  for (const n of numbers) {
    const mention =
      unitAfter(n, mentions, lower, used) ??
      nameBefore(n, mentions, lower, used) ??
      nameAfter(n, mentions, numbers, lower, used) ??
      countPointingBack(n, mentions, lower, used);
    if (mention) {
      used.add(mention);
      const def = params[mention.key];
      values[mention.key] = def?.kind === "choice" ? String(n.value) : n.value;
      if (!/\d/.test(n.raw)) spoken[mention.key] = n.raw.replace(/\s+of$/, "");
      continue;
    }
    // A value for a dial this scenario does not have is no guess for one it has.
    const other = unitAfter(n, foreign, lower, used) ?? nameBefore(n, foreign, lower, used);
    const label = other ? ALL_PARAMS[other.key]?.label : undefined;
    if (other && label) {
      used.add(other);
      elsewhere[label] = n.value;
    } else if (!multiplies(n, lower) && !looksLikeYear(n.raw)) unassigned.push(n.value);
  }
  const factors = relativeFactors(mentions, lower, params, used, values);
  zeroedDials(mentions, lower, params, used, values);
  sharedValue(lower, params, values, unassigned);
  if (fallbackKey !== undefined && unassigned.length === 1 && values[fallbackKey] === undefined) {
    const def = params[fallbackKey];
    const v = unassigned[0];
    if (def && v !== undefined && (fitsGuess(def, v) || (known && def.kind === "number"))) {
      values[fallbackKey] = def.kind === "choice" ? String(v) : v;
      unassigned.length = 0;
    }
  }
  return { values, factors, unassigned, spoken, elsewhere };
}

/** The numbers that may set a dial, in order: not a value's name, a replaced value, a year or a range. */
function settingNumbers(text: string, lower: string, found: readonly Mention[]): NumberMention[] {
  const ranges = rangesIn(lower);
  return [...findNumbers(text), ...vagueCounts(lower)]
    .filter(
      (n) =>
        // A number inside a value's name ("the 1997 one") is that name, even when it yields.
        !found.some((m) => n.start < m.end && n.end > m.start) &&
        !REPLACED.test(lower.slice(Math.max(0, n.start - 16), n.start)) &&
        !isYear(n, lower) &&
        !insideNameAside(n, lower) &&
        !inRange(n, ranges),
    )
    .sort((a, b) => a.start - b.start);
}

/** "both gate biases at 2", "all the biases to 0": one value for every bias dial of the scenario. */
const SHARED_VALUE =
  /\b(?:both|all|every|each)(?: (?:the|of the))?(?: gate)? bias(?:es)?\s*(?:at|=|of|to|set to|are|:)?\s*([-+]?\d+(?:\.\d+)?)/i;

function sharedValue(
  lower: string,
  params: ParamDefs,
  values: Record<string, number | string>,
  unassigned: number[],
): void {
  const hit = SHARED_VALUE.exec(lower);
  const biases = Object.keys(params).filter(
    (k) => /bias$/i.test(k) && params[k]?.kind === "number",
  );
  if (!hit?.[1] || biases.length < 2) return;
  const v = Number(hit[1]);
  for (const k of biases) values[k] = v;
  const i = unassigned.indexOf(v);
  if (i >= 0) unassigned.splice(i, 1);
}

/**
 * A number nobody named is only guessed to be the fallback dial's when it could be a value of
 * it: "should remember 100" is not a forget bias of 100 (range -3 to 8), nor "times 1.1" an
 * input size. A named dial's out-of-range value is still clamped with a note; a guess is not.
 */
function fitsGuess(def: ParamDefs[string], v: number): boolean {
  if (def.kind !== "number") return true;
  return v >= def.min && v <= def.max && (!def.integer || Number.isInteger(v));
}

const RELATIVE: readonly [RegExp, number][] = [
  [/\b(?:double|doubling|doubled|twice)\s*$/, 2],
  [/\b(?:triple|tripling|tripled|three times)\s*$/, 3],
  [/\b(?:halve|halving|halved|half)\s*$/, 0.5],
  [/\b(?:ten times|tenfold)\s*$/, 10],
];

/** "double the", "halve my": the factor the words before a dial's name ask for. */
function relativeFactor(before: string): number | undefined {
  const tail = before.replace(/\s+(?:the|my|our|its|this)\s*$/, " ").trimEnd();
  for (const [re, factor] of RELATIVE) if (re.test(tail)) return factor;
  return undefined;
}

type Values = Record<string, number | string>;

/** "double the threshold", "halve the steps": dials named without a value, asked to scale. */
function relativeFactors(
  mentions: readonly Mention[],
  lower: string,
  params: ParamDefs,
  used: ReadonlySet<Mention>,
  values: Values,
): Record<string, number> {
  const factors: Record<string, number> = {};
  for (const m of mentions) {
    if (used.has(m) || values[m.key] !== undefined || params[m.key]?.kind !== "number") continue;
    const factor = relativeFactor(lower.slice(Math.max(0, m.start - 24), m.start));
    if (factor !== undefined) factors[m.key] = factor;
  }
  return factors;
}

/**
 * "no distractors", "without noise", "the recurrent weights zeroed out": the dial at zero,
 * when zero is in its range.
 */
function zeroedDials(
  mentions: readonly Mention[],
  lower: string,
  params: ParamDefs,
  used: ReadonlySet<Mention>,
  values: Values,
): void {
  for (const m of mentions) {
    const def = params[m.key];
    if (used.has(m) || values[m.key] !== undefined || def?.kind !== "number") continue;
    const zeroBefore = /\b(?:no|without|zero)\s+(?:any\s+)?$/.test(
      lower.slice(Math.max(0, m.start - 12), m.start),
    );
    const zeroAfter =
      /^\s*(?:(?:are|is|all)\s+)?(?:zeroed(?:\s+out)?|set to (?:zero|0)|at zero)\b/.test(
        lower.slice(m.end, m.end + 24),
      );
    if ((zeroBefore || zeroAfter) && def.min <= 0) values[m.key] = 0;
  }
}
