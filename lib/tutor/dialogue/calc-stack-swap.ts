/**
 * A stack calculation asked again with its shortcut added or taken away: "four plain layers
 * 0.5 tanh(x)", then "and with residual shortcuts?" (or, after a residual stack, "and without
 * shortcuts?"), so the two products can be compared.
 */
export function stackSwapped(asked: string, subject: string): string | undefined {
  if (!STACK.test(asked)) return undefined;
  const plain = /\b(?:plain|without|no)\b/i.test(subject);
  if (!plain && !SHORTCUT.test(subject)) return undefined;
  if (plain)
    return /\bresidual\b/i.test(asked)
      ? asked.replace(/\bresidual\b/i, "plain")
      : `${asked.replace(/[\s?.!]+$/, "")} without shortcuts?`;
  const cleared = asked.replace(
    /\s*\b(?:without|no) (?:a |the )?(?:shortcuts?|skips?|residuals?)\b/gi,
    "",
  );
  return /\bplain\b/i.test(cleared)
    ? cleared.replace(/\bplain\b/i, "residual")
    : cleared.replace(STACK, (noun) => `residual ${noun}`);
}

const STACK = /\b(?:layers?|blocks?)\b/i;
const SHORTCUT = /\b(?:residual|shortcuts?|skip(?: connections?)?)\b/i;
