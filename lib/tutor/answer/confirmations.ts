/**
 * Yes/no questions whose answer is "yes" because the opposite claim is a catalogued
 * misconception: "can an LSTM's gradient still vanish?" is answered by the correction of "an
 * LSTM's gradient never vanishes", opening "Yes: ". The learner stated nothing wrong, so nothing
 * is recorded as a misconception.
 */
import { claimsDenied } from "./misconception-meaning";
import { ASKS_REMEDY } from "./yes-no";
const MODEL = String.raw`(?:an? |the |my |our )?(?:lstm|gru|gated (?:rnn|network|unit))s?(?:'s)?`;
const ASK = String.raw`^(?:(?:ok|so|but|and|wait|then)[,\s]+)*(?:can|could|does|do|will|would|is|are|should|must|might)\b`;

/** Question forms by the id of the misconception they deny. */
const CONFIRMS: Readonly<Record<string, readonly string[]>> = {
  // The model right after the question word and the verb within a few words: "can an LSTM's
  // gradient still vanish?", not "does the LSTM forget gate help with exploding gradients?".
  "lstm-never-vanishes": [
    String.raw`${ASK}\s+${MODEL}\s+(?:\w+\s+){0,2}(?:still |also |ever )?vanish`,
  ],
  "lstm-never-explodes": [
    String.raw`${ASK}\s+${MODEL}\s+(?:\w+\s+){0,2}(?:still |also |ever )?(?:explod|blow\w* up)`,
    String.raw`${ASK}\s+(?:i|we|you)\s+(?:still |also )?(?:need|keep)\w* (?:\w+ ){0,2}clip\w*`,
    String.raw`${ASK}\s+(?:i|we|you)\s+(?:still |also )?clip\w*[^?.]*\b(?:lstms?|grus?)\b`,
    // "does an LSTM even need gradient clipping?", "is clipping still needed for GRUs?"
    String.raw`${ASK}\s+${MODEL}\s+(?:\w+\s+){0,2}(?:need|require|use|benefit from)\w* (?:\w+ ){0,2}clip\w*`,
    String.raw`${ASK}\s+(?:gradient |norm )?clip\w* (?:\w+ ){0,2}(?:needed|necessary|required|useful|worth it)[^?.]*\b(?:lstms?|grus?)\b`,
  ],
  "clipping-changes-direction": [
    String.raw`${ASK}[^?.]*\bclip\w*[^?.]*\b(?:keep|preserve|maintain)\w* (?:\w+ ){0,2}direction`,
  ],
  "lstm-stores-everything": [
    String.raw`${ASK}\s+${MODEL}\s+(?:\w+\s+){0,2}(?:forget|lose|overwrite)\w*(?!\s*gate)`,
  ],
  "forget-bias-irrelevant": [
    String.raw`${ASK}[^?.]*\bforget[- ]gate bias\b[^?.]*\b(?:matter|make a difference|affect|change)\w*`,
    String.raw`${ASK}[^?.]*\bforget bias\b[^?.]*\b(?:matter|make a difference|affect|change)\w*`,
  ],
  "update-bias-irrelevant": [
    String.raw`${ASK}[^?.]*\bupdate[- ]gate bias\b[^?.]*\b(?:matter|make a difference|affect)\w*`,
  ],
  "init-irrelevant": [
    String.raw`${ASK}[^?.]*\binit\w*\b[^?.]*\b(?:matter|make a difference|affect)\w*`,
  ],
  "saturation-harmless": [
    String.raw`${ASK}[^?.]*\bsaturat\w*\b[^?.]*\b(?:matter|hurt|harm|affect|slow)\w*`,
  ],
};

const detectors = Object.entries(CONFIRMS).map(
  ([id, sources]) => [id, sources.map((s) => new RegExp(s, "i"))] as const,
);

/** "Doesn't it …?", "can it never …?": a negated question is not a plain confirmation request. */
const NEGATED = /\b(?:not|never|no longer)\b|n't\b/i;

/** The misconception a yes/no question denies (its answer is "yes"), if any. */
export function confirmedBy(message: string): string | undefined {
  const text = message.trim().toLowerCase().replace(/[’`]/g, "'");
  // "Does the LSTM fix exploding gradients?" asks the claim itself: its answer is not "yes".
  if (NEGATED.test(text) || ASKS_REMEDY.test(text)) return undefined;
  // Wordings the forms above do not foresee: the opposite of a catalogued claim, by meaning.
  return detectors.find(([, res]) => res.some((re) => re.test(text)))?.[0] ?? claimsDenied(text)[0];
}
