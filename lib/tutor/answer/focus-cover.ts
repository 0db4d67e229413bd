/**
 * An answer must be about every part of the question, not only the part retrieval matched
 * best: "why do gradients in a plain tanh RNN vanish?" is answered by the vanishing mechanism,
 * but the question names tanh, and the sentence with tanh's derivative is what says why. After
 * the answer is composed, the question's rarer words it never uses are its uncovered focus; the
 * one course sentence (from the glossary entries the question names, or the answering lesson's
 * best passages) that uses most of them joins the reply, if one uses enough of them.
 */
import { glossary } from "@/lib/content/glossary";
import { idf, queryTerms, type Hit } from "../retrieval";
import { terms } from "../retrieval/text";
import { splitSentences } from "../sentences";
import { entriesNamed } from "./lead-sentence";
import { FOCUS_IDF, QUALIFIERS } from "./question-form";
import { aboutOtherModel } from "./quoted";
import { regimeNamed, restates, tellsStory, workedNumbers } from "./sentence-pick";
import { canOpen } from "./stands-alone";

/** The added sentence must carry at least this much of the uncovered focus, by rarity. */
const ENOUGH = 1.3;
const MAX_SENTENCE = 320;
const SCENARIO_TALK =
  /\b(?:in the scenario|the scenario (?:beside|starts|shows)|beside this lesson|the plot shows|on the plot|turn the|drag|curve [A-Z])\b/i;
const TABLE = /\|\s*:?-{3,}/;
/** "The plain RNN there…": a sentence pointing at a place in its own text does not travel. */
const DEICTIC = /\b(?:there|here|above|below)\b/i;

/**
 * The lessons call an RNN "a recurrent network": a reply or a sentence that says so names it,
 * so the question's "rnn" is no uncovered focus (its tanh is), and a sentence about the tanh
 * derivative of "the recurrent weight matrix" is about the RNN.
 */
const NAMED_IN_FULL: readonly (readonly [string, string])[] = [["rnn", "recurrent"]];
function withNames(found: ReadonlySet<string>): ReadonlySet<string> {
  const named = NAMED_IN_FULL.filter(([short, long]) => found.has(long) && !found.has(short));
  return named.length === 0 ? found : new Set([...found, ...named.map(([short]) => short)]);
}

/** "…and a vanishing one?": nothing from a text headed by the other regime. */
function onOther(heading: string, message: string): boolean {
  const regime = regimeNamed(message);
  if (!regime) return false;
  const other = regime === "vanishing" ? /\bexplod/i : /\bvanish/i;
  return other.test(heading) && !new RegExp(`\\b${regime.slice(0, 5)}`, "i").test(heading);
}

interface Sentence {
  text: string;
  terms: ReadonlySet<string>;
}

/** Each course text's sentences and their terms, worked out once: the texts do not change. */
const split = new Map<string, readonly Sentence[]>();
function sentences(text: string): readonly Sentence[] {
  let found = split.get(text);
  if (!found) {
    found = splitSentences(text).map((t) => ({ text: t, terms: new Set(terms(t)) }));
    split.set(text, found);
  }
  return found;
}

function sentencesOf(message: string, hits: readonly Hit[], lessonId: string | undefined) {
  const named = entriesNamed(message, lessonId);
  const lesson = glossary.filter((e) => e.lessonId === lessonId && !named.includes(e));
  const texts = [
    ...[...named, ...lesson].map((e) => ({ heading: e.term, text: e.definition })),
    ...hits.slice(0, 4).map((h) => ({ heading: h.passage.heading, text: h.passage.text })),
  ];
  return texts.filter((t) => !onOther(t.heading, message)).flatMap((t) => sentences(t.text));
}

/** The sentence that covers what the reply leaves out of the question, or undefined. */
export function focusSentence(
  message: string,
  said: string,
  hits: readonly Hit[],
  lessonId: string | undefined,
): string | undefined {
  const present = withNames(new Set(terms(said)));
  const asked = [...new Set(queryTerms(message))];
  const missing = asked.filter((t) => idf(t) >= FOCUS_IDF && !present.has(t) && !QUALIFIERS.has(t));
  if (missing.length === 0) return undefined;
  let best: { text: string; score: number } | undefined;
  for (const { text, terms: sentenceTerms } of sentencesOf(message, hits, lessonId)) {
    const own = withNames(sentenceTerms);
    // The cheap test first: most sentences carry none of the missing words.
    const covered = missing.filter((t) => own.has(t)).reduce((s, t) => s + idf(t), 0);
    if (covered < ENOUGH || text.length > MAX_SENTENCE) continue;
    if (!canOpen(text) || SCENARIO_TALK.test(text) || TABLE.test(text) || DEICTIC.test(text))
      continue;
    if (workedNumbers(text) || tellsStory(text) || restates(said, text)) continue;
    // It fills in the question's own subject: not a model neither the question nor the reply names.
    if (aboutOtherModel(text, `${message} ${said}`)) continue;
    const onTopic = asked.filter((t) => own.has(t)).reduce((s, t) => s + idf(t), 0);
    const score = covered + 0.25 * onTopic;
    if (!best || score > best.score) best = { text, score };
  }
  return best?.text;
}
