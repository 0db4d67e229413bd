/**
 * Built-in answers that open with the answer: a definition first for "what is X", "No: ..." for
 * a stated misconception, otherwise the sentences that best answer the question (never one that
 * leans on a sentence before it), then the reason from a second section when one adds to it,
 * then where to read more and a next step. Wording varies by message so replies do not repeat.
 */
import { getLesson, getMisconception } from "@/lib/content";
import type { GlossaryEntry } from "@/lib/content/glossary";
import { citationsOf } from "../explain";
import type { Relevance } from "../relevance";
import { idf, passages, queryTerms, search, type Hit } from "../retrieval";
import { terms } from "../retrieval/text";
import { splitSentences } from "../sentences";
import type { Citation, QuestionKind, TutorReply } from "../types";
import { compareOpening } from "./compare";
import { diagnosisOpening } from "./diagnosis";
import { leadSentence } from "./lead-sentence";
import { yesNoOpening } from "./yes-no";

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
  prefer?: "reason" | "example" | "simple" | "remedy";
}

export interface Composed {
  reply: TutorReply;
  quoted: string[];
}

const LEANS_BACK =
  /^(?:they|it|its|this|these|that|those|their|so|but|and|or|then|here|such|both|hence|thus|therefore|instead|again|now|also|otherwise|similarly|likewise|which|in other words|as a result|in that case|at that point|in this case|the same|the other|the rest|each of them|equally|still|yet|even so|finally|first|second|third|what (?:it|this|that|they|remains|is left))\b/i;
const REFERS_BACK = /\b(?:above|below|as before|as we saw|the previous|this one)\b/i;
const REASON =
  /\b(?:because|since|so that|which is why|that is why|means|so the|therefore|as a result|each step|per step)\b/i;
const REMEDY = /\b(?:clip|fix|use|try|set|should|standard|remedy|lower|reduce|initiali[sz]e)\w*/i;
const SCENARIO_TALK =
  /\b(?:in the scenario|the scenario (?:beside|starts|shows)|beside this lesson|the plot shows|on the plot)\b/i;
/** Worked numbers ("b_f = 3", "0.73"), not a list's "2." */
const EXAMPLE = /\b(?:for example|e\.g\.|say|for instance)\b|\d\.\d|\b\d+\b(?!\.\s)/i;

/** A second section joins when it scores at least this share of the first (it is on point too). */
const SECOND_SHARE = 0.5;
const ANNOUNCES = /:\s*$/;
/** A step of a worked example ("δ_3 = (-0.5425) · 0.8827 = -0.4789"): numbers, not a reason. */
const workedNumbers = (t: string) => (t.match(/\d/g)?.length ?? 0) > 0.12 * t.length;
const LIST_NUMBER = /^\s*\d+\.\s*$/;
const TABLE = /\|\s*:?-{3,}/;

interface Scored {
  text: string;
  score: number;
}

function scoreSentences(
  hit: Hit,
  query: ReadonlySet<string>,
  prefer: ComposeOptions["prefer"],
): Scored[] {
  return splitSentences(hit.passage.text).map((text, index) => {
    const seen = new Set(terms(text));
    let score = 0;
    for (const t of query) if (seen.has(t)) score += idf(t);
    if (index === 0) score += 0.5;
    if (prefer === "reason" && REASON.test(text)) score += 1.5;
    if (prefer === "example" && EXAMPLE.test(text)) score += 1.5;
    if (prefer === "simple") score -= text.length / 200;
    if (prefer === "remedy" && REMEDY.test(text)) score += 1.5;
    // A tour of the plot answers "show me", not "why" or "what is".
    if (prefer !== "example" && SCENARIO_TALK.test(text)) score -= 3;
    // A markdown table, or a list's bare "2.", does not read inside a paragraph.
    if (TABLE.test(text) || LIST_NUMBER.test(text)) score -= 20;
    return { text, score };
  });
}

/** The sentence says what an earlier part already said (most of its words are there). */
function restates(earlier: string, sentence: string): boolean {
  if (earlier.includes(sentence)) return true;
  const seen = new Set(terms(earlier));
  const own = [...new Set(terms(sentence))];
  return own.length > 0 && own.filter((t) => seen.has(t)).length / own.length > 0.6;
}

/** A sentence the splitter cut in the middle ("the **output gate** decides…") starts in lower case. */
const MID_SENTENCE = /^(?:\*\*)?[a-z]/;
/** "With typical weights that product is…": a demonstrative early on points at an earlier sentence. */
const DEMONSTRATIVE =
  /^(?:[\w,]+\s+){1,3}(?:that|these|those) (?!(?:the|a|an|it|its|is|are|was|were|they|we|you|this|each|every|no|all)\b)[a-z]+ (?:is|are|was|were|has|have|gives?|means?)\b/i;
/** "Normalised to mean 0, they become…": an opening participle whose subject was named before. */
const DANGLING =
  /^\w+(?:ed|en)\b[^.;:]{0,80}?\b(?:they|it|these|those)\s+(?:become|are|is|were|was|give|gives|have|has)\b/i;
const canOpen = (s: string) =>
  !LEANS_BACK.test(s) &&
  !REFERS_BACK.test(s) &&
  !MID_SENTENCE.test(s) &&
  !DEMONSTRATIVE.test(s) &&
  !DANGLING.test(s);

/** The best run of up to `budget` consecutive sentences that opens on one standing alone. */
function pick(
  hit: Hit,
  query: ReadonlySet<string>,
  budget: number,
  prefer: ComposeOptions["prefer"],
): Scored[] {
  return bestRun(hit, query, budget, prefer).run;
}

/**
 * Among the lesson's best few passages, the one whose best sentences answer best: retrieval
 * ranks whole passages, but a reply quotes two or three sentences.
 */
function choosePassage(
  hits: readonly Hit[],
  query: ReadonlySet<string>,
  budget: number,
  prefer: ComposeOptions["prefer"],
  said = "",
): Hit | undefined {
  const top = hits[0];
  if (!top) return undefined;
  let best: Hit | undefined;
  let bestScore = -Infinity;
  for (const h of hits.slice(0, 4)) {
    const { run, score: runScore } = bestRun(h, query, budget, prefer);
    // A passage whose best sentences only repeat the opening adds nothing.
    if (said && run.every((s) => restates(said, s.text))) continue;
    const score = runScore + 3 * (h.score / top.score);
    if (score > bestScore) [best, bestScore] = [h, score];
  }
  return best ?? (said ? undefined : top);
}

function bestRun(
  hit: Hit,
  query: ReadonlySet<string>,
  budget: number,
  prefer: ComposeOptions["prefer"],
): { run: Scored[]; score: number } {
  const all = scoreSentences(hit, query, prefer);
  let best: Scored[] = [];
  let bestScore = -Infinity;
  for (let i = 0; i < all.length; i++) {
    if (!canOpen(all[i]?.text ?? "")) continue;
    let score = 0;
    let chars = 0;
    for (let j = i; j < all.length && j < i + budget; j++) {
      const s = all[j];
      if (!s || (j > i && chars + s.text.length > 700)) break;
      score += s.score - 0.4;
      chars += s.text.length;
      // "…go back one step at a time:" announces what follows; a run cannot end on it.
      if (ANNOUNCES.test(s.text)) continue;
      if (score > bestScore) [best, bestScore] = [all.slice(i, j + 1), score];
    }
  }
  return { run: best, score: bestScore };
}

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const variant = <T>(options: readonly T[], seed: string): T =>
  options[hash(seed) % options.length] as T;

function whereLine(hit: Hit, seed: string): string {
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

function nextStep(kind: QuestionKind, lessonId: string, seed: string): string {
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

/**
 * Passages to quote, those not quoted yet first. "How do I pick k?" keeps the quoted ones: the
 * advice often closes a section whose opening was quoted, and only the opening was shown.
 */
const quotable = (
  rel: Relevance,
  avoid: ReadonlySet<string>,
  prefer: ComposeOptions["prefer"],
  message: string,
) => {
  const all = rel.hits.filter((h) => h.passage.quotable && h.passage.kind !== "misconception");
  if (prefer === "remedy") return all;
  const fresh = all.filter((h) => !avoid.has(h.passage.id));
  if (fresh.length === 0 || fresh.length === all.length) return fresh.length ? fresh : all;
  // "What goes wrong per entry?": a word of the message's own that only a quoted passage uses
  // is the part of it the learner is asking about.
  const own = queryTerms(message).filter((t) => idf(t) >= OWN_TERM_IDF);
  const uses = (h: Hit, t: string) => passageTerms(h).has(t);
  const onlyQuoted = own.some((t) => !fresh.some((h) => uses(h, t)) && all.some((h) => uses(h, t)));
  return onlyQuoted ? all : fresh;
};
/** Each passage's terms, worked out once: the test above runs on every follow-up's hits. */
const termsOfPassage = new Map<string, ReadonlySet<string>>();
function passageTerms(h: Hit): ReadonlySet<string> {
  let own = termsOfPassage.get(h.passage.id);
  if (!own) termsOfPassage.set(h.passage.id, (own = new Set(terms(h.passage.text))));
  return own;
}
/** A term rarer than this (used by about a tenth of the passages or fewer) names a subject. */
const OWN_TERM_IDF = 2;

function citationsFirst(lessonId: string, rel: Relevance): Citation[] {
  const lesson = getLesson(lessonId);
  const rest = citationsOf(rel).filter((c) => c.id !== lessonId);
  return [...(lesson ? [{ id: lesson.id, title: lesson.title }] : []), ...rest].slice(0, 3);
}

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

/** The lesson a misconception's correction is filed under (the one that teaches the fix). */
export function misconceptionLesson(id: string): string | undefined {
  return passages.find((p) => p.id === `misconception:${id}`)?.lessonId;
}

/**
 * The lesson's own passages about a text (a correction): the lesson a correction is filed under
 * may share few words with the learner's message, but its reasoning is what the reply needs.
 */
function lessonPassagesAbout(lessonId: string, text: string): Hit[] {
  return search(queryTerms(text), { lessonId }).filter(
    (h) =>
      h.passage.lessonId === lessonId &&
      h.passage.quotable &&
      (h.passage.kind === "section" || h.passage.kind === "summary"),
  );
}

export function compose(rel: Relevance, options: ComposeOptions): Composed | undefined {
  const seed = options.message;
  const query = new Set(rel.terms);
  const pool = quotable(rel, options.avoid ?? new Set(), options.prefer, options.message);
  const corrected = options.misconception ?? options.confirms;
  const misconception = corrected ? getMisconception(corrected) : undefined;
  const bestLesson =
    (misconception && misconceptionLesson(misconception.id)) ??
    options.definition?.lessonId ??
    citationsOf(rel)[0]?.id;
  const retrieved = pool.filter((h) => h.passage.lessonId === bestLesson);
  const inLesson =
    misconception && bestLesson && !retrieved.some((h) => h.passage.kind === "section")
      ? lessonPassagesAbout(bestLesson, `${options.message} ${misconception.correction}`)
      : retrieved;
  const top = inLesson[0] ?? pool[0];
  if (!top && !misconception && !options.definition) return undefined;
  const parts: string[] = [];
  const used: string[] = [];
  const lessonId = bestLesson ?? top?.passage.lessonId ?? "";
  if (misconception) {
    const opener = options.confirms
      ? "Yes: "
      : /\?\s*$/.test(options.message) && !/^\s*(?:\w+\s+)?(?:why|how)\b/i.test(options.message)
        ? "No: "
        : "Not quite: ";
    parts.push(`${opener}${misconception.correction}`);
    for (const t of terms(misconception.correction)) query.add(t);
  } else if (options.definition) {
    parts.push(`**${options.definition.term}**: ${options.definition.definition}`);
  } else if (referenceOpening(options.message, options.avoid ?? new Set())) {
    parts.push(referenceOpening(options.message, options.avoid ?? new Set()) ?? "");
  } else if (options.kind === "compare" && compareOpening(options.message, bestLesson)) {
    parts.push(compareOpening(options.message, bestLesson) ?? "");
  } else if (options.kind === "diagnosis") {
    const opening = diagnosisOpening(options.message);
    if (opening) parts.push(opening);
  } else if (options.kind === "yes-no" && yesNoOpening(options.message, pool, canOpen)) {
    // The deciding sentence may sit in another lesson than the one quoted next.
    parts.push(yesNoOpening(options.message, pool, canOpen) ?? "");
  } else if (!options.prefer || options.prefer === "reason") {
    // A "why?" follow-up opens on the mechanism too: the thread's terms name its subject.
    const lead = leadSentence(options.message, options.kind, bestLesson, query);
    if (lead) parts.push(lead);
  }
  const budget = misconception || options.definition ? 2 : 3;
  const prefer =
    options.prefer ??
    (options.kind === "why" ? "reason" : options.kind === "diagnosis" ? "remedy" : undefined);
  // After a definition or correction, quote lesson text, not the glossary again.
  const candidates =
    misconception || options.definition
      ? inLesson.filter((h) => h.passage.kind !== "glossary")
      : inLesson.length > 0
        ? inLesson
        : pool;
  const main = choosePassage(candidates, query, budget, prefer, parts.join(" "));
  if (main) {
    const picked = pick(main, query, budget, prefer);
    parts.push(...picked.map((s) => s.text).filter((t) => !parts.some((p) => restates(p, t))));
    used.push(main.passage.id);
    // A second section adds the reason or the other half of a comparison.
    const second = pool.find(
      (h) =>
        h !== main &&
        h.passage.kind === "section" &&
        h.passage.id !== main.passage.id &&
        h.score >= SECOND_SHARE * main.score &&
        (h.passage.lessonId === main.passage.lessonId || options.kind === "compare"),
    );
    if (
      second &&
      !misconception &&
      !options.definition &&
      (options.kind === "why" || options.kind === "compare" || options.kind === "how")
    ) {
      // For "why", the added sentence must give a reason, not another worked number.
      const more = pick(second, query, 1, "reason")
        .map((s) => s.text)
        .filter((t) => options.kind !== "why" || !workedNumbers(t));
      if (more.length > 0 && parts.join(" ").length < 900) {
        parts.push(...more);
        used.push(second.passage.id);
      }
    }
  }
  const where = main
    ? whereLine(main, seed)
    : `*More in **${getLesson(lessonId)?.title ?? lessonId}**.*`;
  return {
    reply: {
      reply: `${parts.join(" ")}\n\n${where} ${nextStep(options.kind, lessonId, seed)}`,
      citations: citationsFirst(lessonId, rel),
      intent: "explain",
      effects: [],
      engine: "builtin",
      kind: options.kind,
      ...(misconception && options.misconception ? { misconceptions: [misconception.id] } : {}),
    },
    quoted: used,
  };
}
