/**
 * A diagnosis opens with the diagnosis: the regime the learner's symptoms describe, in the
 * glossary's words (how it shows in a training log), before the lesson's remedy.
 */
import { glossary } from "@/lib/content/glossary";
import { symptomRegime } from "../retrieval/symptoms";

const ENTRY = {
  vanishing: glossary.find((e) => e.id === "vanishing-gradient"),
  exploding: glossary.find((e) => e.id === "exploding-gradient"),
} as const;

const NAME = { vanishing: "a vanishing gradient", exploding: "an exploding gradient" } as const;

/** "That sounds like a vanishing gradient: …", or undefined when the symptoms are unclear. */
export function diagnosisOpening(message: string): string | undefined {
  const regime = symptomRegime(message);
  const entry = regime ? ENTRY[regime] : undefined;
  if (!regime || !entry) return undefined;
  return `That sounds like **${NAME[regime]}**. ${entry.definition}`;
}
