/**
 * The course cut into passages for retrieval: each lesson section, each lesson's summary and
 * source note, each question's explanation and hints, and the misconception corrections. A
 * passage knows its lesson (for citations) and, for question passages, its question (so the
 * learner's current question can be left out: its explanation often states the key).
 */
import { lessons, misconceptions, questions } from "@/lib/content";
import { glossary } from "@/lib/content/glossary";
import { scenarios } from "@/lib/sim";

export type PassageKind =
  | "section"
  | "summary"
  | "glossary"
  | "source-note"
  | "explanation"
  | "hints"
  | "misconception"
  | "scenario";

export interface Passage {
  id: string;
  kind: PassageKind;
  lessonId: string;
  lessonTitle: string;
  /** Section heading, misconception label, or question prompt. */
  heading: string;
  /** Markdown with TeX, as the learner would read it. */
  text: string;
  /** Lesson concepts, as words ("forget gate bias"). */
  concepts: string;
  questionId?: string;
  /** Whether sentences of this passage may be quoted in a reply (not hints, not templates). */
  quotable: boolean;
}

const PLACEHOLDER = /\{\{\s*[a-zA-Z][a-zA-Z0-9]*\s*\}\}/g;
const conceptWords = (ids: readonly string[]) => ids.map((c) => c.replace(/-/g, " ")).join(". ");

/**
 * Lesson sections and summaries, source notes, question explanations and hints. Misconception
 * corrections come separately (misconceptionDrafts): their lesson is found by retrieval.
 * Scenarios count too: the plot beside a lesson is part of what the learner reads.
 */
export function buildPassages(): Passage[] {
  const out: Passage[] = [];
  const titleOf = new Map(lessons.map((l) => [l.id, l.title]));
  for (const lesson of lessons) {
    const base = {
      lessonId: lesson.id,
      lessonTitle: lesson.title,
      concepts: conceptWords(lesson.concepts),
    };
    out.push({
      ...base,
      id: `${lesson.id}#summary`,
      kind: "summary",
      heading: lesson.title,
      text: lesson.summary,
      quotable: true,
    });
    for (const section of lesson.sections) {
      out.push({
        ...base,
        id: `${lesson.id}#${section.id}`,
        kind: "section",
        heading: section.heading,
        text: section.body,
        quotable: true,
      });
    }
    // Deep dives are lesson text too (folded under "Going deeper" on the page).
    for (const section of lesson.deepDives ?? []) {
      out.push({
        ...base,
        id: `${lesson.id}#${section.id}`,
        kind: "section",
        heading: section.heading,
        text: section.body,
        quotable: true,
      });
    }
    if (lesson.sourceNote) {
      out.push({
        ...base,
        id: `${lesson.id}#source-note`,
        kind: "source-note",
        heading: "What the source got wrong",
        text: `${lesson.sourceNote.sourceGist} ${lesson.sourceNote.correction}`,
        quotable: false,
      });
    }
  }
  for (const entry of glossary) {
    out.push({
      id: `glossary:${entry.id}`,
      kind: "glossary",
      lessonId: entry.lessonId,
      lessonTitle: titleOf.get(entry.lessonId) ?? entry.lessonId,
      heading: `${entry.term}. ${entry.match.join(". ")}`,
      text: entry.definition,
      concepts: "",
      quotable: true,
    });
  }
  for (const scenario of Object.values(scenarios)) {
    const lesson =
      lessons.find((l) => l.scenarioId === scenario.id) ??
      lessons.find((l) => l.id === scenario.lessonId);
    if (!lesson) continue;
    const params = Object.values(scenario.params)
      .map((d) => `${d.label}: ${d.meaning}`)
      .join(" ");
    out.push({
      id: `scenario:${scenario.id}`,
      kind: "scenario",
      lessonId: lesson.id,
      lessonTitle: lesson.title,
      heading: scenario.title,
      text: `${scenario.summary} ${params}`,
      concepts: conceptWords(lesson.concepts),
      quotable: false,
    });
  }
  for (const q of questions) {
    const lessonTitle = titleOf.get(q.lessonId) ?? q.lessonId;
    const base = {
      lessonId: q.lessonId,
      lessonTitle,
      concepts: conceptWords(q.concepts),
      questionId: q.id,
    };
    const hasPlaceholders = PLACEHOLDER.test(q.explanation);
    PLACEHOLDER.lastIndex = 0;
    out.push({
      ...base,
      id: `${q.id}#explanation`,
      kind: "explanation",
      heading: q.prompt.replace(PLACEHOLDER, "…"),
      text: q.explanation.replace(PLACEHOLDER, "…"),
      quotable: !hasPlaceholders,
    });
    out.push({
      ...base,
      id: `${q.id}#hints`,
      kind: "hints",
      heading: q.prompt.replace(PLACEHOLDER, "…"),
      text: q.hints.join(" ").replace(PLACEHOLDER, "…"),
      quotable: false,
    });
  }
  return out;
}

/** Misconception corrections, without a lesson yet: the index assigns the best-matching one. */
export function misconceptionDrafts(): Omit<Passage, "lessonId" | "lessonTitle">[] {
  return misconceptions.map((m) => ({
    id: `misconception:${m.id}`,
    kind: "misconception" as const,
    heading: m.label,
    text: m.correction,
    concepts: "",
    quotable: true,
  }));
}
