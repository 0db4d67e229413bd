/**
 * Which number of the last calculation a bare new number replaces ("and 16?").
 *
 * The calculator marks its main input (a bias, a factor), but the learner does not always vary
 * it: "bias 0 means f = 0.5 right? so after 8 steps how much is left", then "and 16?" keeps the
 * premise (bias 0) and asks about 16 steps. A number the learner just varied, or the one the
 * question clause asks about while the main input sits in a premise before it, is the one a
 * bare number most plausibly replaces. Reading 16 as the bias would give a confident, wrong
 * σ(16)^8, so when both readings compute, the reply says which one it used.
 */
import { QUANTITIES } from "./calc-quantities";

/** The last sentence or "so …" clause: where the question sits after its premises. */
export function questionClauseStart(asked: string): number {
  let start = 0;
  for (const m of asked.matchAll(/[?.;!]\s+(?=\S)|\b(?:so|then)\s+(?=\S)/gi))
    start = m.index + m[0].length;
  return start;
}

/** Where the length ("8 steps", "T = 8", "after 8") is last named in the message, if it is. */
export function lengthSpan(asked: string): [number, number] | undefined {
  const all = new RegExp(QUANTITIES[0]?.source ?? "(?!)", "gi");
  const m = [...asked.matchAll(all)].at(-1);
  if (!m) return undefined;
  const i = m.findIndex((g, k) => k > 0 && g !== undefined);
  const text = i > 0 ? m[i] : undefined;
  if (text === undefined) return undefined;
  const start = m.index + m[0].lastIndexOf(text);
  return [start, start + text.length];
}

/**
 * The last calculation asks about its length and states the main input as a premise: the
 * main input lies before the question clause and the length inside it.
 */
export function asksAboutLength(asked: string, main: [number, number] | undefined): boolean {
  const length = lengthSpan(asked);
  if (!length) return false;
  const clause = questionClauseStart(asked);
  if (length[0] < clause) return false;
  return !main || main[0] < clause;
}

/**
 * A follow-up that changed only the length is kept as the thread's question with that change
 * said last ("…? and after 16 steps?"), so the next bare number varies the length again.
 */
export function withLengthLast(replaced: string, raw: string): string {
  return `${replaced.replace(/[\s?.!]+$/, "")}? so after ${raw} steps?`;
}

/** The line that says how a bare number was read when it could have been the other input. */
export function readingNote(raw: string, asLength: boolean, mainName: string): string {
  return asLength
    ? `\n\nI read ${raw} as the number of steps; for ${mainName} ${raw} instead, say “${mainName} ${raw}”.`
    : `\n\nI read ${raw} as the new ${mainName}; for ${raw} steps instead, say “${raw} steps”.`;
}

/** A clause that asks: what the last calculation was asked for, not what it was given. */
const ASKING_CLAUSE = /\?|\b(?:how|what|what'?s|whats|which)\b/i;

/**
 * "forget bias 2, 40 steps: how much survives?" without its question: the settings a new
 * question about the same case ("which bias would keep a tenth?") is asked on. Undefined when
 * no clause is only a setting.
 */
export function settingsOf(asked: string): string | undefined {
  const clauses = asked.split(/(?<=[?:;.])\s+/);
  const settings = clauses.filter((c) => !ASKING_CLAUSE.test(c));
  return settings.length > 0 && settings.length < clauses.length ? settings.join(" ") : undefined;
}

/** The message gives a value to a symbol the earlier question used ("s = 0.9" after "W = sQ"). */
export function fillsSymbols(message: string, asked: string): boolean {
  const assigned = [...message.matchAll(/(?:^|[\s(,])([a-zA-Zσθγ]{1,2})\s*=\s*[-+−]?\d/g)].map(
    (m) => m[1],
  );
  return assigned.some(
    (symbol) =>
      symbol !== undefined && new RegExp(String.raw`(?<![\w\\])${symbol}(?![a-z])`).test(asked),
  );
}
