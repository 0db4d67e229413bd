/**
 * Calculations continued across turns: "and at 20?", "how many of them …?" (another case, "and
 * for sigmoid?", is in calc-other-case.ts).
 */
import { calculate, type Calculation } from "../answer/calc";
import { normaliseCalc } from "../answer/calc-normalise";
import { citationFor } from "../hint";
import { impliedCalculation } from "./calc-implied";
import { calcScaled } from "./calc-scaled";
import { checkedClaim, withVerdict } from "./calc-verdict";
import { stackSwapFollowUp } from "./calc-stack-swap";
import { QUANTITIES } from "./calc-quantities";
import {
  asksAboutLength,
  fillsSymbols,
  lengthSpan,
  readingNote,
  settingsOf,
  withLengthLast,
} from "./calc-reading";
import { findNumbers } from "../numbers";
import type { DialogueState } from "../types";
import { followUpOf, resolvePronoun } from "./followup";
import { courseTerms } from "./state";
import type { Decision } from "./turn";

/**
 * "clip (6, 8) at 5", then "and at threshold 20?": the last calculation with the new value added
 * (each calculator reads the last value named for a quantity).
 */
/** A calculation found for a follow-up, and the question it answers (kept for the next turn). */
export type Continued = { calc: Calculation; message: string } | undefined;

export function calcContinued(message: string, state: DialogueState): Continued {
  // "I got 0.0052 for 0.9^50", or "right?" after it: the learner's own result, checked.
  const checked = checkedClaim(message, state.asked);
  if (checked) return checked;
  const scaled = state.asked ? calcScaled(message, state.asked) : undefined;
  if (scaled) return scaled;
  const swapped = state.asked ? stackSwapFollowUp(message, state.asked) : undefined;
  const stack = swapped ? calculate(swapped) : undefined;
  if (stack && swapped) return { calc: stack, message: swapped };
  if (!state.asked || !givesValue(message) || message.trim().split(/\s+/).length > 10)
    return undefined;
  const varied = calcVaried(message, state.asked) ?? calcRequantified(message, state.asked);
  if (varied) return varied;
  // "explain the forget gate", then "and if it's stuck at 1?": a calculation once "it" is read.
  const resolved = resolvePronoun(message, state.asked);
  const own = resolved !== message ? calculate(resolved) : undefined;
  if (own) return { calc: own, message: resolved };
  // "what is a Jacobian?", then "how many of them from step 50 to 10?": the thread names them.
  // "W = sQ …?", then "with s = 0.9 and T = 50?": values for the symbols the question left open.
  const joined =
    calculate(state.asked) || fillsSymbols(message, state.asked)
      ? `${state.asked} ${message}`
      : PRONOUN_FOR_THREAD.test(message)
        ? `${message} (${state.asked})`
        : undefined;
  const calc = joined ? calculate(joined) : undefined;
  if (calc && calc.text === calculate(state.asked)?.text) {
    // "which bias would keep a tenth?" after "…: how much survives?": the old question still
    // answered first; the new one is asked on the old settings alone.
    const anew = askedOnSettings(message, state.asked);
    if (anew) return anew;
    // A follow-up with its own value that comes out as the last answer, word for word, changed
    // nothing the calculator reads: repeating the old result as if it answered would mislead.
    if (findNumbers(message).length > 0 || SHARE_WORD.test(message)) return undefined;
  }
  if (calc && joined) return { calc, message: joined };
  // "why is a forget bias of 0 bad?", then "over 30 steps?": a length asks how much survives.
  return state.sim ? undefined : impliedContinued(message, state);
}

function impliedContinued(message: string, state: DialogueState): Continued {
  const implied = state.asked ? impliedCalculation(state.asked, message) : undefined;
  if (implied?.base) return calcContinued(message, { ...state, asked: implied.base });
  const calc = implied?.joined ? calculate(implied.joined) : undefined;
  return calc && implied?.joined ? { calc, message: implied.joined } : undefined;
}

/**
 * "and with 0?" after "GRU update bias 4 … over 100 steps": the last calculation with its main
 * input (the one the calculator marked) replaced by the new value.
 */
function calcVaried(message: string, asked: string) {
  if (followUpOf(message)?.kind !== "number") return undefined;
  const value = findNumbers(message);
  const span = calculate(asked)?.vary;
  if (value.length !== 1 || !value[0]) return undefined;
  const raw = value[0].raw;
  // "and for 80?", "after 200?": a length, whatever the main input is.
  const asLength = () => replaceLength(asked, raw);
  if (LENGTH_WORD.test(message)) return asLength();
  if (!span) return undefined;
  const replaced = `${asked.slice(0, span[0])}${raw}${asked.slice(span[1])}`;
  const main = calculate(replaced);
  const length = asLength();
  // Both readings compute to different results: the reply says which one it used.
  const ambiguous = !!main && !!length && main.text !== length.calc.text;
  const name = mainInputName(asked, span);
  // "and 300?" after a bias of 2: no bias anyone sets, but a plausible number of steps.
  const farOff =
    Number(raw) > 20 && Math.abs(Number(asked.slice(span[0], span[1]).replace("−", "-"))) <= 10;
  if (length && (asksAboutLength(asked, span) || farOff))
    return ambiguous ? noted(length, readingNote(raw, true, name)) : length;
  // 80 is no forget gate's value: a number the main input cannot take may be the length.
  if (!main) return length;
  const varied = { calc: main, message: replaced };
  return ambiguous && PLAUSIBLE_LENGTH.test(raw)
    ? noted(varied, readingNote(raw, false, name))
    : varied;
}

/** A whole number of at least 2 could be a step count as well as the main input. */
const PLAUSIBLE_LENGTH = /^(?:[2-9]|[1-9]\d+)$/;

function noted(found: { calc: Calculation; message: string }, note: string) {
  return { ...found, calc: { ...found.calc, text: `${found.calc.text}${note}` } };
}

/** What the calculator's main input is called where the learner wrote it ("bias", "w"). */
function mainInputName(asked: string, span: [number, number]): string {
  const before = asked.slice(Math.max(0, span[0] - 30), span[0]);
  const names = [...before.matchAll(/\b(bias|factor|threshold|weight|w|f|s)\b/gi)];
  const last = names.at(-1)?.[1]?.toLowerCase();
  return last === "w" || last === "f" || last === "s" ? `${last} =` : (last ?? "value");
}

const LENGTH_WORD = /(?:for|after|over|across)\s+\d+\s*\??\s*$/i;

/**
 * The last calculation with its length (the first quantity) replaced by this value, wherever
 * it is named (a question kept with "so after 16 steps?" names it twice).
 */
function replaceLength(asked: string, raw: string) {
  const at = lengthSpan(asked);
  if (!at) return undefined;
  const oldValue = asked.slice(at[0], at[1]);
  const all = new RegExp(QUANTITIES[0]?.source ?? "(?!)", "gi");
  const replaced = asked.replace(all, (whole: string, ...groups: unknown[]) => {
    const text = groups.slice(0, -2).find((g): g is string => typeof g === "string");
    return text === oldValue ? whole.replace(new RegExp(`${text}(?!.*${text})`), raw) : whole;
  });
  const calc = calculate(replaced);
  return calc ? { calc, message: replaced } : undefined;
}

/** The first group of a match that took part, with where it sits. */
function valueOf(m: RegExpExecArray): { text: string; start: number } | undefined {
  const i = m.findIndex((g, k) => k > 0 && g !== undefined);
  const text = i > 0 ? m[i] : undefined;
  return text === undefined ? undefined : { text, start: m.index + m[0].lastIndexOf(text) };
}

/**
 * "what about 100 steps?", "and with bias 0?" after a calculation: each quantity the message
 * names again replaces the same quantity of the last calculation, which is computed again.
 */
function calcRequantified(message: string, asked: string) {
  // Only a message that names a quantity again; the last calculation is checked after.
  if (!QUANTITIES.some((re) => re.test(message)) || !calculate(asked)) return undefined;
  // "five residual blocks …", then "and 15 blocks?": the quantity is found in the form the
  // calculators read (its numbers in digits) when the learner wrote it in words.
  let replaced = QUANTITIES.some((re) => re.test(message) && !re.test(asked))
    ? normaliseCalc(asked).text
    : asked;
  const changed: RegExp[] = [];
  for (const re of QUANTITIES) {
    const next = re.exec(message);
    const old = re.exec(replaced);
    const value = next ? valueOf(next) : undefined;
    const at = old ? valueOf(old) : undefined;
    if (!value || !at) continue;
    replaced =
      re === QUANTITIES[0]
        ? (replaceLength(replaced, value.text)?.message ?? replaced)
        : `${replaced.slice(0, at.start)}${value.text}${replaced.slice(at.start + at.text.length)}`;
    changed.push(re);
  }
  const calc = changed.length > 0 ? calculate(replaced) : undefined;
  if (!calc) return undefined;
  // Only the length changed: keep that change said last, so a bare number next varies it too.
  const length =
    changed.length === 1 && changed[0] === QUANTITIES[0] ? lengthSpan(replaced) : undefined;
  if (length && !asksAboutLength(replaced, calc.vary)) {
    const kept = withLengthLast(replaced, replaced.slice(length[0], length[1]));
    if (calculate(kept)?.text === calc.text) return { calc, message: kept };
  }
  return { calc, message: replaced };
}

/** "what bias would keep half?": a share said as a word is a value as much as "0.5" is. */
const SHARE_WORD = /\b(?:half|a quarter|a third|a tenth)\b/i;

/** The follow-up gives a value: digits (numbers in words arrive as digits) or a share word. */
function givesValue(message: string): boolean {
  return /\d/.test(message) || SHARE_WORD.test(message);
}

/** The new question on the last calculation's settings, when that computes something new. */
function askedOnSettings(message: string, asked: string) {
  const settings = settingsOf(asked);
  const joined = settings ? `${settings} ${message}` : undefined;
  const calc = joined ? calculate(joined) : undefined;
  return calc && joined && calc.text !== calculate(asked)?.text
    ? { calc, message: joined }
    : undefined;
}

const PRONOUN_FOR_THREAD = /\b(?:them|it|that|those|these|they)\b/i;

/**
 * `threadLesson`: a calculation that continues the thread's question ("with s = 0.9 and T = 50?"
 * after "W = sQ …?") is cited under the thread's lesson first, where that question was answered.
 */
export function calcDecision(found: Calculation, message: string, threadLesson?: string): Decision {
  const calc = withVerdict(found, message);
  const own = citationFor(calc.lessonId);
  const thread = threadLesson && threadLesson !== calc.lessonId ? citationFor(threadLesson) : [];
  return {
    reply: {
      reply: calc.text,
      citations: [...thread, ...own.filter((c) => !thread.some((t) => t.id === c.id))],
      intent: "calculate",
      effects: [],
      engine: "builtin",
      kind: "calculation",
    },
    // The result's own words ("each forget gate is σ(2)") tell a follow-up what it was about.
    facts: { terms: courseTerms(`${message} ${resultSentence(calc.text)}`), asked: message },
  };
}

/** The result sentence without its formulas: "About 0.00175 … survives along the cell path". */
function resultSentence(text: string): string {
  return (text.split(/(?<=[.!?])\s+(?=[A-Z*])/)[0] ?? "").replace(/\$[^$]*\$/g, " ");
}
