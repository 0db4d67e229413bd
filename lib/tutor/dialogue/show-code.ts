/**
 * "whats windowed truncated bptt → can you show it": with no run in the thread, "show it" about
 * a procedure the course writes out in code is answered with that code. The topic lesson's
 * scenario may simulate something else under a similar name (the 1997 truncated gradient is
 * not windowed truncation), so running it would show the wrong thing.
 */
import { getLesson } from "@/lib/content";
import { passages, type Passage } from "../retrieval";
import { terms } from "../retrieval/text";
import type { Decision, Turn } from "./turn";

/**
 * The passage holding code that is about the thread: its heading names one of the thread's
 * words ("windows" for windowed truncation) and its text two at least. A code passage that only
 * shares the course's everyday words ("gradient", "lstm") is about something else.
 */
function codePassageFor(threadTerms: readonly string[]): Passage | undefined {
  const wanted = new Set(threadTerms);
  let best: { passage: Passage; score: number } | undefined;
  for (const passage of passages) {
    if (!passage.text.includes("```")) continue;
    if (!terms(passage.heading).some((t) => wanted.has(t))) continue;
    const own = new Set(terms(`${passage.heading} ${passage.text}`));
    const score = [...wanted].filter((t) => own.has(t)).length;
    if (score >= 2 && score > (best?.score ?? 0)) best = { passage, score };
  }
  return best?.passage;
}

export function showCode(turn: Turn): Decision | undefined {
  const passage = codePassageFor(turn.state.terms);
  if (!passage) return undefined;
  const lesson = getLesson(passage.lessonId);
  return {
    reply: {
      reply: passage.text,
      citations: lesson ? [{ id: lesson.id, title: lesson.title }] : [],
      intent: "explain",
      effects: [],
      engine: "builtin",
      kind: "definition",
    },
  };
}
