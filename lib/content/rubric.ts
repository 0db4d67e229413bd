/**
 * Rubric phrasings for short-text questions. A rubric names synonym families once
 * (`terms: { forget: ["forget gate", "keep factor", ...] }`) and its patterns use them as
 * `{forget}`, so every idea that speaks of the forget gate accepts the same paraphrases.
 * Braces around a lower-case name cannot be a regex quantifier ({2}, {1,3} take digits), so
 * the two never clash.
 */
export type Terms = Readonly<Record<string, readonly string[]>>;

const TERM = /\{([a-z][a-z0-9-]*)\}/g;

/** The pattern with each {term} replaced by a group of its phrasings; throws on an unknown term. */
export function expandTerms(pattern: string, terms: Terms): string {
  return pattern.replace(TERM, (_whole, name: string) => {
    const family = terms[name];
    if (!family) throw new Error(`unknown term {${name}}`);
    return `(?:${family.join("|")})`;
  });
}

/** Compiles a rubric pattern (terms expanded, case-insensitive, Unicode). */
export function rubricRegex(pattern: string, terms: Terms): RegExp {
  return new RegExp(expandTerms(pattern, terms), "giu");
}

/** Why a pattern is unusable, or undefined when it compiles. */
export function patternProblem(pattern: string, terms: Terms): string | undefined {
  try {
    rubricRegex(pattern, terms);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
