/**
 * Which dial a number is said of: the unit right after it ("200 steps"), the dial's name just
 * before it with glue words between ("bias of 3", "threshold set to 5"), or the name right after
 * it ("0.1 input noise").
 */
import type { NumberMention } from "../numbers";
import type { Mention } from "./mentions";

/**
 * "of size 2", "level 0.3", "value = 5": the dial's own measure said between its name and its
 * value ("distractors of size 2" sets the distractors' size, as "distractors 2" does).
 */
const MEASURE = String.raw`(?:(?:(?:of|with|at)\s+(?:an?\s+)?)?(?:size|magnitude|value|strength|amplitude|level)\s*)?`;
const VERB = String.raw`(?:(?:turned|bumped|cranked|dialled|dialed|pushed|raised|lowered|dropped|set|changed|increased|decreased)(?:\s+(?:up|down))?\s+)?`;
const GLUE = String.raw`(?:=|:|is|of|to|at|as|equal to|equals|set to|of about|about|around|be|were|was|by|(?:up|down) to)?`;
export const LEFT_GLUE = new RegExp(String.raw`^\s*${VERB}${MEASURE}${GLUE}\s*(?:=|:)?\s*$`, "i");
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

export function unitAfter(
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

export function nameBefore(
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
export function nameAfter(
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

/** "sigmoid layers, only 30 of them": a count said after its unit, pointing back with "of them". */
export function countPointingBack(
  n: NumberMention,
  mentions: readonly Mention[],
  lower: string,
  used: ReadonlySet<Mention>,
) {
  if (!/^\s+of\s+(?:them|those|these)\b/.test(lower.slice(n.end, n.end + 16))) return undefined;
  return mentions
    .filter(
      (m) =>
        !used.has(m) &&
        m.end <= n.start &&
        n.start - m.end <= 30 &&
        UNIT_WORDS.has(lower.slice(m.start, m.end).replace(/[\s-]+/g, " ")),
    )
    .at(-1);
}
