/**
 * Numbers in a run request that set no dial: a value being replaced ("instead of 1"), the ends
 * of a range the learner spans or tried, a year, and a multiplier of something named.
 */
import type { NumberMention } from "../numbers";

/**
 * "W = 1.2 times an orthogonal matrix", "3× the default": a multiplier of something the message
 * names, never a guess for a dial it did not name. ("weights scaled by 1.5" names its dial.)
 */
export function multiplies(n: NumberMention, lower: string): boolean {
  const after = lower.slice(n.end, n.end + 8);
  const before = lower.slice(Math.max(0, n.start - 12), n.start);
  return /^\s*(?:times\b|×|x\s)/.test(after) || /(?:\btimes|×)\s*$/.test(before);
}

/** "… instead of a 1", "rather than identity": the value being replaced, not the one asked for. */
export const REPLACED = /\b(?:instead of|rather than|not|than|from)\s+(?:an?\s+|the\s+)?$/;

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

export function rangesIn(lower: string): [number, number][] {
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

export const inRange = (n: NumberMention, ranges: readonly [number, number][]) =>
  ranges.some(([a, b]) => n.start >= a && n.end <= b);

/** "the 1997-truncated gradient", "the 2015 paper": a year, not a dial's value. */
export function isYear(n: NumberMention, lower: string): boolean {
  if (!/^(?:19|20)\d\d$/.test(n.raw)) return false;
  return /^(?:-[a-z]|\s+(?:lstm|paper|cell|version|variant|truncat|gradient|rule))/.test(
    lower.slice(n.end, n.end + 12),
  );
}

/** "Chung et al 2014": any year-like number is no guess for an unnamed dial ("seed 2014" still sets one). */
export function looksLikeYear(raw: string): boolean {
  return /^(?:19[5-9]\d|20[0-4]\d)$/.test(raw.trim());
}
