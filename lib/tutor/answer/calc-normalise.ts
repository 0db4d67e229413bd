/**
 * One reading of the numbers in a calculation request, before any calculator looks at it: the
 * many ways a learner writes a value are put in the one form the calculators read. Numbers in
 * words ("zero point nine", "a half", "a thousand steps"), "1k", "one in a thousand",
 * scientific and percent forms ("1e-3", "10^-3", "0.1%", "5 percent"), ∂ written for d,
 * vectors written as components ("6i + 8j", "components 3, 4 and 12", "the gradient is 9 and
 * 12"), lengths said another way ("t of 50", "a 50-step gap", "fifty time-steps"), times
 * written as arguments ("h(t-1)") and derivatives in words ("derivative of x_30 wrt w").
 *
 * Every rewrite keeps a map back to the message as written, so a calculator's span of its main
 * input ("and with 0?" replaces it) still points at the learner's own words.
 */
import { findNumbers } from "../numbers";
import { NUMBER_WORD_VALUES, spokenNumbers } from "../simulate/spoken";

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A rewritten message with, for each of its characters, the span of the original it stands for. */
export interface Normalised {
  text: string;
  from: readonly number[];
  to: readonly number[];
}

function apply(m: Normalised, edits: readonly Edit[]): Normalised {
  if (edits.length === 0) return m;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  const keep = (end: number) => {
    for (; i < end; i++) {
      text += m.text[i] ?? "";
      from.push(m.from[i] ?? 0);
      to.push(m.to[i] ?? 0);
    }
  };
  for (const e of sorted) {
    if (e.start < i) continue; // overlapping edits: the first one wins
    keep(e.start);
    const a = m.from[e.start] ?? 0;
    const b = m.to[e.end - 1] ?? a;
    for (const ch of e.text) {
      text += ch;
      from.push(a);
      to.push(b);
    }
    i = e.end;
  }
  keep(m.text.length);
  return { text, from, to };
}

/** The span of the original message that a span of the normalised text stands for. */
export function originalSpan(m: Normalised, span: [number, number]): [number, number] {
  const [s, e] = span;
  return [m.from[s] ?? s, m.to[e - 1] ?? e];
}

const show = (v: number) => String(Number(v.toPrecision(12)));

function edits(text: string, re: RegExp, replace: (m: RegExpExecArray) => string | undefined) {
  const out: Edit[] = [];
  for (const m of text.matchAll(re)) {
    const t = replace(m);
    if (t !== undefined) out.push({ start: m.index, end: m.index + m[0].length, text: t });
  }
  return out;
}

/** "zero point nine" → 0.9, "a half" → 0.5; "hundreds of steps" names no number and stays. */
const wordNumbers = (text: string): Edit[] =>
  spokenNumbers(text)
    .filter((n) => !/\b(?:hundreds|thousands|few|several|many)\b/i.test(n.raw))
    .map((n) => ({ start: n.start, end: n.end, text: show(n.value) }));

/** "1k steps", "2.5k": thousands. */
const KILO = /(?<![\w.])(\d+(?:\.\d+)?)\s?k\b(?!['’]?\w)/gi;
/** "one in a thousand", "1 in 1000": the fraction. */
const ONE_IN = /\b(?:one|1|a)\s+in\s+(?:a\s+|every\s+)?(\d+(?:,\d{3})*)(?![\w.])/gi;
/** "σ(1.5) to the 30th", "0.9 raised to 50": a power in words is written as one. */
const POWER_WORDS =
  /\s*(?:to the power(?: of)?|raised to(?: the power(?: of)?)?|to the|\*\*)\s*(\d+)(?:st|nd|rd|th)?(?: power)?\b/gi;
const PERCENT_WORD = /\s*\bper\s?cent\b/gi;
/** "one percent", "five per cent": a small count of percent, which the word reader leaves alone. */
const SMALL_WORDS = "zero one two three four five six seven eight nine ten".split(" ");
const SMALL_PERCENT = new RegExp(
  String.raw`\b(${SMALL_WORDS.join("|")})(?=\s*(?:%|per\s?cent\b))`,
  "gi",
);
/** A number whose written form needs reading: "1e-3", "7.8 × 10^-3", "10^{-3}", "5 %". */
const NEEDS_READING = /[eE][-+−]?\d|\^|%|⁻|[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

function writtenForms(text: string): Edit[] {
  return findNumbers(text)
    .filter((n) => NEEDS_READING.test(n.raw))
    .filter((n) => !/[\^.\d]\s*$/.test(text.slice(0, n.start)) || !/^10\s*\^/.test(n.raw))
    .map((n) => ({ start: n.start, end: n.end, text: show(n.value) }));
}

const NUM = String.raw`[-+−]?(?:\d+(?:\.\d+)?|\.\d+)`;
/** "6i + 8j", "3i - 4j + 12k": a vector by its unit-vector components. */
const UNIT_VECTOR = new RegExp(
  String.raw`(${NUM})\s*\*?\s*[iî]\s*([-+−])\s*(\d+(?:\.\d+)?|\.\d+)\s*\*?\s*[jĵ](?:\s*([-+−])\s*(\d+(?:\.\d+)?|\.\d+)\s*\*?\s*k)?(?![\w])`,
  "g",
);
/**
 * "components 3, 4 and 12", "the gradient is 9 and 12", "clip 6 and 8 at 5": a vector named (or
 * clipped), then listed.
 */
const LISTED_VECTOR = new RegExp(
  String.raw`\b(?:gradients?|grad|vector|g|components?|entries|elements|coordinates|coords|clip(?:ping)?)\b(?:\s*(?:is|are|=|of|with|has|have|:|reads?|equals?|vector))*\s*(${NUM}(?:\s*(?:,\s*and|,|;|and)\s*${NUM})+)(?![\w.]|\s*(?:steps|%))`,
  "gi",
);
const BRACKETED = new RegExp(String.raw`[([]\s*${NUM}\s*[,;]`);

function unitVectors(text: string): Edit[] {
  return edits(text, UNIT_VECTOR, (m) => {
    const parts = [m[1], `${m[2]}${m[3]}`, m[4] === undefined ? undefined : `${m[4]}${m[5]}`];
    const xs = parts.flatMap((p) => (p === undefined ? [] : [Number(p.replace("−", "-"))]));
    return `(${xs.map(show).join(", ")})`;
  });
}

/** A bare list is a vector only where a vector is being clipped or measured, and none is written. */
function listedVectors(text: string): Edit[] {
  if (BRACKETED.test(text) || !/\bclip|\bnorm\b|\blength\b|θ|theta|threshold/i.test(text))
    return [];
  return edits(text, LISTED_VECTOR, (m) => {
    const list = m[1] ?? "";
    const xs = list.split(/\s*(?:,\s*and|,|;|and)\s*/).map((x) => Number(x.replace("−", "-")));
    if (xs.length > 8 || xs.some((x) => !Number.isFinite(x))) return undefined;
    const at = m[0].lastIndexOf(list);
    return `${m[0].slice(0, at)}(${xs.map(show).join(", ")})`;
  });
}

/** "t of 50", "T is 50": the length; "a 50-step gap", "50 time-steps": counts of steps. */
const T_SAID = /\b[tT]\s*(?:of|is|equals?)\s+(\d+)(?![.\d])/g;
const STEP_COUNT = /\b(\d+)\s*-\s*(?:time[- ]?)?steps?\b|\b(\d+)\s+time[- ]steps?\b/gi;
/**
 * "25 tokens", "30 timesteps", "40 frames": in a recurrent network each token is one step, so a
 * count of them is a length. Words and characters count as steps only when the sentence says
 * how far back ("20 words back", "50 characters ago"), not in "a vocabulary of 10000 words".
 */
const TOKEN_COUNT =
  /\b(\d+)\s*(?:tokens?|timesteps?|time-steps?|frames?|positions?|(?:words?|characters?|chars?)(?=\s+(?:back|ago|earlier|before|apart|away|later)\b))\b/gi;
/** "x_(t-1)", "h_(t+1)": a subscript in parentheses, written as the braces the readers accept. */
const PAREN_SUBSCRIPT = /_\(([\w+\-−\s]{1,8})\)/g;
/** "h_prev", "h_{prev}", "x_{t-1}" said as "previous": the state one step back. */
const PREVIOUS = /\b([hxc])_\{?prev(?:ious)?\}?(?!\w)/gi;
const PARTIAL = /∂|𝜕/g;
/**
 * "h(t) = 0.9·h(t-1)", "x(0) = 2", "dh(T)/dh(0)": a state's time written as its argument, read
 * as the subscript the calculators read. Only h, x and c with a time (t, t±k, T or a step
 * number) inside, so "tanh(x)" or "s(1 - s)" stay as written.
 */
const TIME_ARGUMENT = /(?<=(?:^|[^A-Za-z])d?)([hxc])\(\s*(t\s*[-−+]\s*\d+|[tT]|\d+)\s*\)/g;
const subscript = (time: string) => {
  const t = time.replace(/\s+/g, "");
  return t.length === 1 ? t : `{${t}}`;
};
/**
 * "derivative of x_30 wrt w", "the gradient of h_T with respect to h_0": the derivative in
 * words, written as the quotient the calculators read ("dx_{30}/dw").
 */
const DERIVATIVE_WORDS =
  /\b(?:the\s+)?(?:derivative|gradient|partial)\s+of\s+([hxcL])(_\{?\w+\}?)?\s+(?:wrt|w\.r\.t\.?|with respect to)\s+([a-zA-Z](?:_\{?\w+\}?)?)(?![\w{])/gi;
/**
 * "five residual blocks", "twelve plain tanh layers": a count in words whose noun comes after a
 * qualifier or two. The word reader only takes a lone small word as a value right before its
 * unit, so without this the stack's depth is never read and the calculation never starts.
 */
const WORD_COUNT = new RegExp(
  String.raw`\b(${Object.keys(NUMBER_WORD_VALUES).join("|")})(?=\s+(?:[a-z][\w-]*\s+){1,2}(?:blocks?|layers?)\b|\s+(?:tokens?|timesteps?|time-steps?|frames?|positions?)\b)`,
  "gi",
);
/**
 * "the sigmoid derivative at its steepest point", "where tanh is steepest": σ and tanh are
 * steepest at their midpoint, x = 0, so the point is read as "at 0" (only for those two, whose
 * slope has one peak there).
 */
const STEEPEST =
  /\b(?:at\s+(?:its|the)\s+(?:steepest|maximum slope|max slope|peak slope|peak)(?:\s+point)?|where\s+(?:it|the curve|tanh|sigmoid|σ)\s+is\s+steepest)\b/gi;
const steepest = (text: string): Edit[] =>
  /\b(?:sigmoid|tanh|σ)/i.test(text) ? edits(text, STEEPEST, () => "at 0") : [];
const countValue = (w: string) => NUMBER_WORD_VALUES[w.toLowerCase()];

const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORD_VALUES).join("|")})`;
/**
 * "step fifty", "timestep twenty-five": a step named by its number in words. The word reader
 * takes a lone word as a value only where a value is expected, and a step's number is one.
 */
const STEP_IN_WORDS = new RegExp(
  String.raw`(?<=\b(?:time ?step|step|position|token|frame)\s+)${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD})?\b`,
  "gi",
);
const stepInWords = (text: string): Edit[] =>
  edits(text, STEP_IN_WORDS, (m) => {
    const value = spokenNumbers(`= ${m[0]}`)[0]?.value;
    return value === undefined || !Number.isInteger(value) ? undefined : show(value);
  });

const PASSES: readonly ((text: string) => Edit[])[] = [
  (t) => edits(t, SMALL_PERCENT, (m) => String(SMALL_WORDS.indexOf((m[1] ?? "").toLowerCase()))),
  wordNumbers,
  stepInWords,
  (t) =>
    edits(t, WORD_COUNT, (m) => {
      const v = countValue(m[1] ?? "");
      return v === undefined ? undefined : show(v);
    }),
  // Before thousands: the k of "3i - 4j + 12k" is a unit vector, not a thousand.
  unitVectors,
  (t) => edits(t, KILO, (m) => show(Number(m[1]) * 1000)),
  (t) => edits(t, POWER_WORDS, (m) => `^${m[1] ?? ""}`),
  (t) => edits(t, ONE_IN, (m) => show(1 / Number((m[1] ?? "").replace(/,/g, "")))),
  (t) => edits(t, PERCENT_WORD, () => "%"),
  writtenForms,
  (t) => edits(t, PARTIAL, () => "d"),
  (t) => edits(t, TIME_ARGUMENT, (m) => `${m[1] ?? ""}_${subscript(m[2] ?? "")}`),
  steepest,
  listedVectors,
  (t) => edits(t, T_SAID, (m) => `T = ${m[1] ?? ""}`),
  (t) => edits(t, STEP_COUNT, (m) => `${m[1] ?? m[2] ?? ""} steps`),
  (t) => edits(t, TOKEN_COUNT, (m) => `${m[1] ?? ""} steps`),
  (t) => edits(t, PAREN_SUBSCRIPT, (m) => `_{${(m[1] ?? "").replace(/\s+/g, "")}}`),
  (t) => edits(t, PREVIOUS, (m) => `${m[1] ?? ""}_{t-1}`),
  (t) => edits(t, DERIVATIVE_WORDS, (m) => `d${m[1] ?? ""}${m[2] ?? ""}/d${m[3] ?? ""}`),
];

/** The message with its numbers, vectors and lengths in the calculators' one form. */
export function normaliseCalc(message: string): Normalised {
  // The maps index UTF-16 units, as the text and the calculators' spans do.
  let m: Normalised = {
    text: message,
    from: Array.from({ length: message.length }, (_, i) => i),
    to: Array.from({ length: message.length }, (_, i) => i + 1),
  };
  for (const pass of PASSES) m = apply(m, pass(m.text));
  return m;
}
