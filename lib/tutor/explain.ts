/**
 * Built-in explanations: a few sentences quoted from the best passage (and, when it helps, the
 * next one of the same lesson), chosen by how many of the message's rarer terms they contain,
 * then where to read more. Also the off-topic reply, which names the nearest lesson and does
 * not guess.
 */
import type { Relevance } from "./relevance";
import { idf, type Hit } from "./retrieval";
import { terms } from "./retrieval/text";
import { splitSentences } from "./sentences";
import type { Citation, TutorReply } from "./types";

const MAX_SENTENCES = 4;
const MAX_CHARS = 800;

/** Lessons worth citing: those within reach of the best one, best first, at most three. */
export function citationsOf(rel: Relevance): Citation[] {
  const best = rel.lessons[0]?.score ?? 0;
  return rel.lessons
    .filter((l) => l.score >= 0.4 * best)
    .slice(0, 3)
    .map((l) => ({ id: l.lessonId, title: l.title }));
}

interface Scored {
  text: string;
  index: number;
  score: number;
}

function scoreSentences(hit: Hit, query: ReadonlySet<string>): Scored[] {
  return splitSentences(hit.passage.text).map((text, index) => {
    const seen = new Set(terms(text));
    let score = 0;
    for (const t of query) if (seen.has(t)) score += idf(t);
    // The first sentence of a section usually states its point.
    return { text, index, score: score + (index === 0 ? 0.5 : 0) };
  });
}

/** A sentence that leans on the one before it ("They called it ...") cannot open a reply. */
const LEANS_BACK = /^(they|it|its|this|these|that|those|their|so|but|and|then|here|such|both)\b/i;
/** Each extra sentence must earn its place, so windows stay short unless context needs them. */
const SENTENCE_COST = 0.3;

/**
 * The best run of consecutive sentences of one passage: at most `budget` sentences and
 * MAX_CHARS, opening with a sentence that stands on its own. Contiguous, so it reads as written.
 */
function pick(hit: Hit, query: ReadonlySet<string>, budget: number): Scored[] {
  const all = scoreSentences(hit, query);
  let best: Scored[] = [];
  let bestScore = -Infinity;
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && LEANS_BACK.test(all[i]?.text ?? "")) continue;
    let score = 0;
    let chars = 0;
    for (let j = i; j < all.length && j < i + budget; j++) {
      const s = all[j];
      if (!s || (j > i && chars + s.text.length > MAX_CHARS)) break;
      score += s.score - SENTENCE_COST;
      chars += s.text.length;
      if (score > bestScore) [best, bestScore] = [all.slice(i, j + 1), score];
    }
  }
  return best;
}

export function explainReply(rel: Relevance): TutorReply {
  const query = new Set(rel.terms);
  const quotable = rel.hits.filter((h) => h.passage.quotable);
  const citations = citationsOf(rel);
  // Quote the lesson retrieval ranks first, so the text and the first citation agree.
  const bestLesson = citations[0]?.id;
  const top = quotable.find((h) => h.passage.lessonId === bestLesson) ?? quotable[0];
  if (!top) return offTopicReply(rel);
  const parts: string[] = [];
  if (top.passage.kind === "misconception") {
    parts.push(`A common mix-up is “${top.passage.heading.toLowerCase()}”. ${top.passage.text}`);
  } else {
    parts.push(...pick(top, query, MAX_SENTENCES).map((s) => s.text));
    // A summary is one sentence: add the best-matching section of the same lesson.
    const section = quotable.find(
      (h) => h.passage.kind === "section" && h.passage.lessonId === top.passage.lessonId,
    );
    if (top.passage.kind === "summary" && section)
      parts.push(...pick(section, query, 2).map((s) => s.text));
  }
  const where =
    top.passage.kind === "section"
      ? `*From “${top.passage.heading}” in **${top.passage.lessonTitle}**.*`
      : `*More in **${top.passage.lessonTitle}**.*`;
  return {
    reply: `${parts.join(" ")}\n\n${where}`,
    citations:
      citations.length > 0
        ? citations
        : [{ id: top.passage.lessonId, title: top.passage.lessonTitle }],
    intent: "explain",
    effects: [],
    engine: "builtin",
  };
}

/**
 * Not covered: say so and invent nothing, with no citations (nothing in the course answers it).
 * A neighbouring topic the course does not teach (transformers, CNNs) gets a one-line pointer
 * to the nearest lesson, named in the text.
 */
export function offTopicReply(rel: Relevance): TutorReply {
  const nearest = rel.lessons[0];
  const reply =
    rel.uncovered !== undefined
      ? `This course does not cover ${rel.uncovered}, so I won't make up an answer.${nearest ? ` The nearest lesson is **${nearest.title}**.` : ""} What it does cover: why gradients vanish or explode in recurrent networks, and what gates, clipping, initialisation and residual paths do about it.`
      : "That is not something this course covers, so I won't guess. I can help with why gradients vanish or explode in recurrent networks and how LSTMs, GRUs, clipping, initialisation and residual paths deal with it.";
  return { reply, citations: [], intent: "off-topic", effects: [], engine: "builtin" };
}

export function greetingReply(): TutorReply {
  return {
    reply:
      "Hi! I'm the Gradient Tutor. Ask me why a plain RNN's gradient vanishes or explodes and how the LSTM helps, " +
      "say “quiz me on clipping” for a question, or try “what if the forget bias is 3 over 200 steps?” to run a simulation.",
    citations: [],
    intent: "greeting",
    effects: [],
    engine: "builtin",
  };
}
