/**
 * Learners misspell ("recieve", "multipy", "jacobain"): a rubric written with correct spelling
 * would miss those words. Each answer word of five or more letters that no rubric word covers is
 * replaced by the one rubric word one edit away (insert, delete, substitute or swap two
 * neighbours). Short words are left alone: at four letters one edit turns too many real words
 * into others ("then"/"than", "gate"/"rate").
 */
const MIN_LENGTH = 5;
/** Endings a stem may carry in an answer word. */
const ENDING = /^(?:s|es|ed|ing|ion|ions|ly|ive|ively|er|ers|al|ally|ity|ies|y)?$/;

/** Literal words of at least five letters in regex sources: `multipl\w*` gives "multipl". */
export function rubricWords(sources: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const source of sources) {
    const plain = source.replace(/\\[a-zA-Z]/g, " ").replace(/\(\?[:=!<]+/g, " ");
    for (const w of plain.toLowerCase().match(/[a-z]+/g) ?? [])
      if (w.length >= MIN_LENGTH) out.add(w);
  }
  return [...out];
}

/** Optimal-string-alignment distance, stopping early once it exceeds 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const sa = a.slice(i);
  const sb = b.slice(i);
  return (
    sa.slice(1) === sb.slice(1) || // substitution
    sa.slice(1) === sb || // deletion from a
    sa === sb.slice(1) || // insertion into a
    (sa.length >= 2 && sa[0] === sb[1] && sa[1] === sb[0] && sa.slice(2) === sb.slice(2)) // swap
  );
}

export interface Speller {
  correct(text: string): string;
}

/** A speller for one rubric: `words` are its literal words (stems included). */
export function speller(words: readonly string[]): Speller {
  const vocabulary = [...new Set(words)];
  const known = (w: string) => vocabulary.some((v) => w.startsWith(v) || v.startsWith(w));
  const cache = new Map<string, string>();
  const fix = (w: string): string => {
    if (w.length < MIN_LENGTH || known(w)) return w;
    const hit = cache.get(w);
    if (hit !== undefined) return hit;
    const candidates = new Set(vocabulary.filter((v) => withinOneEdit(w, v)));
    // A misspelt stem with an ending: "conected" is "connect" + "ed".
    if (candidates.size === 0)
      for (const v of vocabulary)
        for (const cut of [v.length - 1, v.length, v.length + 1]) {
          const ending = w.slice(cut);
          if (cut < MIN_LENGTH - 1 || !ENDING.test(ending)) continue;
          if (withinOneEdit(w.slice(0, cut), v)) candidates.add(v + ending);
        }
    const out = candidates.size === 1 ? [...candidates][0]! : w;
    cache.set(w, out);
    return out;
  };
  return { correct: (text) => text.replace(/\p{L}+/gu, (w) => fix(w)) };
}
