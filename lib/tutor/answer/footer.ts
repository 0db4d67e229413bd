/**
 * How an answer ends: where to read more and a next step, worded differently from message to
 * message (a hash of the message picks the variant) so a conversation does not repeat itself.
 */
import { getLesson } from "@/lib/content";
import type { Hit } from "../retrieval";
import type { QuestionKind } from "../types";

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const variant = <T>(options: readonly T[], seed: string): T =>
  options[hash(seed) % options.length] as T;

export function whereLine(hit: Hit, seed: string): string {
  const lesson = `**${hit.passage.lessonTitle}**`;
  if (hit.passage.kind !== "section")
    return variant([`*More in ${lesson}.*`, `*Read more in ${lesson}.*`], seed);
  const h = `“${hit.passage.heading}”`;
  return variant(
    [
      `*From ${h} in ${lesson}.*`,
      `*More in ${h}, in ${lesson}.*`,
      `*Read ${h} in ${lesson} for the full argument.*`,
    ],
    seed,
  );
}

export function nextStep(kind: QuestionKind, lessonId: string, seed: string): string {
  const lesson = getLesson(lessonId);
  const hasPlot = lesson?.scenarioId !== undefined;
  const options = [
    "Ask “why?” and I'll give the reason behind it.",
    "Say “quiz me” to check yourself on it.",
    ...(hasPlot ? ["Say “show me” to run it on the lesson's plot."] : []),
    ...(kind === "definition" ? ["Ask “give an example” to see it with numbers."] : []),
  ];
  return variant(options, `${seed}#next`);
}

/** The footer when no passage was quoted: the lesson alone. */
export function lessonLine(lessonId: string): string {
  return `*More in **${getLesson(lessonId)?.title ?? lessonId}**.*`;
}
