/**
 * "so same fix?", "same remedy for both then?" after a thread that names two problems (exploding
 * and vanishing gradients come from one product): asked as the full question, "is the fix for
 * exploding gradients the same as the fix for vanishing gradients?", which the course answers
 * (no: clipping caps the step, gating gives a path whose factors are near 1). Read alone, the
 * terse turn has no course word and drifts to whatever the last passage said next.
 */
const SAME_FIX =
  /^\W*(?:(?:so|and|then|ok(?:ay)?|but)[,\s]+)*(?:is it |it's |is that )?(?:the )?same (?:fix|fixes|remedy|solution|cure|treatment|answer)(?:\s+(?:then|for both|for both of them|too|as well))*\s*\?*\s*$/i;

/** The problems a thread can name, in the words the course asks about them. */
const PROBLEMS: readonly [RegExp, string][] = [
  [/\bexplod\w*|\bblow(?:s|ing)? up\b/i, "exploding gradients"],
  [/\bvanish\w*/i, "vanishing gradients"],
];

export function sameFixQuestion(message: string, asked: string | undefined): string | undefined {
  if (!asked || !SAME_FIX.test(message)) return undefined;
  const named = PROBLEMS.filter(([re]) => re.test(asked)).map(([, words]) => words);
  const [first, second] = named;
  return first && second ? `is the fix for ${first} the same as the fix for ${second}?` : undefined;
}
