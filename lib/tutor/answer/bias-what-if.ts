/**
 * A question that gives a gate bias a value ("what if the forget bias were -2?", "a GRU whose
 * update-gate bias starts at -3") is answered at that value, sign included: with the gate's other
 * inputs small, the gate sits near $\sigma(b)$, and the path it guards multiplies the gradient by
 * that factor per step, so $T$ steps keep about $\sigma(b)^T$. The lessons work the product for a
 * few biases (1, 3, 5); quoting those for a bias of 8 or -2 answers another question.
 */
import { sigmoid } from "@/lib/sim";
import { findNumbers, withoutQuotedCode } from "../numbers";
import type { QuestionKind } from "../types";
import { texNumber } from "./gate-what-if";

export type BiasedGate = "forget" | "update";

export interface BiasValue {
  gate: BiasedGate;
  value: number;
  /** Given as a sign in words ("large and negative"): the reply says which value it works. */
  assumed?: boolean;
}

/** The phrase naming the bias; the value must come within a few words after it. */
const NAMES: Readonly<Record<BiasedGate, RegExp>> = {
  forget:
    /\b(?:forget(?:[- ]gate)?[- ]bias(?:es)?|bias(?:es)? (?:of|on) the forget gates?|b_\{?f\}?|b_?f)\b/i,
  update:
    /\b(?:update(?:[- ]gate)?[- ]bias(?:es)?|bias(?:es)? (?:of|on) the update gates?|b_\{?z\}?|b_?z)\b/i,
};

/** Up to this many characters between the name and its value ("bias starts strongly negative, like -3"). */
const REACH = 40;
/** "Large and negative", "very negative": a sign without a number. */
const NEGATIVE_WORDS = /\b(?:large|big|strongly|very|quite|hugely)?\s*(?:and\s+)?negative\b/i;
const POSITIVE_WORDS = /\b(?:large|big|strongly|very|quite|hugely)\s+(?:and\s+)?positive\b/i;
/** The value a sign-only question is answered at: the lessons' own example of a strong bias. */
const STRONG = 3;

/** A value stated for the named bias: a number a few words after it, or a sign in words. */
function valueAfter(rest: string): { value: number; assumed?: boolean } | undefined {
  const near = rest.slice(0, REACH);
  const found = findNumbers(near)[0];
  // "bias of 8 over 100 steps": the step count is another quantity; only the first number counts.
  if (found && !/\bsteps?\b/i.test(near.slice(0, found.start))) {
    const negated = /\bnegative\b|\bminus\s*$/i.test(near.slice(0, found.start));
    return { value: negated && found.value > 0 ? -found.value : found.value };
  }
  if (NEGATIVE_WORDS.test(near)) return { value: -STRONG, assumed: true };
  if (POSITIVE_WORDS.test(near)) return { value: STRONG, assumed: true };
  return undefined;
}

/** The gate bias a message gives a value, if it gives exactly one gate's bias one. */
export function biasValue(message: string): BiasValue | undefined {
  const found: BiasValue[] = [];
  message = withoutQuotedCode(message);
  for (const gate of ["forget", "update"] as const) {
    const m = NAMES[gate].exec(message);
    if (!m) continue;
    const read = valueAfter(message.slice(m.index + m[0].length));
    if (read && Number.isFinite(read.value)) found.push({ gate, ...read });
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A factor near 1 keeps enough digits to differ from 1 ($\sigma(8) \approx 0.99966$, not "1"):
 * rounded to 1 it would say the path keeps the gradient whole.
 */
export function factorText(x: number): string {
  if (x <= 0.99 || x >= 1) return texNumber(x);
  const digits = Math.ceil(-Math.log10(1 - x)) + 1;
  // σ(32) is 1 − 1.3e-14: written out it would be fifteen nines, or "1." once rounded.
  if (digits > 12) return `1 - ${texNumber(1 - x)}`;
  return x.toFixed(digits).replace(/0+$/, "");
}

const STEPS = [10, 100] as const;

function product(f: number): string {
  const [a, b] = STEPS.map((T) => `$${factorText(f ** T)}$ after ${T} steps`);
  return `${a ?? ""} and ${b ?? ""}`;
}

/** What the sign and size of the bias mean for the path, in the lesson's terms. */
function verdict(gate: BiasedGate, b: number): string {
  const path = gate === "forget" ? "the cell path" : "the copy path";
  if (b < 0)
    return gate === "forget"
      ? `A negative bias puts the gate below 0.5, so the cell forgets most of its content at every step and ${path} vanishes even faster than with $b_f = 0$ ($f = 0.5$).`
      : `A negative bias starts $z$ near 0, so the candidate overwrites the state at almost every step and the gradient along ${path} vanishes faster than with a bias of 0 ($z = 0.5$).`;
  if (b === 0)
    return `A zero bias leaves the gate at 0.5, so ${path} halves the gradient at every step.`;
  return `A positive bias puts the gate above 0.5, so ${path} decays more slowly than with a bias of 0; the closer $\\sigma(b)$ is to 1, the more survives, but it never keeps the gradient whole, since $\\sigma(b) < 1$ for any finite bias.`;
}

/** "What if…", "what does a bias of 8 do to…": asks for the consequence, not the advice. */
const ASKS_CONSEQUENCE = /\b(?:happens?|happen(?:ed)?|do(?:es)? to|affects?|effect|would|will)\b/i;

/**
 * "I set the update bias to -3 to keep more memory", "I initialised b_f at -2": the learner's own
 * setting is what the reply has to judge, so it is answered at that value too.
 */
const SETS_VALUE =
  /\b(?:i|we)(?:'ve| have)?\s+(?:\w+\s+)?(?:set|put|initiali[sz]ed|init(?:ed)?|used?|chose|picked|changed|left|gave|started)\b/i;

/** The bias a question asks the consequence of, if it gives one a value. */
export function biasAsked(message: string, kind: QuestionKind): BiasValue | undefined {
  if (kind !== "what-if" && !ASKS_CONSEQUENCE.test(message) && !SETS_VALUE.test(message))
    return undefined;
  return biasValue(message);
}

/** The opening for a question that gives a gate bias a value, or undefined. */
export function biasWhatIfOpening(message: string, kind: QuestionKind): string | undefined {
  const asked = biasAsked(message, kind);
  if (!asked) return undefined;
  const { gate, value } = asked;
  const f = sigmoid(value);
  const v = String(value);
  const sign = value < 0 ? "negative" : "positive";
  const forget = asked.assumed
    ? `a strongly ${sign} forget bias, say $b_f = ${v}$,`
    : `a forget bias of $b_f = ${v}$`;
  const update = asked.assumed
    ? `a strongly ${sign} update-gate bias, say ${v},`
    : `an update-gate bias of ${v}`;
  const factor = factorText(f);
  if (gate === "forget")
    return `With ${forget} and the gate's other inputs small, each forget gate sits near $\\sigma(${v}) \\approx ${factor}$, and every step back along the cell multiplies the gradient by about that much: roughly ${product(f)}. ${verdict(gate, value)}`;
  return `In PyTorch's convention, where $z$ near 1 copies the old state, ${update} with small weights gives $z \\approx \\sigma(${v}) \\approx ${factor}$, and each step back along the copy path multiplies the gradient by about that much: roughly ${product(f)}. ${verdict(gate, value)}`;
}

/** The lesson that teaches the bias asked about. */
export function biasLesson(message: string, kind: QuestionKind): string | undefined {
  const asked = biasAsked(message, kind);
  if (!asked) return undefined;
  return asked.gate === "forget" ? "why-lstm-solves-vanishing-gradients" : "gru";
}

const SAYS_POSITIVE = /\bpositive\b/i;
const SAYS_NEGATIVE = /\bnegative\b/i;

/**
 * A course sentence that may follow the answer at the value asked: not one about a bias of the
 * other sign ("a positive bias pushes z towards 1" after "-3"), nor one working another value
 * ("with $b_f = 5$, about 0.51" after "8"), which answers a question that was not asked.
 */
export function agreesWith(sentence: string, asked: BiasValue): boolean {
  const stated = biasValue(sentence);
  if (stated && stated.value !== asked.value) return false;
  const positive = SAYS_POSITIVE.test(sentence);
  const negative = SAYS_NEGATIVE.test(sentence);
  if (asked.value < 0) return !positive || negative;
  if (asked.value > 0) return !negative || positive;
  return true;
}
