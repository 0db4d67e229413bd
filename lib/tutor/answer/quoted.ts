/**
 * What a quoted sentence needs to read right in a reply: a glossary gloss quoted from its start
 * gets its term, and a sentence about another model than the one asked about stays out.
 */
import { glossary } from "@/lib/content/glossary";
import type { Hit } from "../retrieval";

/**
 * A glossary definition opens as a gloss without its term ("A recurrent network … that keeps a
 * memory cell …"): quoted from its start, it is given its term, so the reply says what it is.
 */
export function namingTerm(main: Hit, picked: readonly string[]): string[] {
  const entry = main.passage.kind === "glossary" ? glossaryEntry(main.passage.id) : undefined;
  const [first, ...rest] = picked;
  if (!entry || first === undefined || !entry.definition.startsWith(first)) return [...picked];
  return [`**${entry.term}**: ${first}`, ...rest];
}
const glossaryEntry = (passageId: string) => glossary.find((e) => `glossary:${e.id}` === passageId);

/** The models a sentence can be about, by how it names them. */
const MODELS: readonly RegExp[] = [
  /\blstms?\b/i,
  /\bgrus?\b|\bgated\b/i,
  /\brnns?\b|\brecurrent network/i,
];
/**
 * "The LSTM does not store everything…" added to a why about the plain RNN: a sentence whose
 * subject is a model the question and the reply so far never name is about something else.
 */
export function aboutOtherModel(sentence: string, context: string): boolean {
  const subject = /^(?:The|An?|A plain)\s+(\w+)/i.exec(sentence)?.[1] ?? "";
  const model = MODELS.find((re) => re.test(subject));
  return model !== undefined && !model.test(context);
}
