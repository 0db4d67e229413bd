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

/**
 * "and without the skip", "now with shortcuts": a bare condition on the stack's shortcut is the
 * stack asked again (the "what about …" reading does not catch every wording of it).
 */
const SWAP_ONLY =
  /^(?:(?:and|so|ok(?:ay)?|now|then|but|what about|how about)[,\s]+)*(with(?:out)?|no|minus|plus|add(?:ing)?|remov(?:e|ing)|drop(?:ping)?|tak(?:e|ing) away)\s+(?:the\s+|a\s+|any\s+|its\s+)?(?:(?:residual|skip|identity)\s+)?(?:shortcuts?|skips?|residuals?|connections?|paths?)\s*[?.!]*$/i;

/** The stack question with its shortcut added or taken away, when the message asks only that. */
export function stackSwapFollowUp(message: string, asked: string): string | undefined {
  const hit = SWAP_ONLY.exec(message.trim());
  if (!hit?.[1]) return undefined;
  const away = /^(?:without|no|minus|remov|drop|tak)/i.test(hit[1]);
  return stackSwapped(asked, away ? "without shortcuts" : "with shortcuts");
}
