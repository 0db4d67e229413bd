/**
 * A training run's symptoms read as the other failure: "my loss goes NaN, I read that means
 * vanishing gradients" describes an exploding gradient and names the vanishing one as its cause,
 * so the learner is about to treat one failure with the other's remedy (raise the forget bias,
 * switch to a gated cell). The symptoms are the course's own (retrieval/symptoms.ts); the claim
 * is the diagnosis stated after them, not a question asking which failure it is.
 */
import { symptomRegime, type Regime } from "../retrieval/symptoms";
import { LEANS } from "./misconception-claim-form";

/** The catalogue's entry for treating the two failures as one: their remedies are opposite. */
export const MISREAD_FAILURE = "explosion-treated-as-vanishing";

const NAMED: Readonly<Record<Regime, RegExp>> = {
  vanishing: /\bvanish\w*/i,
  exploding: /\bexplo\w*|\bblow\w* up\b|\bblew up\b/i,
};
const other = (regime: Regime): Regime => (regime === "vanishing" ? "exploding" : "vanishing");

/**
 * What ties the symptoms to a cause or a remedy just before the name: "means", "is", "must be",
 * "looks like", "because of", "so I'll fix". Checked on the words between the last clause break
 * and the name.
 */
const DIAGNOSES =
  /\b(?:means?|meant|is|are|was|must be|sounds? like|looks? like|seems? like|because of|due to|caused by|comes? from|from|indicat\w*|signs? of|symptoms? of|fix\w*|solv\w*|treat\w*|cure\w*|stop\w*)\b|'s\b/i;
const DENIED = /\b(?:not|never|no|isn'?t|aren'?t|wasn'?t|can'?t|cannot|doesn'?t|don'?t)\b|n't\b/i;

/** The sentence holding `index`, with the punctuation that closes it. */
function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(". ", index), text.lastIndexOf("? ", index), 0);
  const ends = /[.?!](?:\s|$)/g;
  ends.lastIndex = index;
  const end = ends.exec(text);
  return text.slice(start, end ? end.index + 1 : text.length);
}

/**
 * The misread-failure entry when the message describes one failure's symptoms, never names that
 * failure, and then states the other as their cause or target (not asked: "is that vanishing?").
 */
export function misreadSymptom(message: string): string | undefined {
  const text = message.toLowerCase().replace(/[’`]/g, "'");
  const shown = symptomRegime(text);
  if (!shown || NAMED[shown].test(text)) return undefined;
  const named = NAMED[other(shown)].exec(text);
  if (!named) return undefined;
  const lead = text.slice(0, named.index);
  const clause = lead.slice(Math.max(...[",", ";", ":", "."].map((p) => lead.lastIndexOf(p))) + 1);
  // The symptoms come first; the diagnosis follows them, in the clause naming the failure.
  if (symptomRegime(lead) !== shown || !DIAGNOSES.test(clause) || DENIED.test(clause))
    return undefined;
  const sentence = sentenceAround(text, named.index).trim();
  if (sentence.endsWith("?") && !LEANS.test(sentence)) return undefined;
  return MISREAD_FAILURE;
}
