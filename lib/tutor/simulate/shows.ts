/**
 * What a learner says a scenario shows, when they name it by its outcome rather than by an alias:
 * "the one where the gradient dies", "where it blows up", "the 1997 trick", "where the bit is
 * remembered". Each pattern is a phenomenon that one scenario is built to show; several
 * scenarios touch vanishing, so this only weighs in the choice (choose.ts) and names no run by
 * itself: an alias ("the sweep", "fix vanishing") says more and outweighs it.
 */

/** Forms of a verb or its participle after "gradient(s)": "dies", "is dying", "vanished". */
const AFTER_GRADIENT = (verbs: string) =>
  new RegExp(
    String.raw`\bgradients?\b(?:\s+(?:norms?|signal))?[\s\w']{0,16}?\b(?:${verbs})\b`,
    "i",
  );
/** The participle before "gradient(s)": "dying gradients", "the exploding gradient". */
const BEFORE_GRADIENT = (verbs: string) =>
  new RegExp(String.raw`\b(?:${verbs})\s+(?:gradients?|signal)\b`, "i");

const DYING =
  "die[sd]?|dying|vanish(?:es|ed|ing)?|fades?|faded|fading|decays?|decayed|decaying|disappears?|disappeared|disappearing|shrinks?|shrinking|shrunk|goes to zero|dwindles?|dwindling";
const GROWING =
  "explodes?|exploded|exploding|blows? up|blew up|blowing up|diverges?|diverging|grows?|growing|overflows?|overflowing";

export const SHOWS: Readonly<Record<string, readonly RegExp[]>> = {
  "why-lstm-solves-vanishing-gradients": [AFTER_GRADIENT(DYING), BEFORE_GRADIENT(DYING)],
  "how-lstm-handles-exploding-gradients": [
    AFTER_GRADIENT(GROWING),
    BEFORE_GRADIENT(GROWING),
    /\b(?:blows? up|blew up|explodes)\b/i,
  ],
  "how-to-fix-vanishing-gradients": [
    /\b(?:fix|fixes|fixing|cure|cures|remed(?:y|ies)|prevent(?:s|ing)?|avoid(?:s|ing)?)\b[\w\s]{0,20}\bvanish/i,
    /\b(?:residual|skip)\b/i,
  ],
  "what-problem-lstm-solves": [
    /\b(?:remember(?:s|ed|ing)?|stor(?:e|es|ed|ing)|recall(?:s|ed|ing)?|hold(?:s|ing)?|keep(?:s|ing)?)\b[\w\s]{0,12}\bbit\b/i,
    /\bgates?\s+(?:open|close|opening|closing)/i,
  ],
  "why-lstm-gradients-do-not-vanish-backward": [
    /\b1997\s+(?:trick|shortcut|approximation|simplification|gradient|truncation)/i,
    /\b(?:only|just)\s+(?:the\s+)?cell path\b|\bcell path only\b/i,
    /\btruncat/i,
  ],
  "spectral-radius-sweep": [
    /\b(?:against|versus|vs\.?|over|across)\s+(?:the\s+)?(?:spectral radius|singular value|size of w|sigma|σ)\b/i,
    /\bsweep/i,
  ],
  "gru-vs-lstm": [/\bgrus?\b/i],
};

/** How many of the scenario's phenomena the message describes. */
export function showsScore(scenarioId: string, message: string): number {
  return (SHOWS[scenarioId] ?? []).filter((re) => re.test(message)).length;
}
