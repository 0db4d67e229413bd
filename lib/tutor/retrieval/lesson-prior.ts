/**
 * Which lesson a question belongs to, learned rather than matched: a multinomial naive Bayes
 * over the course's own passages and over labelled learner questions (lesson-examples.json,
 * the development eval sets' concept and misconception questions with their right lesson).
 * Retrieval scores passages by the words they share with the question, so a question worded
 * unlike the lesson ("y do ppl init the forget bias to 1??") can rank a lesson that merely
 * shares a word; the prior has seen how learners word each lesson's questions. It features
 * the retrieval's own stemmed terms, their bigrams and the raw words' character 3- and
 * 4-grams (typos and word forms meet there). Trained once when the module loads, in
 * milliseconds, so nothing is stored beside the examples.
 */
import { lessons } from "@/lib/content";
import { passages } from "./index";
import { normalise, term, words } from "./text";
import examples from "./lesson-examples.json";

/** Additive smoothing: small, so a feature seen in one lesson only speaks for it clearly. */
const SMOOTHING = 0.1;
/** A passage is long and written for reading, not asking: it counts less than a question. */
const PASSAGE_WEIGHT = 0.3;

export function features(text: string): string[] {
  // Normalised once: the phrase rewrites are most of the cost, and passages are long.
  const content = words(normalise(text)).flatMap((w) => {
    const t = term(w);
    return t === null ? [] : [[w, t] as const];
  });
  const out = new Set<string>();
  content.forEach(([word, t], i) => {
    out.add(`t:${t}`);
    if (i > 0) out.add(`b:${content[i - 1]![1]}_${t}`);
    // Character n-grams of the content words only: "how does the" says nothing about a lesson.
    const padded = `<${word}>`;
    for (const n of [3, 4])
      for (let j = 0; j + n <= padded.length; j++) out.add(`c:${padded.slice(j, j + n)}`);
  });
  return [...out];
}

interface Model {
  counts: Map<string, number>[];
  totals: number[];
  vocabulary: Set<string>;
}

function train(labelled: readonly { text: string; lesson: string; weight: number }[]): Model {
  const counts = LESSON_IDS.map(() => new Map<string, number>());
  const totals = LESSON_IDS.map(() => 0);
  const vocabulary = new Set<string>();
  for (const { text, lesson, weight } of labelled) {
    const k = LESSON_IDS.indexOf(lesson);
    if (k < 0) continue;
    for (const f of features(text)) {
      vocabulary.add(f);
      counts[k]!.set(f, (counts[k]!.get(f) ?? 0) + weight);
      totals[k]! += weight;
    }
  }
  return { counts, totals, vocabulary };
}

const LESSON_IDS = lessons.map((l) => l.id);

export type LessonPrior = (text: string) => Map<string, number>;

/**
 * A prior trained on the course's passages and the given labelled questions. The
 * log-likelihood is averaged over the square root of the feature count, so a long message is
 * not read as certain because it is long.
 */
export function trainLessonPrior(
  questions: readonly { question: string; lesson: string }[],
): LessonPrior {
  const model = train([
    ...passages.map((p) => ({
      text: `${p.heading}. ${p.text}`,
      lesson: p.lessonId,
      weight: PASSAGE_WEIGHT,
    })),
    ...questions.map((e) => ({ text: e.question, lesson: e.lesson, weight: 1 })),
  ]);
  const size = model.vocabulary.size;
  return (text) => {
    const seen = features(text).filter((f) => model.vocabulary.has(f));
    const scale = 1 / Math.sqrt(Math.max(1, seen.length));
    const logits = LESSON_IDS.map((_, k) => {
      let sum = 0;
      for (const f of seen)
        sum += Math.log(
          ((model.counts[k]!.get(f) ?? 0) + SMOOTHING) / (model.totals[k]! + SMOOTHING * size),
        );
      return sum * scale;
    });
    const top = Math.max(...logits);
    const exp = logits.map((z) => Math.exp(z - top));
    const total = exp.reduce((a, b) => a + b, 0);
    return new Map(LESSON_IDS.map((id, k) => [id, exp[k]! / total]));
  };
}

/** The probability of each lesson given the question, from the shipped examples. */
export const lessonPrior: LessonPrior = trainLessonPrior(examples);

/** Retrieval's first lesson stands unless the prior all but rules it out... */
const RULED_OUT = 0.15;
/** ...and is all but sure of another lesson that retrieval also found passages in... */
const CONFIDENT = 0.9;
/** ...and that retrieval ranks close behind: the prior breaks near ties, not clear calls. */
const CLOSE = 0.7;

/**
 * Retrieval's lesson ranking with the learned prior as a veto: when the prior gives the first
 * lesson almost no chance and is confident of another ranked lesson, that lesson goes first.
 * A veto rather than a blend, because retrieval is right far more often than not, and a lesson
 * cited first is also the one quoted: a right lesson whose passages match the question's words
 * poorly can read worse than a near miss. The thresholds were set on development sets each
 * left out of the prior's training in turn (scripts/tutor-examples.ts --without).
 */
export function withLearnedFirst<T extends { lessonId: string; score: number }>(
  ranked: readonly T[],
  message: string,
  priorOf: LessonPrior = lessonPrior,
): T[] {
  const first = ranked[0];
  if (!first) return [...ranked];
  const prior = priorOf(message);
  if ((prior.get(first.lessonId) ?? 0) >= RULED_OUT) return [...ranked];
  const learned = ranked.find(
    (l) => (prior.get(l.lessonId) ?? 0) >= CONFIDENT && l.score >= CLOSE * first.score,
  );
  if (!learned) return [...ranked];
  return [{ ...learned, score: first.score }, ...ranked.filter((l) => l !== learned)];
}
