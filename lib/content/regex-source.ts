/**
 * Reading a regular expression's source as words: the rubric and misconception patterns are
 * regexes, and their graders and the tutor's similarity fallback both need what the pattern
 * spells out, apart from the conditions it only checks.
 */

/** Look-arounds that open with these: `negative` drops (?! and (?<!, `all` also (?= and (?<=. */
const OPENERS = {
  negative: /^\(\?<?!/,
  all: /^\(\?<?[=!]/,
} as const;

/**
 * The source without its look-arounds of the given kind: a negator inside "(?!…)" is a
 * condition, not something the pattern states, and "(?![^?.]*explo)" names what a claim is not
 * about. Escaped characters are copied as they are, so "\(" never opens a group.
 */
export function withoutLookarounds(source: string, kind: keyof typeof OPENERS): string {
  const opener = OPENERS[kind];
  let out = "";
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "\\") {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (!opener.test(source.slice(i, i + 4))) {
      out += source[i];
      continue;
    }
    // Skip to the matching parenthesis.
    let depth = 0;
    for (; i < source.length; i++) {
      if (source[i] === "\\") i++;
      else if (source[i] === "(") depth++;
      else if (source[i] === ")" && --depth === 0) break;
    }
  }
  return out;
}
