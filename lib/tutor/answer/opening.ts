/**
 * The sentence an answer opens with, before any quoted passage: the correction of a stated
 * misconception ("No: …"), a glossary definition for "what is X", the section a reference
 * question ("of what?") points at, a comparison's or a diagnosis's verdict, the course sentence
 * that decides a yes/no question, or the glossary's mechanism sentence for a why/how question.
 */
import type { Misconception } from "@/lib/content";
import type { GlossaryEntry } from "@/lib/content/glossary";
import { passages, type Hit } from "../retrieval";
import type { QuestionKind } from "../types";
import { agreesWith, biasAsked, biasWhatIfOpening } from "./bias-what-if";
import { splitSentences } from "../sentences";
import { bothSidesOpening, compareOpening } from "./compare";
import { withSymbolNames } from "../retrieval/symbols";
import { diagnosisOpening } from "./diagnosis";
import { windowToBlame } from "./window-diagnosis";
import { leadSentence } from "./lead-sentence";
import { clipWhatIfOpening } from "./clip-what-if";
import { gateWhatIfOpening } from "./gate-what-if";
import { scaleWhatIf } from "./scale-what-if";
import { canOpen, statesValue, type Prefer } from "./sentence-pick";
import { yesNoOpening } from "./yes-no";
import { asksWhether } from "./asks-whether";
import { alternativeOpening, alternativesAsked } from "./alternatives";

export interface OpeningInput {
  message: string;
  kind: QuestionKind;
  misconception?: Misconception;
  /** The misconception is the opposite of what a yes/no question asks: confirm, do not refute. */
  confirms: boolean;
  definition?: GlossaryEntry;
  avoid: ReadonlySet<string>;
  prefer?: Prefer;
  lessonId: string | undefined;
  pool: readonly Hit[];
  query: ReadonlySet<string>;
}

/** A value the what-if supposes ("is 0", "at exactly 1", "zero"). */
const namesValue = (message: string) => /\d|\bzero\b/i.test(message);

/** "Of what?", "meaning what?", "which one?": a question about the reply just given. */
const REFERENCE =
  /^\s*(?:(?:ok|so|and|wait|sorry|huh)[,\s]+)*(?:(?:of|from|to|by|with|for|about|in) (?:what|which|whom)|meaning what|which ones?|what do you mean|what does that mean|like what)\s*[?.!]*\s*$/i;

/** The section quoted last, named so a reference question gets its subject ("of forget gates"). */
function referenceOpening(message: string, avoid: ReadonlySet<string>): string | undefined {
  if (!REFERENCE.test(message)) return undefined;
  const last = [...avoid]
    .reverse()
    .map((id) => passages.find((p) => p.id === id))
    .find((p) => p?.kind === "section");
  return last ? `That was from “${last.heading}”, in **${last.lessonTitle}**.` : undefined;
}

/**
 * "No: " to a question that presupposes the misconception, "Not quite: " to a statement or a
 * why/how question built on it, "Yes: " when the question denies it.
 */
function correctionOpener(message: string, confirms: boolean): string {
  if (confirms) return "Yes: ";
  return asksWhether(message) ? "No: " : "Not quite: ";
}

/**
 * The lessons work the bias product at a few values ("A zero bias gives $f = 0.5$…", "With
 * $b_f = 1$, $f \approx 0.731$…"): at those the course's own sentence answers, not a computed one.
 */
function courseWorksValue(message: string, kind: QuestionKind, pool: readonly Hit[]): boolean {
  const asked = biasAsked(message, kind);
  if (!asked) return false;
  return pool
    .slice(0, 4)
    .some((h) =>
      splitSentences(h.passage.text).some(
        (s) => /\bbias|\bb_/i.test(s) && statesValue(s, [asked.value]) && agreesWith(s, asked),
      ),
    );
}

export function opening(input: OpeningInput): string | undefined {
  const { message, kind, misconception, definition, lessonId } = input;
  if (misconception)
    return `${correctionOpener(message, input.confirms)}${misconception.correction}`;
  if (definition) return `**${definition.term}**: ${definition.definition}`;
  const reference = referenceOpening(message, input.avoid);
  if (reference) return reference;
  if (kind === "compare") {
    const compared =
      compareOpening(withSymbolNames(message), lessonId) ?? bothSidesOpening(message, input.pool);
    if (compared) return compared;
  }
  // "What if I double θ while my norm is above it?" reads as a diagnosis but asks about the rule.
  if (kind === "what-if" || (kind === "diagnosis" && /\bwhat (?:if|happens)\b/i.test(message))) {
    const clipped = clipWhatIfOpening(message);
    if (clipped) return clipped;
  }
  if (kind === "what-if") {
    const held = gateWhatIfOpening(message) ?? scaleWhatIf(message)?.opening;
    if (held) return held;
  }
  // "What would a forget bias of -2 do?": the value asked, with its sign, not the lesson's examples.
  const biased =
    kind === "calculation" || courseWorksValue(message, kind, input.pool)
      ? undefined
      : biasWhatIfOpening(message, kind);
  if (biased) return biased;
  if (kind === "diagnosis") return windowToBlame(message)?.opening ?? diagnosisOpening(message);
  // "Summed or multiplied?": the alternative the course states, never a bare yes or no.
  if (kind === "yes-no" || kind === "other") {
    const chosen = alternativeOpening(message, input.pool, canOpen);
    if (chosen) return chosen;
  }
  // The deciding sentence may sit in another lesson than the one quoted next.
  if (kind === "yes-no" && !alternativesAsked(message)) {
    const decided = yesNoOpening(message, input.pool, canOpen);
    if (decided) return decided;
  }
  // "What if the forget bias is 0?" opens on the sentence about that value, not on a definition.
  if (kind === "what-if" && namesValue(message)) return undefined;
  // A "why?" follow-up opens on the mechanism too: the thread's terms name its subject.
  if (!input.prefer || input.prefer === "reason")
    return leadSentence(message, kind, lessonId, input.query);
  return undefined;
}
