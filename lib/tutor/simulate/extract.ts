/**
 * Parameter values from a message: each number is bound to the parameter named next to it
 * ("bias of 3", "T=50", "spectral radius 1.2", "clip at 5") or to the unit after it ("200
 * steps", "16 units"). A number nobody claims goes to `fallbackKey` (the parameter the learner
 * talked about last, or the scenario's main dial), and is reported if there is none.
 */
import { sideAgainstDefault } from "./compared-choice";
import { insideNameAside } from "./named-aside";
import type { ParamDefs } from "@/lib/sim";
import { findNumbers, type NumberMention } from "../numbers";
import { ALL_PARAMS, findMentions, type Mention } from "./mentions";
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

const LEFT_GLUE =
  /^\s*(?:(?:turned|bumped|cranked|dialled|dialed|pushed|raised|lowered|dropped|set|changed|increased|decreased)(?:\s+(?:up|down))?\s+)?(?:=|:|is|of|to|at|as|equal to|equals|set to|of about|about|around|be|were|was|by|(?:up|down) to)?\s*(?:=|:)?\s*$/i;
const UNIT_WORDS = new Set([
  "steps",
  "step",
  "units",
  "layers",
  "layer",
  "blocks",
  "time steps",
  "timesteps",
  "hidden units",
  "neurons",
]);

export function extractParams(
  message: string,
  params: ParamDefs,
  fallbackKey?: string,
  /** The fallback dial is the thread's, not a guess: an out-of-range value is clamped, not dropped. */
  known = false,
): Extraction {
  // Numbers said in words are read as the digits they stand for ("a bias of three").
  // "fifty percent" is read as "50%" is: a fraction.
  const text = withDigits(message).replace(/(\d)\s*(?:percent|per cent)\b/gi, "$1%");
  const lower = text.toLowerCase();
  const found = findMentions(text, params);
  const ranges = rangesIn(lower);
  const mentions = unambiguous(found, lower, params);
  const numbers = [...findNumbers(text), ...vagueCounts(lower)]
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
      nameAfter(n, mentions, numbers, lower, used);
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
  const factors: Record<string, number> = {};
  for (const m of mentions) {
    if (used.has(m) || values[m.key] !== undefined || params[m.key]?.kind !== "number") continue;
    const factor = relativeFactor(lower.slice(Math.max(0, m.start - 24), m.start));
    if (factor !== undefined) factors[m.key] = factor;
  }
  // "no distractors", "without noise", "the recurrent weights zeroed out": the dial at zero,
  // when zero is in its range.
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

/**
 * "W = 1.2 times an orthogonal matrix", "3× the default": a multiplier of something the message
 * names, never a guess for a dial it did not name. ("weights scaled by 1.5" names its dial.)
 */
function multiplies(n: NumberMention, lower: string): boolean {
  const after = lower.slice(n.end, n.end + 8);
  const before = lower.slice(Math.max(0, n.start - 12), n.start);
  return /^\s*(?:times\b|×|x\s)/.test(after) || /(?:\btimes|×)\s*$/.test(before);
}

/** "… instead of a 1", "rather than identity": the value being replaced, not the one asked for. */
const REPLACED = /\b(?:instead of|rather than|not|than|from)\s+(?:an?\s+|the\s+)?$/;

/**
 * "somewhere between 4 and 32 units", "I tried 2 to 32 before": a range the learner spans or
 * tried, not a setting; neither end is a dial's value, nor a guess for the main one. "set the
 * steps from 50 to 100" changes a value and is left to the other rules.
 */
const RANGE =
  /\bbetween\s+(?:about\s+)?[-+−]?\d[\d.]*\s*(?:and|&)\s*[-+−]?\d[\d.]*|(?<![\d.])[-+−]?\d[\d.]*\s*(?:to|–|—)\s*[-+−]?\d[\d.]*(?![\d.])/g;
const CHANGE_BEFORE =
  /\b(?:set|sets|change|changing|increase|increasing|raise|raising|lower|lowering|move|moving|go|going|goes|bump|drop|switch|turn|push|crank)\b[^,.;!?]*$/;

const SPAN_BEFORE =
  /\b(?:anything|anywhere|somewhere|ranging|range|tried|trying|tested)\s+from\s*$/;

function rangesIn(lower: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of lower.matchAll(RANGE)) {
    const before = lower.slice(0, m.index);
    if (CHANGE_BEFORE.test(before)) continue;
    // "from 50 to 100 steps" may move a dial; "anything from 10 to 80" spans a range.
    if (/\bfrom\s*$/.test(before) && !SPAN_BEFORE.test(before)) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const inRange = (n: NumberMention, ranges: readonly [number, number][]) =>
  ranges.some(([a, b]) => n.start >= a && n.end <= b);

/** "the 1997-truncated gradient", "the 2015 paper": a year, not a dial's value. */
function isYear(n: NumberMention, lower: string): boolean {
  if (!/^(?:19|20)\d\d$/.test(n.raw)) return false;
  return /^(?:-[a-z]|\s+(?:lstm|paper|cell|version|variant|truncat|gradient|rule))/.test(
    lower.slice(n.end, n.end + 12),
  );
}

/** "the IRNN one", "the 1997 demo": a value word used as the scenario's name. */
const AS_NAME = /^\s+(?:one|demo|scenario|experiment|setup|sim|simulation)\b/;

/** A value said as the scenario's name yields to one said as a setting: it was only implied. */
function settingsOverNames(group: readonly Mention[], lower: string): readonly Mention[] {
  const settings = group.filter((m) => !AS_NAME.test(lower.slice(m.end, m.end + 12)));
  return settings.length > 0 ? settings : group;
}

/** "with the random orthogonal …", "using relu": a value given as the run's setting. */
const SETTING_BEFORE =
  /\b(?:with|using|use|set to|switch(?:ed)? to|change(?:d)? to)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$/;

/** "IRNN vs random orthogonal, … with the random orthogonal matrix": the comparison names both, the setting picks one. */
function chosenWith(group: readonly Mention[], lower: string): readonly Mention[] {
  return group.filter((m) => SETTING_BEFORE.test(lower.slice(Math.max(0, m.start - 30), m.start)));
}

/**
 * Several values of one choice: the one not being replaced ("orthogonal instead of identity"),
 * or the one said as a setting rather than as the scenario's name ("the IRNN one with
 * orthogonal init"); a list of them ("sigmoid/tanh/relu") sets none.
 */
function unambiguous(mentions: readonly Mention[], lower: string, params: ParamDefs): Mention[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions)
    if (m.value !== undefined) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const drop = new Set<Mention>();
  for (const group of byKey.values()) {
    if (new Set(group.map((m) => m.value)).size < 2) continue;
    const unreplaced = settingsOverNames(group, lower).filter(
      (m) => !REPLACED.test(lower.slice(Math.max(0, m.start - 16), m.start)),
    );
    // A value said as the setting wins; else "identity vs orthogonal" runs the side not shown yet.
    const withSetting = chosenWith(unreplaced, lower);
    const against = sideAgainstDefault(unreplaced, lower, params);
    const chosen =
      new Set(withSetting.map((m) => m.value)).size !== 1 && against ? [against] : withSetting;
    const kept = new Set(chosen.map((m) => m.value)).size === 1 ? chosen : unreplaced;
    const values = new Set(kept.map((m) => m.value));
    for (const m of group) if (values.size !== 1 || !kept.includes(m)) drop.add(m);
  }
  return mentions.filter((m) => !drop.has(m));
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

function unitAfter(
  n: NumberMention,
  mentions: readonly Mention[],
  lower: string,
  used: ReadonlySet<Mention>,
) {
  return mentions.find(
    (m) =>
      !used.has(m) &&
      m.start >= n.end &&
      m.start - n.end <= 2 &&
      /^[\s-]*$/.test(lower.slice(n.end, m.start)) &&
      UNIT_WORDS.has(lower.slice(m.start, m.end).replace(/[\s-]+/g, " ")),
  );
}

function nameBefore(
  n: NumberMention,
  mentions: readonly Mention[],
  lower: string,
  used: ReadonlySet<Mention>,
) {
  const before = mentions
    .filter((m) => !used.has(m) && m.end <= n.start && n.start - m.end <= 20)
    .at(-1);
  if (before && LEFT_GLUE.test(lower.slice(before.end, n.start))) return before;
  return undefined;
}

/** What may stand between a value and the dial it is for: "0.1 input noise", "3 as branch scale". */
const VALUE_THEN_NAME = /^[\s-]*(?:(?:as|for)\s+(?:(?:the|its|my)\s+)?)?$/;

/**
 * "0.1 input noise", "a 2 branch scale": the value said before the dial's name, when the name
 * is right after it and not followed by a value of its own ("2 threshold 5" sets it to 5).
 */
function nameAfter(
  n: NumberMention,
  mentions: readonly Mention[],
  numbers: readonly NumberMention[],
  lower: string,
  used: ReadonlySet<Mention>,
) {
  const after = mentions.find(
    (m) =>
      !used.has(m) &&
      m.value === undefined &&
      m.start >= n.end &&
      m.start - n.end <= 12 &&
      VALUE_THEN_NAME.test(lower.slice(n.end, m.start)),
  );
  if (!after) return undefined;
  const own = numbers.some(
    (o) =>
      o.start >= after.end &&
      o.start - after.end <= 20 &&
      LEFT_GLUE.test(lower.slice(after.end, o.start)),
  );
  return own ? undefined : after;
}

/** "Chung et al 2014": any year-like number is no guess for an unnamed dial ("seed 2014" still sets one). */
function looksLikeYear(raw: string): boolean {
  return /^(?:19[5-9]\d|20[0-4]\d)$/.test(raw.trim());
}
