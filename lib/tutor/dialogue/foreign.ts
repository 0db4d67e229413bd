/**
 * Words that give a mid-thread turn a subject the course does not have: "pancakes", "my cat",
 * "Paris". A short turn's other words ("tho", "nowadays", "like im 12", "huh", "should i worry")
 * carry no subject of their own, so they leave it leaning on the thread. Which is which is read
 * from the word's part of speech, not from a list of chat words: new slang is not a noun.
 */
import nlp from "compromise";
import { correct, vocabulary } from "../retrieval";
import { terms } from "../retrieval/text";

/**
 * The tagger reads a few time adverbs, chat fillers and words for whoever ("what do people
 * use?") as nouns; they name nothing.
 */
nlp.addWords({
  nowadays: "Adverb",
  gotcha: "Expression",
  nvm: "Expression",
  bruh: "Expression",
  lemme: "Expression",
  wait: "Expression",
  folks: "Pronoun",
  people: "Pronoun",
});

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;

/** Tags that never name a subject, whatever the word. */
const NO_SUBJECT =
  /^(?:Pronoun|Possessive|Expression|Conjunction|Preposition|Determiner|QuestionWord|Value|Adverb|Date|Modal|Copula|Auxiliary|Adjective|Negative)$/;

/** Verbs of asking and explaining: "explain like i'm 12", "tell me again", "i don't get it". */
const SPEECH_VERB =
  /^(?:explain|tell|say|said|mean|means|meant|ask|asked|get|got|understand|know|think|clarify|elaborate|repeat|describe|show|help)$/;

/**
 * Nouns of talk, not of the world: "which way round", "in a word", "the short version", "a lot".
 * They point at the explanation, so they leave the turn on the thread.
 */
const DISCOURSE_NOUN =
  /^(?:way|round|thing|things|stuff|bit|lot|kind|sort|point|idea|deal|sense|case|question|answer|example|reason|difference|version|sentence|word|words|detail|details)$/;

/**
 * "so it's a hack", "that's a myth then?": a noun said of the thread's subject classes it; it
 * does not bring a subject of its own.
 */
const PREDICATE =
  /\b(?:it|that|this|they|its|thats)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+(?:(?:just|only|really|basically|kind of|sort of|like|more of|a bit of)\s+)*(?:a|an)\s+([a-z]+)/gi;

const predicates = (message: string): Set<string> =>
  new Set([...message.matchAll(PREDICATE)].map((m) => (m[1] ?? "").toLowerCase()));

interface Tagged {
  normal: string;
  tags: string[];
}

const tagsOf = (text: string): Tagged[] =>
  (nlp(text).terms().json() as { terms: Tagged[] }[]).flatMap((t) => t.terms);

/** The word read as a noun on its own ("pancakes" in "can it make pancakes?" is tagged a verb). */
function nounAlone(word: string): boolean {
  const forms = [word, word.replace(/e?s$/, "")];
  return forms.some((w) => tagsOf(w)[0]?.tags.includes("Noun") === true);
}

/** A word outside the course's vocabulary that names a thing. */
function names(term: Tagged): boolean {
  const word = term.normal.replace(/[^a-z0-9'-]/g, "");
  // A name or a word the tagger's lexicon knows is not a misspelling: "Paris" and "bread" are
  // not corrected to course words ("pairs", "break").
  const proper = term.tags.includes("ProperNoun") || LEXICON[word] !== undefined;
  const own = terms(word).map((t) => (proper ? t : correct(t)));
  if (own.length === 0 || own.every((t) => vocabulary.has(t))) return false;
  if (term.tags.some((t) => NO_SUBJECT.test(t)) || SPEECH_VERB.test(word)) return false;
  if (DISCOURSE_NOUN.test(word)) return false;
  // A short word without a vowel ("lr", "bs", "ngl") is shorthand the tagger only guessed at.
  if (!proper && word.length <= 3 && !/[aeiouy]/.test(word)) return false;
  if (term.tags.includes("Noun")) return true;
  // A verb the lexicon does not know as one may be a noun it mis-tagged in context.
  return term.tags.includes("Verb") && nounAlone(word);
}

/** The words of a message that name something the course never covers. */
export function foreignWords(message: string): string[] {
  const said = predicates(message);
  return tagsOf(message.replace(/[-+]?\d*\.?\d+/g, " "))
    .filter((t) => !said.has(t.normal) && names(t))
    .map((t) => t.normal);
}
