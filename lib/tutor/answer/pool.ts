/**
 * Which passages an answer may quote and cite: the retrieved ones that can be quoted (those not
 * quoted yet in the thread first), the lesson a misconception's correction is filed under, that
 * lesson's own passages about the correction, and the citations with the answering lesson first.
 */
import { getLesson } from "@/lib/content";
import { citationsOf } from "../explain";
import type { Relevance } from "../relevance";
import { idf, passages, queryTerms, search, type Hit } from "../retrieval";
import { terms } from "../retrieval/text";
import type { Citation } from "../types";
import type { Prefer } from "./sentence-pick";

/** A term rarer than this (used by about a tenth of the passages or fewer) names a subject. */
const OWN_TERM_IDF = 2;

/** Each passage's terms, worked out once: the test below runs on every follow-up's hits. */
const termsOfPassage = new Map<string, ReadonlySet<string>>();
function passageTerms(h: Hit): ReadonlySet<string> {
  let own = termsOfPassage.get(h.passage.id);
  if (!own) termsOfPassage.set(h.passage.id, (own = new Set(terms(h.passage.text))));
  return own;
}

/** "**Vanishing is silent.** …": the bold lead-in of a part of a passage made of parts. */
const PART_HEADING = /\*\*([A-Z][^*]{2,60}?)\.\*\*/g;

/**
 * The one later part of a passage made of parts ("**Exploding is loud.** … **Vanishing is
 * silent.** …") that the question names ("and a vanishing one?"): the reply quotes that part,
 * even when the passage was quoted before (from its first part). Undefined when the question
 * names no part, the first part, or more than one.
 */
function namedPart(h: Hit, asked: readonly string[]): Hit | undefined {
  const heads = [...h.passage.text.matchAll(PART_HEADING)];
  const named = heads.filter((m) => terms(m[1] ?? "").some((t) => asked.includes(t)));
  const part = named[0];
  if (named.length !== 1 || !part || (part.index ?? 0) === 0) return undefined;
  const start = part.index ?? 0;
  const next = heads.find((m) => (m.index ?? 0) > start)?.index ?? h.passage.text.length;
  return { ...h, passage: { ...h.passage, text: h.passage.text.slice(start, next).trim() } };
}

/**
 * Passages to quote, those not quoted yet first. "How do I pick k?" keeps the quoted ones: the
 * advice often closes a section whose opening was quoted, and only the opening was shown.
 */
export function quotable(
  rel: Relevance,
  avoid: ReadonlySet<string>,
  prefer: Prefer | undefined,
  message: string,
): Hit[] {
  const asked = queryTerms(message);
  const parts = new Set<Hit>();
  const all = rel.hits
    .filter((h) => h.passage.quotable && h.passage.kind !== "misconception")
    .map((h) => {
      const part = namedPart(h, asked);
      if (part) parts.add(part);
      return part ?? h;
    });
  if (prefer === "remedy") return all;
  // A part the question names was not the part quoted before.
  const fresh = all.filter((h) => !avoid.has(h.passage.id) || parts.has(h));
  if (fresh.length === 0 || fresh.length === all.length) return fresh.length ? fresh : all;
  // "What goes wrong per entry?": a word of the message's own that only a quoted passage uses
  // is the part of it the learner is asking about.
  const own = asked.filter((t) => idf(t) >= OWN_TERM_IDF);
  const uses = (h: Hit, t: string) => passageTerms(h).has(t);
  const onlyQuoted = own.some((t) => !fresh.some((h) => uses(h, t)) && all.some((h) => uses(h, t)));
  return onlyQuoted ? all : fresh;
}

export function citationsFirst(lessonId: string, rel: Relevance): Citation[] {
  const lesson = getLesson(lessonId);
  const rest = citationsOf(rel).filter((c) => c.id !== lessonId);
  return [...(lesson ? [{ id: lesson.id, title: lesson.title }] : []), ...rest].slice(0, 3);
}

/** The lesson a misconception's correction is filed under (the one that teaches the fix). */
export function misconceptionLesson(id: string): string | undefined {
  return passages.find((p) => p.id === `misconception:${id}`)?.lessonId;
}

/**
 * The lesson's own passages about a text (a correction): the lesson a correction is filed under
 * may share few words with the learner's message, but its reasoning is what the reply needs.
 */
export function lessonPassagesAbout(lessonId: string, text: string): Hit[] {
  return search(queryTerms(text), { lessonId }).filter(
    (h) =>
      h.passage.lessonId === lessonId &&
      h.passage.quotable &&
      (h.passage.kind === "section" || h.passage.kind === "summary"),
  );
}
