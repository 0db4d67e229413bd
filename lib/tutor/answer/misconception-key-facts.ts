/**
 * The catalogue's correction is written for the claim in general; a learner's claim can lean on
 * a part it leaves implicit. "I leave the forget bias at 0" needs the remedy (a positive bias),
 * "clipping also protects against tiny gradients" needs that clipping never lengthens one, and a
 * claim about x_T = w^T x_0 at the learner's numbers needs the derivative at those numbers. Each
 * fact is added only when the message makes that part of the claim.
 */
import { getMisconception, type Misconception } from "@/lib/content";
import { symptomRegime } from "../retrieval/symptoms";
import { ideaWording } from "./claim-wording";

interface KeyFact {
  /** The message makes the part of the claim this fact answers. */
  when: RegExp | ((message: string) => boolean);
  fact: (message: string) => string | undefined;
}

const number = (re: RegExp, text: string) => {
  const m = re.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
};

/** 2668, 0.0123, 1.23e+9 → four significant figures, in TeX. */
function figures(x: number): string {
  if (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e6) return String(Number(x.toPrecision(4)));
  const [mantissa, exponent] = x.toExponential(3).split("e");
  return `${Number(mantissa)} \\times 10^{${Number(exponent)}}`;
}

/**
 * The power written out with its numbers, "0.5·1.1^50" (x_0 before) or "1.1^50 × 0.5" (after):
 * the learner's w, x_0 and T without naming them.
 */
const DECIMAL = String.raw`(-?\d+(?:\.\d+)?)`;
const TIMES = String.raw`\s*[·*×⋅]\s*`;
const POWER = String.raw`\s*\^\s*\{?(\d+)\}?`;
const START_BEFORE = new RegExp(`${DECIMAL}${TIMES}${DECIMAL}${POWER}`);
const START_AFTER = new RegExp(`${DECIMAL}${POWER}${TIMES}${DECIMAL}`);

interface PowerNumbers {
  w?: number;
  x0?: number;
  T?: number;
}
function powerWritten(message: string): PowerNumbers {
  const before = START_BEFORE.exec(message);
  if (before) return { x0: Number(before[1]), w: Number(before[2]), T: Number(before[3]) };
  const after = START_AFTER.exec(message);
  if (after) return { w: Number(after[1]), T: Number(after[2]), x0: Number(after[3]) };
  return {};
}
const writesPower = (message: string) => powerWritten(message).T !== undefined;

/** The derivative of x_T = w^T x_0 with respect to w at the message's w, x_0 and T. */
function derivativeAtNumbers(message: string): string | undefined {
  const written = powerWritten(message);
  const w = number(/\bw\s*=\s*(-?\d+(?:\.\d+)?)/i, message) ?? written.w;
  const x0 = number(/\bx_?\{?0\}?\s*=\s*(-?\d+(?:\.\d+)?)/i, message) ?? written.x0;
  const T = number(/\bT\s*=\s*(\d+)\b/, message) ?? written.T;
  if (w === undefined || x0 === undefined || T === undefined || T < 2) return undefined;
  const gradient = T * w ** (T - 1) * x0;
  const value = w ** T * x0;
  return `Here the gradient is $T w^{T-1} x_0 = ${T} \\cdot ${w}^{${T - 1}} \\cdot ${x0} \\approx ${figures(gradient)}$, not $x_T \\approx ${figures(value)}$.`;
}

/**
 * "It doesn't pick up long-range stuff", "the early gradients are tiny": a learner who describes
 * the failure without naming it is told its name, which the lessons and their fixes go by.
 */
const vanishingUnnamed = (message: string) =>
  !/vanish/i.test(message) &&
  (symptomRegime(message) === "vanishing" || /\bvanishing\b/.test(ideaWording(message)));
const NAMES_VANISHING: KeyFact = {
  when: vanishingUnnamed,
  fact: () => "What you describe is a vanishing gradient.",
};

const KEY_FACTS: Readonly<Record<string, readonly KeyFact[]>> = {
  "forget-bias-irrelevant": [
    {
      when: /\b(?:0|zero|default|leave|left|leaving|train\w*|learn\w*|sorts?)\b/i,
      fact: () =>
        "Set it positive, 1 or more (Jozefowicz et al. 2015): $\\sigma(1) \\approx 0.73$ per step instead of 0.5 at the start.",
    },
  ],
  "clipping-fixes-vanishing": [
    {
      when: /\b(?:both|small|tiny|too[- ]small|either way|directions?)\b/i,
      fact: () => "It never lengthens a gradient, so a too-small one stays too small.",
    },
    NAMES_VANISHING,
  ],
  "bigger-hidden-fixes-vanishing": [NAMES_VANISHING],
  "derivative-is-value": [
    { when: /\bw\s*=.*\bT\s*=|\bT\s*=.*\bw\s*=/i, fact: derivativeAtNumbers },
    { when: writesPower, fact: derivativeAtNumbers },
  ],
};

/** The entry with its correction carrying the facts the message's claim calls for. */
export function correctionFor(id: string, message: string): Misconception | undefined {
  const entry = getMisconception(id);
  if (!entry) return undefined;
  const facts = (KEY_FACTS[id] ?? [])
    .filter((k) => (typeof k.when === "function" ? k.when(message) : k.when.test(message)))
    .map((k) => k.fact(message))
    .filter((f): f is string => f !== undefined);
  return facts.length === 0
    ? entry
    : { ...entry, correction: [entry.correction, ...facts].join(" ") };
}
