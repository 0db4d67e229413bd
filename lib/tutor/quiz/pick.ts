/**
 * Choosing a question for "quiz me on exploding gradients": the lesson that best matches the
 * topic (or the open lesson, or the course start), then the question of a chat-friendly type
 * whose own text best matches, skipping ones just asked. Predict-plot questions need the plot
 * beside them, so they are used only when nothing else is left.
 */
import { lessons, questions, type Question } from "@/lib/content";
import { queryTerms, rankLessons, search } from "../retrieval";

const CHAT_TYPES = new Set<Question["type"]>([
  "single-choice",
  "multiple-select",
  "numeric",
  "ordering",
  "short-text",
]);

/** "quiz me on X" -> "X": the words that name the topic. */
export function quizTopic(message: string): string {
  return message
    .replace(/\b(quiz|test|ask|give)\s+me\b/gi, " ")
    .replace(
      /\b(a|an|another|some|one|more|next|new|practice|question|questions|exercise|problem|quiz)\b/gi,
      " ",
    )
    .replace(/\b(on|about|for|please|pls)\b/gi, " ")
    .trim();
}

export interface PickOptions {
  lessonId?: string;
  /** Ids asked recently in chat, and the one open in the app: avoided while others remain. */
  avoid: readonly string[];
}

export function pickQuestion(message: string, options: PickOptions): Question | undefined {
  const topic = queryTerms(quizTopic(message));
  const hits = search(topic, options.lessonId !== undefined ? { lessonId: options.lessonId } : {});
  const lessonId =
    (topic.length > 0 ? rankLessons(hits)[0]?.lessonId : undefined) ??
    options.lessonId ??
    lessons[0]?.id;
  const questionScore = new Map<string, number>();
  for (const h of hits) {
    const id = h.passage.questionId;
    if (id !== undefined) questionScore.set(id, (questionScore.get(id) ?? 0) + h.score);
  }
  const inLesson = questions.filter((q) => q.lessonId === lessonId);
  const ranked = [...inLesson].sort(
    (a, b) =>
      Number(CHAT_TYPES.has(b.type)) - Number(CHAT_TYPES.has(a.type)) ||
      (questionScore.get(b.id) ?? 0) - (questionScore.get(a.id) ?? 0),
  );
  const avoid = new Set(options.avoid);
  // The most recently asked is avoided hardest: cycle through the rest first.
  return (
    ranked.find((q) => !avoid.has(q.id)) ??
    ranked.find((q) => q.id !== options.avoid.at(-1)) ??
    ranked[0]
  );
}
