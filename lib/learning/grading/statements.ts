/**
 * Answer text made comparable: one normal form and one sentence split for the short-text grader,
 * whose matching and negation rules live in short-text/.
 */
/** Lower case, unify quotes, dashes, symbols and spacing, so patterns need not list variants. */
export function normaliseAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Sentences: split at . ! ? ; and line breaks, but not inside numbers ("0.9", "1.0"). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<!\d)[.!?;](?!\d)|(?<=\d)[.!?;](?=\s|$)|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
