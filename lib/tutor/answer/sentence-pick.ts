/**
 * Which sentences of a passage a reply quotes: each sentence scored by the question's terms
 * (weighted by rarity) and what the question prefers, then the best run of consecutive sentences
 * that opens on one standing alone, never on one that leans on a sentence before it ("It…",
 * "So…", "Hence…").
 */
import { idf, type Hit } from "../retrieval";
import { terms } from "../retrieval/text";
import { splitSentences } from "../sentences";
import { canOpen } from "./stands-alone";
import { sentenceRanker } from "./sentence-ranker";
import { sentenceKey } from "./sentence-table";

import { onOtherRegime, turnsToOther, type Regime } from "./regime";
import { assignmentsIn, statesValue } from "./stated-values";

export { canOpen } from "./stands-alone";
export { regimeNamed, type Regime } from "./regime";
export { assignmentsIn, statesValue } from "./stated-values";

/**
 * Prefer reasons ("why?"), examples, the plainest statement ("explain simpler"), the remedy, or
 * advice on a value ("how long should k be?").
 */
export type Prefer = "reason" | "example" | "simple" | "remedy" | "advice" | "purpose";

/** What the sentences should contain beyond the question's terms. */
export interface Wanted {
  prefer?: Prefer | undefined;
  /** Values the question names ("if the forget bias is 0"): a sentence with them answers it. */
  values?: readonly number[] | undefined;
  /** Settings the question writes out ("a = 1"): a sentence setting the same one answers it. */
  assigned?: readonly string[] | undefined;
  /** The run must open on a sentence that uses the question's terms. */
  onSubject?: boolean;
  /** The one regime the question names ("and a vanishing one?"): not a passage on the other. */
  regime?: Regime | undefined;
  /** The question's own rarer words: a run should open on a sentence about them. */
  focus?: ReadonlySet<string> | undefined;
  /** The question asks what something is or does: a run opening on what it is not answers another. */
  affirm?: boolean | undefined;
  /**
   * A concept question (why, how): only a run opening on the focus answers it, when one does.
   * A symptom report's words are no such focus ("token 100", "plateaus").
   */
  focusFirst?: boolean | undefined;
  /** A new concept question answered from the lesson: the learned ranker weighs in. */
  learned?: boolean | undefined;
}

export interface Scored {
  text: string;
  score: number;
  /** The question's terms it uses, weighted by rarity (no bonuses). */
  about: number;
  /** It gives what was asked for directly: the advice, or the value the what-if names. */
  direct: boolean;
  /** It uses one of the question's focus words. */
  focused: boolean;
  /** It says what something does not do ("The LSTM does not store everything…"). */
  denies: boolean;
  /** It gives a cause ("…per step, so it shrinks…"): what a why is answered with first. */
  reason: boolean;
}

const REASON =
  /\b(?:because|since|so that|which is why|that is why|means|so the|therefore|as a result|each step|per step)\b/i;
const ADVICE =
  /\b(?:typical\w*|pick|choose|choosing|set (?:it|them|\$?\\?theta)|recommend\w*|suggest\w*|defaults? to|usually|in practice|rule of thumb|somewhat above)\b/i;
const REMEDY = /\b(?:clip|fix|use|try|set|should|standard|remedy|lower|reduce|initiali[sz]e)\w*/i;
const SCENARIO_TALK =
  /\b(?:in the scenario|the scenario (?:beside|starts|shows)|beside this lesson|the plot shows|on the plot)\b|^Curve [A-Z]\b/i;
/** A sentence that sets up an illustration or asks the reader to act: a story, not a reason. */
const STORY = /^(?:Picture|Imagine|Consider|Suppose|Think of|Turn|Drag|Try|Watch)\b/;
export const tellsStory = (t: string) => STORY.test(t);
/** Worked numbers ("b_f = 3", "0.73"), not a list's "2." */
const EXAMPLE = /\b(?:for example|e\.g\.|say|for instance)\b|\d\.\d|\b\d+\b(?!\.\s)/i;
const ANNOUNCES = /:\s*$/;
const LIST_NUMBER = /^\s*\d+\.\s*$/;
const TABLE = /\|\s*:?-{3,}/;

/** What a thing was made for: the problem it solves, what it lets a network do. */
const PURPOSE =
  /\b(?:problem|solves?|fix(?:es)?|so that|lets?|allows?|in order to|designed|invented|introduced|cannot learn|long gaps?|long-range|over long|across long)\b/i;
/** A main clause that denies: "does not store", "cannot learn", "is not". */
const DENIES =
  /^[^,;:]{0,60}?\b(?:does not|do not|did not|is not|are not|cannot|never|no longer)\b/i;
/**
 * The sentence denies something of the question's own subject ("The LSTM does not store…" for a
 * question about the LSTM), not of another one ("Plain recurrent networks cannot learn…", which
 * states the problem the LSTM solves).
 */
export function deniesOfSubject(text: string, query: ReadonlySet<string>): boolean {
  const m = DENIES.exec(text);
  return m !== null && terms(m[0]).some((t) => query.has(t));
}

/**
 * The learned ranker's weight against the rarity-weighted shared terms, and only where it
 * rates a sentence above the base rate: a sentence it has never seen answer is not penalised,
 * so the hand rules still decide among those. Set with each development set left out of the
 * ranker's examples in turn (scripts/tutor-examples.ts --without).
 */
const RANKER_WEIGHT = 0.5;
const CODE = /```/;

/**
 * The ranker learned from new concept questions which prose states their answer, not what
 * follows a definition or a correction, nor a follow-up's: those ask for something else. A
 * value or setting the question names decides its sentence itself ("if the forget bias is
 * 0"), and a code block is no statement however many of the question's words it carries.
 */
function learnedApplies(text: string, wanted: Wanted): boolean {
  if (wanted.learned !== true) return false;
  if ((wanted.values?.length ?? 0) > 0 || (wanted.assigned?.length ?? 0) > 0) return false;
  return !CODE.test(text);
}
/** Opening on a sentence off the question's focus costs about one rare shared word. */
const OFF_FOCUS = 1;
/** Opening on a denial, when the question asked what something is or does. */
const OPENS_DENIAL = 2;

/** A step of a worked example ("δ_3 = (-0.5425) · 0.8827 = -0.4789"): numbers, not a reason. */
export const workedNumbers = (t: string) => (t.match(/\d/g)?.length ?? 0) > 0.12 * t.length;

function scoreSentences(hit: Hit, query: ReadonlySet<string>, wanted: Wanted): Scored[] {
  const { prefer, values } = wanted;
  const heading = new Set(hit.passage.kind === "section" ? terms(hit.passage.heading) : []);
  const sentences = splitSentences(hit.passage.text);
  const setting = (text: string) =>
    assignmentsIn(text).some((a) => wanted.assigned?.includes(a) === true);
  // Where the passage sets what the question set ("At $a = 1$…"), a bare "1" elsewhere
  // ("The 1 is the shortcut") is not that value.
  const setsHere = sentences.some(setting);
  return sentences.map((text, index) => {
    const seen = new Set(terms(text));
    let score = 0;
    for (const t of query) if (seen.has(t)) score += idf(t);
    const about = score;
    if (learnedApplies(text, wanted)) {
      const learned = sentenceRanker(query, sentenceKey(hit.passage.id, index), [...seen]);
      score += RANKER_WEIGHT * Math.max(0, learned);
    }
    // The problem a thing was made for is stated without naming the thing ("Plain recurrent
    // networks cannot learn links across long gaps…"): for a purpose question it is on focus.
    const purpose = prefer === "purpose" && PURPOSE.test(text);
    // A section's first sentence is read under its heading ("Why products vanish or explode"):
    // a heading on the focus puts its lead on the focus too.
    const focused =
      purpose ||
      [...(wanted.focus ?? [])].some((t) => seen.has(t) || (index === 0 && heading.has(t)));
    const denies = deniesOfSubject(text, query);
    if (purpose) score += 1.5;
    if (prefer === "purpose" && denies) score -= 1.5;
    if (index === 0) score += 0.5;
    const reason = prefer === "reason" && REASON.test(text);
    if (reason) score += 1.5;
    // A why is answered by the mechanism, not by the story that sets it up ("Picture a sequence…").
    if (prefer === "reason" && STORY.test(text)) score -= 2;
    if (prefer === "example" && EXAMPLE.test(text)) score += 1.5;
    if (prefer === "simple") score -= text.length / 200;
    if (prefer === "remedy" && REMEDY.test(text)) score += 1.5;
    const advice = prefer === "advice" && ADVICE.test(text);
    const sets = setsHere && setting(text);
    const value = setsHere
      ? sets
      : values !== undefined && values.length > 0 && statesValue(text, values);
    if (sets) score += 1.5;
    if (advice) score += 2;
    if (value) score += 1.5;
    // A tour of the plot answers "show me", not "why" or "what is".
    if (prefer !== "example" && SCENARIO_TALK.test(text)) score -= 3;
    // A markdown table, or a list's bare "2.", does not read inside a paragraph.
    if (TABLE.test(text) || LIST_NUMBER.test(text)) score -= 20;
    return { text, score, about, direct: advice || value, focused, denies, reason };
  });
}

/** The sentence says what an earlier part already said (most of its words are there). */
export function restates(earlier: string, sentence: string): boolean {
  if (earlier.includes(sentence)) return true;
  const seen = new Set(terms(earlier));
  const own = [...new Set(terms(sentence))];
  return own.length > 0 && own.filter((t) => seen.has(t)).length / own.length >= 0.6;
}

/**
 * The first sentence is what the learner reads as the answer: one that is not about the
 * question's focus ("why is the sigmoid bad?" opening on layer norm), or that says what the
 * subject does not do when the question asked what it does, costs the run.
 */
function openingCost(first: Scored | undefined, wanted: Wanted): number {
  if (!first) return 0;
  const off = wanted.focus && wanted.focus.size > 0 && !first.focused ? OFF_FOCUS : 0;
  return -off - (wanted.affirm && first.denies ? OPENS_DENIAL : 0);
}

function bestRun(
  hit: Hit,
  query: ReadonlySet<string>,
  budget: number,
  wanted: Wanted,
): { run: Scored[]; score: number; direct: boolean } {
  const all = scoreSentences(hit, query, wanted);
  const direct = all.some((s) => s.direct && s.about > 0 && canOpen(s.text));
  // A why opens on its cause when the passage states one about the question's focus.
  const causeFirst = all.some((s) => s.reason && s.focused && canOpen(s.text));
  let best: Scored[] = [];
  let bestScore = -Infinity;
  for (let i = 0; i < all.length; i++) {
    if (!canOpen(all[i]?.text ?? "") || TABLE.test(all[i]?.text ?? "")) continue;
    // The fact its cause rests on may come just before it ("…is at most 1/4. A chain… shrinks
    // the gradient by 4 per step").
    if (causeFirst && !direct && !all[i]?.reason && !all[i + 1]?.reason) continue;
    // The reply opens with the answer: the advice asked for ("pick k longer than…"), or what
    // happens at the value a what-if names, when the passage has such a sentence to open on.
    if (direct && !all[i]?.direct) continue;
    // A what-if opens on a sentence about its subject, not on the check that comes before it
    // ("Check with a synthetic task…" ahead of the threshold advice).
    if (wanted.onSubject && (all[i]?.about ?? 0) <= 0) continue;
    // What a thing was made for is never answered by what it does not do.
    if (wanted.prefer === "purpose" && all[i]?.denies) continue;
    // A why opens on a reason, never on the story around it.
    if (wanted.prefer === "reason" && STORY.test(all[i]?.text ?? "")) continue;
    // A tour of the plot opens a reply only when the learner asked to be shown.
    if (wanted.prefer !== "example" && SCENARIO_TALK.test(all[i]?.text ?? "")) continue;
    let score = openingCost(all[i], wanted);
    let chars = 0;
    for (let j = i; j < all.length && j < i + budget; j++) {
      const s = all[j];
      if (!s || (j > i && chars + s.text.length > 700)) break;
      // A markdown table never reads inside a paragraph, however well it scores.
      if (TABLE.test(s.text)) break;
      // "**Vanishing is silent.**" after the signs of exploding starts the other story: when
      // one regime was asked about, a run stops before a sentence on the other.
      if (j > i && turnsToOther(s.text, wanted.regime)) break;
      score += s.score - 0.4;
      chars += s.text.length;
      // "…go back one step at a time:" announces what follows; a run cannot end on it.
      if (ANNOUNCES.test(s.text)) continue;
      if (score > bestScore) [best, bestScore] = [all.slice(i, j + 1), score];
    }
  }
  return { run: best, score: bestScore, direct: direct && best.length > 0 };
}

/** The best run of up to `budget` consecutive sentences that opens on one standing alone. */
export function pick(
  hit: Hit,
  query: ReadonlySet<string>,
  budget: number,
  wanted: Wanted = {},
): Scored[] {
  return bestRun(hit, query, budget, wanted).run;
}

const PASSAGES = 4;
const ADVICE_PASSAGES = 8;

/**
 * Among the lesson's best few passages, the one whose best sentences answer best: retrieval
 * ranks whole passages, but a reply quotes two or three sentences.
 */
export function choosePassage(
  hits: readonly Hit[],
  query: ReadonlySet<string>,
  budget: number,
  wanted: Wanted,
  said = "",
): Hit | undefined {
  const top = hits[0];
  if (!top) return undefined;
  let best: Hit | undefined;
  let bestScore = -Infinity;
  // Advice sits in a practice section that ranks below the definitions sharing its words.
  const considered = wanted.prefer === "advice" ? ADVICE_PASSAGES : PASSAGES;
  const runs = hits.slice(0, considered).map((h) => ({ h, ...bestRun(h, query, budget, wanted) }));
  // A run that opens with what was asked for beats one that only shares its words.
  const direct = runs.some((r) => r.direct);
  // The first sentence is read as the answer: when some passage opens on the question's focus,
  // one opening off it ("why is the sigmoid bad?" on layer norm) is no answer, however many of
  // the question's words its later sentences share.
  const onFocus = (r: (typeof runs)[number]) => r.run[0]?.focused === true;
  const focusedOpen =
    wanted.focusFirst === true && (wanted.focus?.size ?? 0) > 0 && runs.some(onFocus);
  for (const r of runs) {
    const { h, run, score: runScore, direct: opensDirectly } = r;
    if (direct && !opensDirectly) continue;
    if (focusedOpen && !onFocus(r)) continue;
    if (wanted.regime && onOtherRegime(h, wanted.regime)) continue;
    // A passage whose best sentences only repeat the opening adds nothing.
    if (said && run.every((s) => restates(said, s.text))) continue;
    const score = runScore + 3 * (h.score / top.score);
    if (score > bestScore) [best, bestScore] = [h, score];
  }
  return best ?? (said ? undefined : top);
}
