/**
 * A diagnosis opens with the diagnosis: the regime the learner's symptoms describe, in the
 * glossary's words (how it shows in a training log), before the lesson's remedy. A gated
 * network that vanishes has a gate to blame: an LSTM's forget gate (a GRU's update gate) left
 * at a zero bias shrinks the cell path by about a half per step, so the reply names that gate
 * and answers from the lesson that teaches its bias.
 */
import { getLesson } from "@/lib/content";
import { glossary, type GlossaryEntry } from "@/lib/content/glossary";
import { symptomRegime } from "../retrieval/symptoms";
import { splitSentences } from "../sentences";
import type { QuestionKind } from "../types";
import { regimeNamed, type Regime } from "./sentence-pick";

const entry = (id: string) => glossary.find((e) => e.id === id);
const ENTRY = {
  vanishing: entry("vanishing-gradient"),
  exploding: entry("exploding-gradient"),
} as const;

const NAME = { vanishing: "a vanishing gradient", exploding: "an exploding gradient" } as const;

/** The gate whose bias decides how long a gated network keeps its gradient. */
function gateOf(message: string): GlossaryEntry | undefined {
  if (/\bgrus?\b/i.test(message)) return entry("update-gate");
  if (/\blstms?\b/i.test(message)) return entry("forget-gate");
  return undefined;
}

/** A vanishing gated network: the entry of the gate to look at, or undefined. */
export function gateToBlame(message: string): GlossaryEntry | undefined {
  return symptomRegime(message) === "vanishing" ? gateOf(message) : undefined;
}

/** The gate entry's sentences about its bias, the part a diagnosis needs. */
function biasSentences(gate: GlossaryEntry): string {
  return splitSentences(gate.definition)
    .filter((s) => /\bbias\b/i.test(s))
    .join(" ");
}

/** "That sounds like a vanishing gradient: …", or undefined when the symptoms are unclear. */
export function diagnosisOpening(message: string): string | undefined {
  const regime = symptomRegime(message);
  const found = regime ? ENTRY[regime] : undefined;
  if (!regime || !found) return undefined;
  const gate = gateToBlame(message);
  const blame = gate
    ? ` In a gated network, look at the ${gate.match[0]} first. ${biasSentences(gate)}`
    : "";
  return `${bugVerdict(message, regime)}That sounds like **${NAME[regime]}**. ${found.definition}${blame}`;
}

const ASKS_BUG = /\b(?:bug|bugged|buggy|broken|wrong)\b/i;
const LOG_LINE =
  /\b(?:straight|linear) line\b[^.?!]*\blog\b|\blog\b[^.?!]*\b(?:straight|linear) line\b/i;

/**
 * "Is my code bugged?" after a symptom of vanishing: the symptom is what the mathematics
 * predicts, so the verdict comes first. A straight line on a log axis is a geometric sequence
 * (log of c·λ^k is linear in k), which is what a product of similar per-step factors gives.
 */
function bugVerdict(message: string, regime: "vanishing" | "exploding"): string {
  if (!ASKS_BUG.test(message) || regime !== "vanishing") return "";
  const line = LOG_LINE.test(message)
    ? " A straight line on a log axis means the gradient shrinks by about the same factor every step: geometric decay, which is what a product of one Jacobian per step gives."
    : "";
  return `Probably not a bug: a gradient that shrinks like this is what backpropagation through time predicts.${line} `;
}

/** The lesson that teaches each regime's remedies. */
const REMEDY_LESSON = {
  vanishing: "how-to-fix-vanishing-gradients",
  exploding: "how-lstm-handles-exploding-gradients",
} as const;

/**
 * A diagnosis says what to do about it: when its opening names no fix (the vanishing entry
 * says how it shows, not how to treat it), the summary of the lesson on that regime's remedies
 * lists them.
 */
export function remedyAfter(
  opened: string | undefined,
  kind: QuestionKind,
  message: string,
): string | undefined {
  if (kind !== "diagnosis" || opened === undefined || opened !== diagnosisOpening(message))
    return undefined;
  const regime = symptomRegime(message);
  if (/\bfix\b/i.test(opened) || regime === undefined) return undefined;
  return getLesson(REMEDY_LESSON[regime])?.summary;
}

/** The one regime asked about: named, or for a diagnosis described ("then nan on the next batch"). */
export function regimeAsked(message: string, kind: QuestionKind): Regime | undefined {
  return regimeNamed(message) ?? (kind === "diagnosis" ? symptomRegime(message) : undefined);
}
