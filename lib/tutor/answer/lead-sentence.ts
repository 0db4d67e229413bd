/**
 * The opening sentence of a "why" or "how" answer about a term the glossary defines: glossary
 * entries state each mechanism in one compressed sentence ("a positive bias starts it near 1,
 * so the cell keeps its content and its gradient"), which answers the question before the
 * lesson's longer argument, and never starts mid-argument the way a lesson's third sentence can.
 */
import { glossary, type GlossaryEntry } from "@/lib/content/glossary";
import { idf } from "../retrieval";
import { terms } from "../retrieval/text";
import { splitSentences } from "../sentences";
import type { QuestionKind } from "../types";
import { spelledOut } from "./glossary";
import { outsidePronoun } from "./stands-alone";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const phrases = glossary
  .flatMap((e) => e.match.map((m) => ({ entry: e, re: new RegExp(`\\b${escape(m)}\\b`, "i") })))
  .sort((a, b) => b.re.source.length - a.re.source.length);

/** A sentence that gives a reason or a mechanism, not only a fact. */
const MECHANISM =
  /\b(?:so|because|since|which is why|means|multipl\w+|scal(?:es|ed)|keeps?|kept|copies|decides?|interpolates|stops?|bounds?|caps?|capped|flows?|gives?)\b/i;
/** A sentence that leans on the one before it cannot open a reply. */
const LEANS_BACK = /^(?:it|its|this|these|that|those|they|so|but|and|a bound|the reverse)\b/i;

/** "How do I prevent it?", "how to fix exploding gradients": the remedy opens, not the mechanism. */
const ASKS_REMEDY =
  /\bhow (?:do|can|should|would) (?:i|we|you|one) (?:prevent|fix|avoid|stop|cure|deal with|handle|solve|get rid of)\b|\bhow to (?:prevent|fix|avoid|stop|cure|deal with|handle|solve)\b/i;
const REMEDY = /\b(?:fix|remedy|cure)\b/i;

const FINITE_VERB =
  /\b(?:is|are|sits|means|multiplies|flows|grows|shrinks|keeps|replace|gives|decides|chooses|has|have|stops)\b/;
const GERUND_START = /^[A-Z][a-z]+ing\b/;

/**
 * "Going back one step multiplies the gradient by diag(z_t)…" is a sentence whose subject is
 * the gerund phrase; "Starting W with all singular values 1…, so the product…" is a fragment.
 * The finite verb must come in the first clause, which must not point elsewhere ("along it").
 */
function gerundSubject(sentence: string): boolean {
  const first = sentence.replace(/\([^)]*\)/g, " ").split(/[,;:]|\bso\b/)[0] ?? "";
  return FINITE_VERB.test(first) && !/\b(?:it|this|that|they|them)\b/i.test(first);
}

/**
 * Definitions often open with a noun phrase ("The sigmoid gate that scales the old cell."),
 * which cannot open an answer: a sentence needs a verb outside its relative clauses and
 * brackets (after a colon, the clause there is what counts).
 */
function isFullSentence(sentence: string): boolean {
  if (/^(?:If|When|Because)\b/.test(sentence)) return true;
  const colon = sentence.indexOf(":");
  if (colon < 0 && GERUND_START.test(sentence)) return gerundSubject(sentence);
  const clause = colon >= 0 ? sentence.slice(colon + 1) : sentence;
  const main = clause
    .replace(/\b(?:that|which|whose|who)\b[^,;:]*/g, " ")
    .replace(/\([^)]*\)/g, " ");
  return FINITE_VERB.test(main);
}

/** Each entry's phrases as search terms: a follow-up names its subject only through the thread. */
const phraseTerms = glossary.flatMap((e) => e.match.map((m) => ({ entry: e, terms: terms(m) })));

/** Entries whose whole phrase is among the query's terms ("why exactly 1?" after the carousel). */
function entriesInQuery(query: ReadonlySet<string>): GlossaryEntry[] {
  const found = phraseTerms.filter((p) => p.terms.length > 0 && p.terms.every((t) => query.has(t)));
  return [...new Set(found.sort((a, b) => b.terms.length - a.terms.length).map((p) => p.entry))];
}

/** "… instead of full BPTT", "… rather than clipping": the alternative set against the subject. */
const CONTRAST = /\b(?:instead of|rather than|compared (?:to|with)|as opposed to)\b.*$/i;

/** Glossary entries the message names, longest phrase first, those of `lessonId` before others. */
export function entriesNamed(
  message: string,
  lessonId: string | undefined,
  query?: ReadonlySet<string>,
): GlossaryEntry[] {
  // "Why use TBPTT instead of full BPTT?" is about TBPTT: what it is set against is no subject.
  const subject = spelledOut(message).replace(CONTRAST, "");
  const own = [...new Set(phrases.filter((p) => p.re.test(subject)).map((p) => p.entry))];
  const named = own.length > 0 || !query ? own : entriesInQuery(query);
  return [
    ...named.filter((e) => e.lessonId === lessonId),
    ...named.filter((e) => e.lessonId !== lessonId),
  ];
}

/** A preposition taking the entry's term as "it" ("along it", "through it"). */
const ALONG_IT = /\b(along|through|across|into|inside|within) it\b/i;

/**
 * A later sentence of a definition calls its term "it" ("A positive bias $b_f$ starts it near
 * 1"); quoted alone it must name the term ("starts the forget gate near 1"). Undefined when the
 * pronoun cannot be put back that simply ("them").
 */
function standingAlone(sentence: string, entry: GlossaryEntry): string | undefined {
  const name = `the ${entry.match[0] ?? entry.term.toLowerCase()}`;
  // "Going back one step along it multiplies…": in the first clause, "along it" is the term.
  const first = sentence.split(/[,;:]/)[0] ?? "";
  const along = ALONG_IT.exec(first);
  if (along)
    return (
      sentence.slice(0, along.index) +
      `${along[1]} ${name}` +
      sentence.slice(along.index + along[0].length)
    );
  const pronoun = outsidePronoun(sentence);
  if (!pronoun) return sentence;
  if (pronoun.word.toLowerCase() !== "it") return undefined;
  return sentence.slice(0, pronoun.index) + name + sentence.slice(pronoun.index + 2);
}

/**
 * The glossary sentence that best answers a why/how question (query terms weighted by rarity,
 * a mechanism word required), from an entry of the answering lesson; undefined when none fits.
 */
export function leadSentence(
  message: string,
  kind: QuestionKind,
  lessonId: string | undefined,
  query: ReadonlySet<string>,
): string | undefined {
  if (kind !== "why" && kind !== "how") return undefined;
  const named = entriesNamed(message, lessonId, query);
  const entry = named.find((e) => e.lessonId === lessonId);
  if (!entry) return undefined;
  // Asked for a remedy, the entry's remedy sentence opens, or none: its mechanism is no answer.
  if (ASKS_REMEDY.test(message))
    return splitSentences(entry.definition).find(
      (x) => REMEDY.test(x) && !LEANS_BACK.test(x) && isFullSentence(x),
    );
  // "Why does the LSTM cell state help…": a why may be answered by the reason another entry the
  // question names gives ("Because the cell is updated by addition…").
  const entries = kind === "why" ? named : [entry];
  let best: string | undefined;
  let bestScore = 0;
  for (const e of entries) {
    for (const quoted of splitSentences(e.definition)) {
      if (!MECHANISM.test(quoted) || LEANS_BACK.test(quoted)) continue;
      // "Going back one step along it…" names its term once "it" is put back, and then stands.
      const sentence = standingAlone(quoted, e);
      if (!sentence || !isFullSentence(sentence)) continue;
      const own = new Set(terms(sentence));
      let score = kind === "why" && GIVES_REASON.test(sentence) ? REASON_BONUS : 0;
      for (const t of query) if (own.has(t)) score += idf(t);
      if (score > bestScore) [best, bestScore] = [sentence, score];
    }
  }
  return best;
}

/** A why is answered by a sentence that says why. */
const GIVES_REASON = /(?:because|since|which is why)/i;
/** Worth about one rare shared word: a reason beats a bare mechanism of the same overlap. */
const REASON_BONUS = 1.5;
