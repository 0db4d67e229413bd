/**
 * Built-in answers that open with the answer: a definition first for "what is X", "No: ..." for
 * a stated misconception, otherwise the sentences that best answer the question (never one that
 * leans on a sentence before it), then the reason from a second section when one adds to it,
 * then where to read more and a next step. The parts live beside it: `opening.ts` (the first
 * sentence), `pool.ts` (what may be quoted and cited), `sentence-pick.ts` (which sentences),
 * `footer.ts` (where to read more, the next step).
 */
import { getMisconception, type Misconception } from "@/lib/content";
import type { GlossaryEntry } from "@/lib/content/glossary";
import { citationsOf } from "../explain";
import type { Relevance } from "../relevance";
import type { Hit } from "../retrieval";
import { terms } from "../retrieval/text";
import type { QuestionKind, TutorReply } from "../types";
import { alternativeOpening } from "./alternatives";
import { bothSidesLesson, compareOpening } from "./compare";
import { withSymbolNames } from "../retrieval/symbols";
import { agreesWith, biasAsked, biasLesson, biasWhatIfOpening } from "./bias-what-if";
import { lessonLine, nextStep, whereLine } from "./footer";
import { conditionHolds } from "./conditional";
import { gateToBlame, regimeAsked, remedyAfter } from "./diagnosis";
import { focusSentence } from "./focus-cover";
import { keyFactSentence } from "./sentence-key-fact";
import { windowToBlame } from "./window-diagnosis";
import { opening } from "./opening";
import { asksAffirmative, asksPurpose, focusTerms, purposeLesson } from "./question-form";
import { scaleWhatIf } from "./scale-what-if";
import { aboutOtherModel, namingTerm } from "./quoted";
import { correctionFor } from "./misconception-key-facts";
import { citationsFirst, lessonPassagesAbout, misconceptionLesson, quotable } from "./pool";
import { settingsAsked, valuesAsked } from "./stated-values";
import {
  canOpen,
  choosePassage,
  deniesOfSubject,
  pick,
  restates,
  workedNumbers,
  type Prefer,
} from "./sentence-pick";

export { misconceptionLesson } from "./pool";

export interface ComposeOptions {
  message: string;
  kind: QuestionKind;
  misconception?: string;
  /** A yes/no question that denies this misconception: "Yes: " + its correction, not recorded. */
  confirms?: string;
  definition?: GlossaryEntry;
  /** Passages quoted earlier in the thread: say something new when possible. */
  avoid?: ReadonlySet<string>;
  /** Prefer reasons ("why?"), examples, or the plainest statement ("explain simpler"). */
  prefer?: Prefer;
}

export interface Composed {
  reply: TutorReply;
  quoted: string[];
}

/**
 * "How long should k be?", "what threshold should I use?", "how do I pick θ?": advice on a
 * value, answered by the sentence that gives it ("pick k longer than…"), not the mechanism.
 */
const ASKS_ADVICE =
  /\b(?:how (?:long|big|large|high|low|small|many steps|far)\b[^?]*\b(?:should|do i|do you|to)\b|how (?:do|should|would|can|did) (?:i|we|you|people|they|one|folks) (?:\w+ )?(?:pick|choose|set|tune|decide on|select)|what (?:\w+ ){0,2}(?:value|threshold|size|length|k|bias) (?:should|do|would) (?:i|we|you|people))/i;

/** A reply this long already says enough; no sentence joins for the question's uncovered words. */
const MAX_BEFORE_FOCUS = 1000;

/**
 * The questions the sentence ranker weighs in on: ones that ask for a fact of the course. A
 * comparison is built from its two sides, a yes/no from the sentence that decides it, and a
 * bare topic ("tell me about the GRU") is a tour a thread goes on from: the sentences a
 * thread's "why not?" needs next must stay for it.
 */
const LEARNED_KINDS: ReadonlySet<QuestionKind> = new Set<QuestionKind>([
  "definition",
  "why",
  "how",
  "what-if",
  "diagnosis",
]);

/** A reply shorter than this has room for the key fact it missed. */
const KEY_FACT_ROOM = 700;

/** A second section joins when it scores at least this share of the first (it is on point too). */
const SECOND_SHARE = 0.5;

/** The answering lesson's passages: for a correction, its own reasoning even if retrieval missed it. */
function lessonHits(
  pool: readonly Hit[],
  lessonId: string | undefined,
  misconception: Misconception | undefined,
  message: string,
): Hit[] {
  const retrieved = pool.filter((h) => h.passage.lessonId === lessonId);
  return misconception && lessonId && !retrieved.some((h) => h.passage.kind === "section")
    ? lessonPassagesAbout(lessonId, `${message} ${misconception.correction}`)
    : retrieved;
}

/** For why/how/compare, one sentence of a second section on point: the reason, the other half. */
function secondSection(
  pool: readonly Hit[],
  main: Hit,
  kind: QuestionKind,
  query: ReadonlySet<string>,
  said: string,
  message: string,
): { hit: Hit; text: string[] } | undefined {
  if (kind !== "why" && kind !== "compare" && kind !== "how") return undefined;
  if (said.length >= 900) return undefined;
  const seconds = pool.filter(
    (h) =>
      h !== main &&
      h.passage.kind === "section" &&
      h.passage.id !== main.passage.id &&
      h.score >= SECOND_SHARE * main.score &&
      (h.passage.lessonId === main.passage.lessonId || kind === "compare"),
  );
  // For "why", the added sentence must give a reason, not another worked number, and be about
  // the model asked about; a section whose best sentence is about another model gives way to
  // the next one on point.
  for (const second of seconds.slice(0, 2)) {
    const more = pick(second, query, 1, { prefer: "reason" })
      .map((s) => s.text)
      .filter(
        (t) => kind !== "why" || (!workedNumbers(t) && !aboutOtherModel(t, `${message} ${said}`)),
      );
    if (more.length > 0) return { hit: second, text: more };
  }
  return undefined;
}

/**
 * The picked sentences minus those the reply already says, except one the next sentence leans
 * on ("…by roughly σ(b_f). For b_f ≤ 1 that is at most 0.73"): without it the next would
 * start mid-argument.
 */
function withoutRepeats(picked: readonly string[], said: readonly string[]): string[] {
  const kept = picked.filter((t, i) => {
    if (!said.some((p) => restates(p, t))) return true;
    const next = picked[i + 1];
    return next !== undefined && !canOpen(next);
  });
  // A run that would open on the very sentence the reply just ended with reads as a stutter:
  // it goes, and the sentences leaning on it now follow it in the reply.
  const first = kept[0];
  return first !== undefined && (said.at(-1) ?? "").trim().endsWith(first) ? kept.slice(1) : kept;
}

export function compose(rel: Relevance, options: ComposeOptions): Composed | undefined {
  const seed = options.message;
  const avoid = options.avoid ?? new Set<string>();
  const query = new Set(rel.terms);
  const advice = !options.prefer && ASKS_ADVICE.test(options.message);
  const pool = quotable(rel, avoid, options.prefer, options.message);
  // "Summed or multiplied?" asks which; a claim read into one alternative is not the learner's.
  const chooses =
    (options.kind === "yes-no" || options.kind === "other") &&
    alternativeOpening(options.message, pool, canOpen) !== undefined;
  const corrected = chooses ? undefined : (options.misconception ?? options.confirms);
  // A claim's correction carries the facts its wording calls for; a confirmation's is the entry's.
  const misconception =
    corrected === undefined
      ? undefined
      : corrected === options.misconception
        ? correctionFor(corrected, options.message)
        : getMisconception(corrected);
  const bestLesson =
    (misconception && misconceptionLesson(misconception.id)) ??
    options.definition?.lessonId ??
    (options.kind === "diagnosis"
      ? (windowToBlame(options.message) ?? gateToBlame(options.message))?.lessonId
      : undefined) ??
    (options.kind === "what-if" ? scaleWhatIf(options.message)?.lessonId : undefined) ??
    (options.kind === "calculation" ? undefined : biasLesson(options.message, options.kind)) ??
    purposeLesson(options.message) ??
    (options.kind === "compare" && !compareOpening(withSymbolNames(options.message), undefined)
      ? bothSidesLesson(options.message, pool)
      : undefined) ??
    citationsOf(rel)[0]?.id;
  const inLesson = lessonHits(pool, bestLesson, misconception, options.message);
  const top = inLesson[0] ?? pool[0];
  if (!top && !misconception && !options.definition) return undefined;
  const lessonId = bestLesson ?? top?.passage.lessonId ?? "";
  // "…the same when the recurrent weights are zero?": the condition makes the claim true.
  const holds =
    misconception && options.misconception && bestLesson
      ? conditionHolds(options.message, misconception, [
          ...inLesson,
          ...lessonPassagesAbout(bestLesson, options.message),
        ])
      : undefined;
  const opened = holds
    ? `${holds} In general, though: ${misconception?.correction ?? ""}`
    : opening({
        message: options.message,
        kind: options.kind,
        ...(misconception ? { misconception } : {}),
        confirms: options.confirms !== undefined,
        ...(options.definition ? { definition: options.definition } : {}),
        avoid,
        ...(options.prefer
          ? { prefer: options.prefer }
          : advice
            ? { prefer: "advice" as const }
            : {}),
        lessonId: bestLesson,
        pool,
        query,
      });
  if (misconception) for (const t of terms(misconception.correction)) query.add(t);
  // A what-if answered by a rule ("left unchanged: clipping replaces g only when…") goes on with
  // the passage that states the rule, not one that only shares the question's words.
  if (opened && options.kind === "what-if") for (const t of terms(opened)) query.add(t);
  const parts: string[] = opened ? [opened] : [];
  const remedy = remedyAfter(opened, options.kind, seed);
  if (remedy) parts.push(remedy);
  const used: string[] = [];
  const corrects = misconception !== undefined || options.definition !== undefined;
  const budget = corrects ? 2 : 3;
  const prefer =
    options.prefer ??
    (advice
      ? "advice"
      : asksPurpose(options.message)
        ? "purpose"
        : options.kind === "why"
          ? "reason"
          : options.kind === "diagnosis"
            ? "remedy"
            : undefined);
  const wanted = {
    prefer,
    values: valuesAsked(options.message, options.kind),
    assigned: settingsAsked(options.message, options.kind),
    onSubject: options.kind === "what-if",
    regime: regimeAsked(options.message, options.kind),
    // A follow-up names its subject through the thread ("why does it have to be 1?"): its own
    // words are no focus to check the opening against.
    focus: avoid.size > 0 ? undefined : focusTerms(options.message),
    affirm: asksAffirmative(options.message, options.kind),
    focusFirst: !corrects && (options.kind === "why" || options.kind === "how"),
    learned: !corrects && !options.prefer && avoid.size === 0 && LEARNED_KINDS.has(options.kind),
  };
  // After a definition or correction, quote lesson text, not the glossary again; a what-if asks
  // for consequences, which the lesson's sections state and a definition does not.
  const candidates =
    corrects || (options.kind === "what-if" && inLesson.some((h) => h.passage.kind === "section"))
      ? inLesson.filter((h) => h.passage.kind !== "glossary")
      : inLesson.length > 0
        ? inLesson
        : pool;
  const main = choosePassage(candidates, query, budget, wanted, parts.join(" "));
  // Answered at the bias value asked: one more sentence at most, and none about another value.
  const bias = biasAsked(options.message, options.kind);
  const atValue =
    bias && opened === biasWhatIfOpening(options.message, options.kind) ? bias : undefined;
  // Nor, after the purpose, a sentence on what the thing does not do.
  // A comparison quotes nothing about a model neither side belongs to.
  const context = `${options.message} ${opened ?? ""}`;
  const fits = (t: string) =>
    (!atValue || (agreesWith(t, atValue) && terms(t).some((w) => wanted.focus?.has(w)))) &&
    !(prefer === "purpose" && deniesOfSubject(t, query)) &&
    !(options.kind === "compare" && aboutOtherModel(t, context));
  if (main) {
    const picked = pick(main, query, atValue ? 1 : budget, wanted)
      .map((s) => s.text)
      .filter(fits);
    // Repeats go first: a definition sentence the opening already quoted is not named again.
    parts.push(...namingTerm(main, withoutRepeats(picked, parts)));
    used.push(main.passage.id);
    const second = corrects
      ? undefined
      : secondSection(pool, main, options.kind, query, parts.join(" "), options.message);
    if (second && second.text.every(fits)) {
      parts.push(...second.text);
      used.push(second.hit.passage.id);
    }
  }
  // The part of the question the reply has not touched yet ("…in a plain tanh RNN").
  const focus =
    parts.join(" ").length < MAX_BEFORE_FOCUS
      ? focusSentence(
          options.message,
          parts.join(" "),
          inLesson.length > 0 ? inLesson : pool,
          lessonId,
        )
      : undefined;
  if (focus && fits(focus)) parts.push(focus);
  const keyFact =
    wanted.learned && parts.join(" ").length < KEY_FACT_ROOM
      ? keyFactSentence(query, lessonId, parts.join(" "), options.message)
      : undefined;
  if (keyFact && fits(keyFact)) parts.push(keyFact);
  const where = main ? whereLine(main, seed) : lessonLine(lessonId);
  return {
    reply: {
      reply: `${parts.join(" ")}\n\n${where} ${nextStep(options.kind, lessonId, seed)}`,
      citations: citationsFirst(lessonId, rel),
      intent: "explain",
      effects: [],
      engine: "builtin",
      kind: options.kind,
      ...(misconception && options.misconception && !holds
        ? { misconceptions: [misconception.id] }
        : {}),
    },
    quoted: used,
  };
}
