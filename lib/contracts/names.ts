import { z } from "zod";

/**
 * Names people type, of a person or of a class, shown to other people (rosters, dashboards,
 * exports). Two kinds are refused with a message:
 * - a name with nothing visible in it (only zero-width spaces, format characters, combining
 *   marks, blank "letters" such as U+3164), which shows as an empty cell;
 * - a name with bidirectional embeddings, overrides or isolates (U+202A–U+202E,
 *   U+2066–U+2069), which make the text display in another order than it is stored, so a name
 *   can pose as another or scramble what follows it. The marks U+200E/U+200F stay allowed:
 *   they steer one character and right-to-left names need them.
 * Zero-width joiners inside a name stay allowed too: several scripts and emoji need them.
 */

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;

export interface NameRules {
  /** What the message calls it: "Names", "A class name". */
  label: string;
  /** Asked for when the field is empty. */
  required: string;
  max: number;
}

export function displayName({ label, required, max }: NameRules) {
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, `${label} ${label.endsWith("s") ? "are" : "is"} at most ${max} characters.`)
    .refine((name) => !BIDI_CONTROLS.test(name), {
      error: `${label} must not contain text-direction control characters (U+202A–U+202E, U+2066–U+2069).`,
    })
    .refine((name) => !CONTROL.test(name), {
      error: `${label} must not contain control characters such as tabs or line breaks.`,
    })
    .refine((name) => name.replace(INVISIBLE, "").length > 0, {
      error: `${label} must contain visible letters, digits or symbols, not only invisible characters.`,
    });
}
