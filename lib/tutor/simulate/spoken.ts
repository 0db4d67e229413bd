/**
 * Numbers said in words: "two hundred steps", "a forget bias of three", "minus two", "one and a
 * half", "half a unit", "zero point five", and vague counts ("hundreds of steps"). Learners type
 * them as they would say them; the dials need the number.
 *
 * A lone small word ("one", "two") is a number only where a value is expected: after "of", "to",
 * "at", "with"…, before a unit ("two layers"), or as the whole message. Otherwise it is a word:
 * "the exploding one", "the other one", "the two models".
 */
import type { NumberMention } from "../numbers";
import { wordTable } from "../word-table";

const SMALL = wordTable<number>(
  Object.fromEntries(
    (
      "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " +
      "fifteen sixteen seventeen eighteen nineteen"
    )
      .split(" ")
      .map((w, i) => [w, i]),
  ),
);
const TENS = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
/** Every single word that names a whole number by itself: "seven", "forty", "hundred". */
export const NUMBER_WORD_VALUES = wordTable({
  ...SMALL,
  ...TENS,
  hundred: 100,
});
const FRACTIONS = wordTable({ half: 0.5, quarter: 0.25, quarters: 0.25 });
const SIGNS = wordTable({ minus: -1, negative: -1, plus: 1 });

/** Where a value is expected just before a number word ("store a zero": the bit's value). */
const GLUE = new Set(
  "of to at is be by with from about around like equals was were try use and or than set make it a".split(
    " ",
  ),
);
/** A dial's name just before a lone word makes it its value: "threshold one", "delay eighty". */
const DIAL_NOUN =
  /^(?:threshold|bias|scale|length|delay|gap|rate|size|depth|gain|radius|norm|horizon|distractors|theta|lr|t)$/;
/** Words for the unit of a dial's count: "two layers", "sixteen hidden units". */
const UNITS = /^(?:steps?|time|timesteps?|layers?|units?|hidden|neurons?|blocks?)$/;
/** "one of them", "two times", "two gates": a count of something that is not a setting. */
const NOT_A_VALUE =
  /^(?:times|fold|of|more|thing|things|way|ways|gates?|models?|networks?|nets?|curves?|lines?|plots?|runs?|cells?|scenarios?|demos?|ones?|options?|values?|settings?|sides?|questions?|words?)$/;

interface Word {
  text: string;
  start: number;
  end: number;
  /** Only spaces or a hyphen since the word before: "twenty-five" is one number, "one, twenty" two. */
  tight: boolean;
}

function wordsOf(lower: string): Word[] {
  let last = 0;
  return [...lower.matchAll(/[a-z]+/g)].map((m) => {
    const tight = /^[\s-]*$/.test(lower.slice(last, m.index));
    last = m.index + m[0].length;
    return { text: m[0], start: m.index, end: last, tight };
  });
}

/** The word at `k`, when it follows the one before it without punctuation. */
const tightAt = (ws: readonly Word[], k: number) => (ws[k]?.tight ? ws[k]?.text : undefined);

/** Whole number from words at `i`: "two hundred (and) fifty", "twenty-five", "a thousand". */
function cardinal(ws: readonly Word[], i: number): { value: number; next: number } | undefined {
  let value = 0;
  let j = i;
  let read = false;
  const hundreds = (k: number) =>
    (SMALL[ws[k]?.text ?? ""] !== undefined || ws[k]?.text === "a") &&
    tightAt(ws, k + 1) === "hundred";
  if (hundreds(j)) {
    value = (SMALL[ws[j]?.text ?? ""] ?? 1) * 100;
    j += 2;
    read = true;
    if (ws[j]?.text === "and" && belowHundred(ws, j + 1)) j += 1;
  }
  // "three fifty", "one twenty": hundreds said the short way.
  const lead = SMALL[ws[j]?.text ?? ""];
  const tail =
    !read && lead !== undefined && lead > 0 && lead < 10 && ws[j + 1]?.tight
      ? belowHundred(ws, j + 1)
      : undefined;
  if (tail && tail.value >= 10) return { value: (lead ?? 0) * 100 + tail.value, next: tail.next };
  const rest = belowHundred(ws, j);
  if (rest) {
    value += rest.value;
    j = rest.next;
    read = true;
  }
  if (!read && ws[j]?.text === "a" && ws[j + 1]?.text === "thousand") {
    value = 1;
    j += 1;
    read = true;
  }
  if (!read) return undefined;
  if (ws[j]?.text === "thousand") {
    value *= 1000;
    j += 1;
    const more = cardinal(ws, ws[j]?.text === "and" ? j + 1 : j);
    if (more && more.value < 1000) return { value: value + more.value, next: more.next };
  }
  return { value, next: j };
}

function belowHundred(ws: readonly Word[], i: number): { value: number; next: number } | undefined {
  const w = ws[i]?.text ?? "";
  const tens = TENS[w];
  if (tens !== undefined) {
    const unit = SMALL[tightAt(ws, i + 1) ?? ""];
    return unit !== undefined && unit > 0 && unit < 10
      ? { value: tens + unit, next: i + 2 }
      : { value: tens, next: i + 1 };
  }
  const small = SMALL[w];
  return small !== undefined ? { value: small, next: i + 1 } : undefined;
}

/** "and a half", "point five", "half" after "one": the fraction after a whole number. */
function fractionAfter(ws: readonly Word[], i: number): { value: number; next: number } {
  const [a, b, c] = [ws[i]?.text, ws[i + 1]?.text, ws[i + 2]?.text];
  if (a === "and" && (b === "a" || b === "an") && FRACTIONS[c ?? ""])
    return { value: FRACTIONS[c ?? ""] ?? 0, next: i + 3 };
  if (a === "point") {
    let digits = "";
    let j = i + 1;
    while (SMALL[ws[j]?.text ?? ""] !== undefined && (SMALL[ws[j]?.text ?? ""] ?? 10) < 10)
      digits += String(SMALL[ws[j++]?.text ?? ""]);
    if (digits) return { value: Number(`0.${digits}`), next: j };
  }
  return { value: 0, next: i };
}

/** One number in words starting at word `i`, and whether it was a lone small word. */
function numberAt(
  ws: readonly Word[],
  i: number,
): { value: number; next: number; lone: boolean } | undefined {
  const sign = SIGNS[ws[i]?.text ?? ""];
  const at = sign !== undefined ? i + 1 : i;
  const [w, next] = [ws[at]?.text ?? "", ws[at + 1]?.text ?? ""];
  let found: { value: number; next: number; lone: boolean } | undefined;
  // "a half", "a quarter", "half a unit": a fraction on its own.
  if ((w === "a" || w === "one") && FRACTIONS[next]) found = fractionFound(FRACTIONS[next], at + 2);
  else if (w === "half" && next === "a" && ws[at + 2]?.text === "dozen")
    found = { value: 6, next: at + 3, lone: false };
  else if (w === "a" && next === "dozen") found = { value: 12, next: at + 2, lone: false };
  else if (w === "point" && (SMALL[next] ?? 10) < 10) {
    const part = fractionAfter(ws, at);
    found = part.next > at ? { value: part.value, next: part.next, lone: false } : undefined;
  } else if (w === "half" && next === "a" && !/^(?:the|that|it)$/.test(ws[at + 2]?.text ?? ""))
    found = fractionFound(0.5, at + 2);
  else {
    const whole = cardinal(ws, at);
    if (!whole) return undefined;
    const part = fractionAfter(ws, whole.next);
    // "three quarters": a count of quarters.
    const quarters = ws[whole.next]?.text === "quarters" && whole.value < 4;
    // "two dozen": a count of dozens.
    const dozens = ws[whole.next]?.text === "dozen" && whole.value < 10;
    found = quarters
      ? { value: whole.value / 4, next: whole.next + 1, lone: false }
      : dozens
        ? { value: whole.value * 12, next: whole.next + 1, lone: false }
        : {
            value: whole.value + part.value,
            next: part.next,
            lone: whole.next === at + 1 && part.next === whole.next,
          };
  }
  if (sign === undefined) return found;
  return found ? { ...found, value: sign * found.value, lone: false } : undefined;
}

const fractionFound = (value: number | undefined, next: number) =>
  value === undefined ? undefined : { value, next, lone: false };

/** Every number said in words, vague counts too, with its span in the text, left to right. */
export function spokenNumbers(text: string): NumberMention[] {
  return [...exactNumbers(text), ...vagueCounts(text.toLowerCase())].sort(
    (a, b) => a.start - b.start,
  );
}

/** The numbers said in words that stand for one number ("two hundred", not "hundreds"). */
function exactNumbers(text: string): NumberMention[] {
  const lower = text.toLowerCase();
  const ws = wordsOf(lower);
  const out: NumberMention[] = [];
  for (let i = 0; i < ws.length; i++) {
    const n = numberAt(ws, i);
    if (!n || n.next <= i) continue;
    const first = ws[i];
    const last = ws[n.next - 1];
    if (!first || !last) continue;
    // "hundreds", "thousands of steps" are vague counts, read by vagueCounts.
    if (/^(?:hundred|thousand)s$/.test(ws[n.next]?.text ?? "")) continue;
    if (n.lone && !expectsValue(ws, i, n.next, lower)) continue;
    // "a one-unit recurrence", "a two-layer LSTM": a number joined to its noun describes it.
    if (/^-[a-z]/.test(lower.slice(last.end))) continue;
    out.push({
      value: n.value,
      start: first.start,
      end: last.end,
      raw: text.slice(first.start, last.end),
    });
    i = n.next - 1;
  }
  return out;
}

/** A lone small word stands where a value goes: after glue, before a unit, or alone. */
function expectsValue(ws: readonly Word[], i: number, next: number, lower: string): boolean {
  const after = ws[next]?.text ?? "";
  if (NOT_A_VALUE.test(after) || ws[i]?.text === "a") return false;
  if (UNITS.test(after)) return true;
  const before = ws[i - 1]?.text ?? "";
  if (GLUE.has(before) && !/^(?:the|this|that|which|other)$/.test(ws[i - 2]?.text ?? "-"))
    return true;
  if (DIAL_NOUN.test(before)) return true;
  // "= two", "bias: three"
  if (/[=:]\s*$/.test(lower.slice(0, ws[i]?.start ?? 0))) return true;
  // The whole message is the number ("and three?", "minus two").
  const rest = ws.filter(
    (w, k) => k !== i && !/^(?:and|or|now|then|ok|okay|so|try|with)$/.test(w.text),
  );
  return rest.length === 0;
}

/** "Hundreds" or "a few hundred" names no number: one well past a hundred stands for it. */
const VAGUE = 300;
const VAGUE_COUNT =
  /\b(a few|several|many)\s+(hundred|thousand)(?:\s+of)?(?=\s+(?:time ?)?(?:steps|layers|blocks|units))|\b(hundred|thousand)s(?:\s+of)?(?=\s+(?:time ?)?(?:steps|layers|blocks|units))/g;

/** "hundreds of steps", "a few thousand layers": a long run that the dial's range clamps. */
export function vagueCounts(lower: string): NumberMention[] {
  return [...lower.matchAll(VAGUE_COUNT)].map((m) => {
    const scale = (m[2] ?? m[3]) === "thousand" ? 10 : 1;
    return { value: VAGUE * scale, start: m.index, end: m.index + m[0].length, raw: m[0] };
  });
}

/**
 * The text with every number said in words written in digits ("set the bias to three" → "set
 * the bias to 3"), for the rules that look for a number to decide that a run is asked for.
 */
export function withDigits(text: string): string {
  let out = text;
  for (const n of exactNumbers(text).reverse())
    out = `${out.slice(0, n.start)}${String(Number(n.value.toPrecision(6)))}${out.slice(n.end)}`;
  return out;
}
