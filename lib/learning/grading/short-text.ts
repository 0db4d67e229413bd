import type { InstanceOf } from "../instantiate";
import { corrections, unique, type GradeResult } from "./result";

/** Lower case, unify quotes, dashes and spacing, so patterns need not list typographic variants. */
export function normaliseAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const matches = (patterns: readonly string[], text: string) =>
  patterns.some((p) => new RegExp(p, "iu").test(text));

/** fraction = ideas found / ideas required; feedback names the missing ideas. */
export function gradeShortText(instance: InstanceOf<"short-text">, raw: string): GradeResult {
  const text = normaliseAnswer(raw);
  const { ideas, misconceptionPatterns } = instance.rubric;
  const found = ideas.filter((idea) => matches(idea.patterns, text));
  const missing = ideas.filter((idea) => !found.includes(idea));
  const misconceptions = unique(
    misconceptionPatterns.filter((m) => matches(m.patterns, text)).map((m) => m.misconception),
  );
  const fraction = ideas.length === 0 ? 1 : found.length / ideas.length;
  // Misconception phrases tag the answer but do not cost credit: a regex cannot tell
  // "clipping fixes vanishing" from a sentence that quotes it to reject it.
  const correct = missing.length === 0;
  const parts =
    missing.length === 0
      ? [`All ${ideas.length} key ideas are there.`]
      : [
          `Found ${found.length} of ${ideas.length} key ideas.`,
          `Missing: ${missing.map((m) => m.label).join("; ")}.`,
        ];
  if (misconceptions.length > 0) parts.push(corrections(misconceptions));
  return {
    correct,
    fraction,
    feedback: parts.join(" "),
    misconceptions,
    missingIdeas: missing.map((m) => m.label),
  };
}
