/**
 * Learners describe a training run, not a regime: "loss plateaus, grad norms tiny" is a
 * vanishing gradient, "suddenly NaN" an exploding one. These are the course's symptoms of each
 * (the training-log sections), so a diagnosis question searches for the regime it describes,
 * and a symptom the learner says is absent ("no NaNs") is not searched for at all.
 */
import { terms } from "./text";

const SYMPTOM = String.raw`(?:nans?|infs?|infinity|overflows?|spikes?|explosions?|exploding|blow-?ups?|divergence)`;
const ABSENT = new RegExp(
  String.raw`\b(?:(?:no|without|not|never|zero|nor|nothing)\s+(?:(?:any|a|the|single|sign|signs|of|goes|went|hits?|turns?|becomes?|shows?)\s+){0,3}|(?:nothing|none)\s+(?:of it\s+)?(?:is|are|was|were|goes|went|turns?|becomes?)\s+(?:a\s+)?)${SYMPTOM}\b`,
  "gi",
);

/** The message without the symptoms it says are absent. */
export function withoutAbsentSymptoms(message: string): string {
  return message.replace(ABSENT, " ");
}

const VANISHING_SIGNS =
  /\b(?:plateau\w*|stall\w*|stuck|flat(?:lines?|tens?)?|never learns?|(?:doesn'?t|does not|can'?t|cannot|won'?t|isn'?t|not) (?:\w+ )?learn\w*|(?:grad\w*|norms?)\s+(?:\w+\s+){0,5}?(?:tiny|near zero|almost zero|very small|steady)|tiny (?:grad\w*|norms?)|only (?:ever )?(?:seems? to )?(?:use|uses|using|look at|looks at|remember|remembers|see|sees) the (?:last|final|most recent)|\d+\+? (?:(?:time[- ]?)?steps|tokens|words|characters|chars|positions) (?:back|ago|earlier)|\d(?:\.\d+)?e-(?:[5-9]|\d{2,})\b|(?:straight|linear) line (?:\w+ ){0,3}(?:down|decreas\w*|falling|dropping)|(?:sits?|stays?|stuck|hovers?|remains?)\s+(?:\w+\s+){0,2}(?:at|near|around)\s+chance|chance[- ](?:level|loss|accuracy)|loss (?:\w+ )?(?:won'?t|doesn'?t|does not|never|isn'?t) (?:go(?:es|ing)? down|drop\w*|decreas\w*|budg\w*|improv\w*))/i;
const EXPLODING_SIGNS =
  /\b(?:nan|inf|spik\w*|diverg\w*|huge (?:grad\w*|norms?|loss)|(?:grad\w*|norms?) (?:\w+ )?(?:jump\w*|huge|enormous)|1e\+?[1-9]\d*|\d(?:\.\d+)?e\+?(?:[4-9]|\d{2,}))\b/i;

const VANISH = terms("vanishing");
const EXPLODE = terms("exploding");
const NAMES_REGIME = /vanish|explod|blow/i;

export type Regime = "vanishing" | "exploding";

/** The regime the described symptoms point to, when they point to one only. */
export function symptomRegime(message: string): Regime | undefined {
  const present = withoutAbsentSymptoms(message);
  const exploding = EXPLODING_SIGNS.test(present);
  const vanishing = VANISHING_SIGNS.test(present);
  if (exploding === vanishing) return undefined;
  return exploding ? "exploding" : "vanishing";
}

/**
 * The message with each described symptom replaced by the regime it is a sign of ("my RNN can't
 * learn long dependencies" → "my RNN vanishes"), so a claim about the regime can be read in it;
 * the symptom's own negation ("can't learn") goes with it.
 */
export function namingSymptoms(message: string): string {
  const present = withoutAbsentSymptoms(message);
  const global = (re: RegExp) => new RegExp(re.source, "gi");
  return present
    .replace(global(VANISHING_SIGNS), " vanishes ")
    .replace(global(EXPLODING_SIGNS), " explodes ");
}

/** The search terms of the other regime: a lesson titled with them answers another diagnosis. */
export function otherRegimeTerms(regime: Regime): string[] {
  return regime === "vanishing" ? EXPLODE : VANISH;
}

/** The regime the described symptoms point to, as search terms (none if the message names one). */
export function symptomTerms(message: string): string[] {
  if (NAMES_REGIME.test(message)) return [];
  const regime = symptomRegime(message);
  // Twice: the regime is the point of the description, however many other words it has.
  const found = regime === "exploding" ? EXPLODE : regime === "vanishing" ? VANISH : [];
  return [...found, ...found];
}
