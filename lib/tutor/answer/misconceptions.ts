/**
 * Catalogued misconceptions stated in the learner's message, as a claim or as a question ("so I
 * can delete clip_grad_norm since I use an LSTM?"). Two sources: the phrasings the short-text
 * rubrics share (lib/content), and the question forms of misconception-patterns.ts. A
 * claim the learner negates ("clipping does not fix vanishing") is not the misconception.
 */
import { misconceptions } from "@/lib/content";
import {
  misconceptionPhrasings,
  type PhrasedMisconception,
} from "@/lib/content/misconception-phrasings";
import { MISCONCEPTION_PATTERNS } from "./misconception-patterns";
import { claimsStated } from "./misconception-meaning";
import { similarMisconception } from "./misconception-similarity";
import { classifiedMisconception } from "./misconception-classifier";
import { sharperMisconception } from "./misconception-ranking";
import { misreadSymptom } from "./misconception-symptoms";
import { suppositions } from "./supposition";
import { statesTrueValue } from "./misconception-true-values";
import { LEANS } from "./misconception-claim-form";
import {
  acrossSides,
  ALONG_PART,
  boundNotValue,
  clauseUpTo,
  CONCEDED,
  TRUE_OF_SUBJECT,
} from "./misconception-not-claimed";

const NEGATION =
  /\b(?:not|never|no|cannot|instead of|rather than|dont|doesnt|cant|wont|isnt|arent|didnt)\b|n't\b/;
/** "why can't an LSTM remember everything": a negation just before the claim denies it. */
const NEGATED_BEFORE = /(?:\b(?:not|never|cannot|cant|dont|doesnt)|n't)\s+(?:\w+\s+){0,3}$/;
/** "Doesn't clipping change the direction?" asserts the claim, it does not negate it. */
const NEGATIVE_QUESTION =
  /^\s*(?:[^,?.]{0,40},\s*)?(?:so\s+)?(?:doesn'?t|don'?t|isn'?t|aren'?t|can'?t|won'?t|wouldn'?t|shouldn'?t)\b/i;

/**
 * "X, and that's why they don't vanish": a claim drawn as a consequence leans on the one before
 * it, which is the misconception to correct; only the words after the marker count for it.
 */
const CONSEQUENCE =
  /\b(?:that'?s (?:why|how)|thats (?:why|how)|which is (?:why|how)|this is (?:why|how)|therefore|hence)\b/g;
const evidence = (match: string) => {
  const parts = match.split(CONSEQUENCE);
  return (parts[parts.length - 1] ?? match).length;
};

/**
 * "The gradients for my early steps are like 1e-9": a gradient said to be that tiny is a
 * vanishing one, so the claims that name vanishing read the magnitude as the word.
 */
const TINY_GRADIENT =
  /\b(grad\w*|norms?)\b([^.?!]{0,40}?)\b(?:like |about |around |roughly |~ ?|≈ ?)?\d(?:\.\d+)?e-?(?:0?[4-9]|[1-9]\d)\b|\b(grad\w*)\s+(?:are |is |look |looks |seem |seems |get |gets )?(?:\w+ )?(?:tiny|near zero|basically zero|almost zero|practically zero)\b/g;
const tinyNamed = (text: string) =>
  text.replace(TINY_GRADIENT, (all, noun?: string, between?: string, other?: string) =>
    noun !== undefined ? `${noun}${between ?? ""} vanishing` : `vanishing ${other ?? ""}`,
  );

/**
 * "Clipping can't fix vanishing" denies a remedy, not the failure: a pattern that is itself a
 * denial ("can't … vanish", the claim that something never vanishes) does not count when a
 * remedy word stands between the negation and the failure.
 */
const REMEDY_DENIED =
  /\b(?:never|cannot|can'?t|can not|won'?t|doesn'?t|don'?t|not)\s+(?:\w+\s+){0,2}?(?:fix|solve|cure|help|stop|prevent|remove|rescue|restore|undo)\w*\s+(?:\w+\s+){0,2}?(?:vanish|explo|blow)/;

/**
 * "Never worry about gradients again", "no need to monitor anything": complacency that is part
 * of the claim, not a denial of it, so the negation check does not see it.
 */
const UNWORRIED =
  /\b(?:never|don'?t|do not|not)\s+(?:have to |need to |ever )?(?:worry|bother|monitor|check)\w*|\bno need to \w+|\bnothing else to \w+/g;

interface Detector {
  id: string;
  /** The patterns as written, to tell what a match was meant to read. */
  sources: string[];
  patterns: RegExp[];
  /** The pattern itself states a negation ("never explodes"): no negation check on it. */
  negative: boolean[];
}

function shared(id: string): string[] {
  try {
    return misconceptionPhrasings(id as PhrasedMisconception).flatMap((p) => p.patterns);
  } catch {
    return [];
  }
}

/**
 * The patterns stop at a clause's end ("[^?.]*"), but a point inside a word ends nothing: "my
 * weights are tiny (like 0.01) but they'll still explode" is one claim, and so is "when I call
 * loss.backward() autograd cuts the gate paths like 1997". A point with a letter or digit on
 * both sides is let through wherever a pattern excludes the full stop.
 */
export function dotsWithinClause(source: string): string {
  return source.replace(/(?<!\\)\[\^([^\]]*)\]/g, (set: string, inner: string) =>
    inner.includes(".") ? `(?:${set}|(?<=\\w)\\.(?=\\w))` : set,
  );
}

const detectors: Detector[] = misconceptions.map((m) => {
  const sources = [...(MISCONCEPTION_PATTERNS[m.id] ?? []), ...shared(m.id)];
  return {
    id: m.id,
    sources,
    patterns: sources.map((s) => new RegExp(dotsWithinClause(s), "i")),
    negative: sources.map((s) => /never|cannot|can'\?t|n'\?t|don|doesn|\bno\b|won/.test(s)),
  };
});

/** Results already worked out: one turn asks about the same message several times. */
const detected = new Map<string, readonly string[]>();
const MAX_CACHED = 500;

/**
 * A lesson or scenario named by its id ("run the why-lstm-solves-vanishing sim") names a page,
 * it claims nothing: three or more words joined by hyphens are read as a name and left out.
 */
const NAME = /\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/gi;
const withoutNames = (message: string) => message.replace(NAME, "this one");

/** Catalogue ids the message states (not negates), strongest evidence first. */
export function detectMisconceptions(message: string): string[] {
  const known = detected.get(message);
  if (known) return [...known];
  const claim = withoutNames(message);
  const phrased = detect(claim);
  // Wordings the phrasings do not foresee: the catalogue's claim recognised by its meaning, or
  // a run's symptoms diagnosed as the other failure.
  const stated = phrased.length > 0 ? phrased : claimsStated(claim);
  const misread = stated.length > 0 ? undefined : misreadSymptom(claim);
  const read = misread ? [misread] : stated;
  // A neighbour caught by a phrase gives way to the claim the whole message is clearly about.
  const sharper = sharperMisconception(claim, read);
  const meant = sharper ? [sharper, ...read] : read;
  // Still nothing: the entry the claim is most like, when one stands clearly out.
  const similar = meant.length > 0 ? undefined : similarMisconception(claim);
  // Still nothing: the classifier trained on the catalogue, which abstains unless it is sure.
  const classified = meant.length > 0 || similar ? undefined : classifiedMisconception(claim);
  const guessed = similar ?? classified;
  // A conceded point, or the value the correction gives ("the sigmoid's slope tops out at 1/4"),
  // makes the message the lesson's true statement, whichever layer read it.
  const lower = claim.toLowerCase();
  const found = (guessed ? [guessed] : meant).filter(
    (id) =>
      !CONCEDED[id]?.test(lower) &&
      !statesTrueValue(claim, id) &&
      !(guessed && ALONG_PART[id]?.test(lower)),
  );
  if (detected.size >= MAX_CACHED) detected.clear();
  detected.set(message, found);
  return [...found];
}

/**
 * "I'll clip it then, that should bring them back, right?" after "my gradient vanishes": the
 * claim's subject is the thread's, its predicate the message's. Only the similarity reading
 * takes the thread's subject, and only for the subject's part (misconception-similarity.ts).
 */
export function misconceptionAbout(message: string, thread: string): string | undefined {
  if (detectMisconceptions(message).length > 0) return undefined;
  return similarMisconception(message, thread);
}

/**
 * "The update-gate bias in a GRU hardly matters": the forget-bias claim matches inside the
 * update-gate one ("bias in a gru hardly matters"); the same words state one claim, the longer
 * and more specific match. Two matches from the same word on ("clipping helps with both exploding
 * and vanishing") are two claims about one subject, and both stand.
 */
const within = (a: Found, b: Found) =>
  a !== b && b.start < a.start && a.end <= b.end && b.end - b.start > a.end - a.start;

interface Found {
  id: string;
  length: number;
  start: number;
  end: number;
}

/**
 * "Clipping helps with both exploding and vanishing gradients" states both a general claim (the
 * two failures share a fix) and a specific one (clipping is that fix); the specific one's
 * correction (clipping never lengthens a gradient) answers it first, unless the message says
 * the general claim in its own words ("same remedy", "both problems alike").
 */
const MORE_SPECIFIC: readonly (readonly [string, string, RegExp])[] = [
  [
    "clipping-fixes-vanishing",
    "explosion-treated-as-vanishing",
    /\b(?:same|alike|identical)\b|\bboth (?:problems|issues|failures)\b/,
  ],
  // "Sigmoid outputs stay in (0,1), so gated nets cannot explode": the gates' bounded range
  // argued for a gated network. Unless a gated network is named, or a plain activation is,
  // the bounded-activation claim is the point.
  [
    "lstm-never-explodes",
    "bounded-activation-bounds-gradient",
    /^(?![\s\S]*\b(?:gat\w*|lstms?|grus?)\b)|\b(?:tanh|vanilla|plain)\b/,
  ],
];
/** The specific claim first, or the general one where the message says it in its own words. */
function specificFirst(ids: string[], text: string): string[] {
  for (const [specific, general, saysGeneral] of MORE_SPECIFIC) {
    const [first, second] = saysGeneral.test(text) ? [general, specific] : [specific, general];
    const [f, s] = [ids.indexOf(first), ids.indexOf(second)];
    if (f > s && s >= 0) ids.splice(s, 0, ...ids.splice(f, 1));
  }
  return ids;
}

/**
 * "Is the forget gate ever exactly 1?" asks whether it can happen at all: a question in question
 * order about "ever" holds no claim, unless a tag leans on one ("…, right?").
 */
const ASKS_EVER =
  /^\s*(?:so\s+|but\s+)?(?:is|are|does|do|can|could|will|would|did|was|were)\b[^?]*\bever\b[^?]*\?\s*$/;

function detect(message: string): string[] {
  const text = tinyNamed(message.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, " "));
  if (ASKS_EVER.test(text) && !LEANS.test(text)) return [];
  const negativeQuestion = NEGATIVE_QUESTION.test(text);
  const supposed = suppositions(text);
  const found: Found[] = [];
  for (const d of detectors) {
    let best: Found | undefined;
    d.patterns.forEach((re, i) => {
      const m = re.exec(text);
      if (!m) return;
      // "at most 1/4" is not "1": a number the match ends on must end there.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/\d$/.test(m[0]) && /^[/.,]\d/.test(after)) return;
      if (boundNotValue(m[0], d.sources[i] ?? "") || acrossSides(m[0], text)) return;
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const negated =
        !negativeQuestion &&
        !d.negative[i] &&
        (NEGATION.test(m[0].replace(UNWORRIED, "")) || NEGATED_BEFORE.test(before));
      const lead = text.slice(Math.max(0, m.index - 30), m.index);
      const trueOfPart =
        (TRUE_OF_SUBJECT[d.id]?.test(lead) ?? false) ||
        (ALONG_PART[d.id]?.test(clauseUpTo(text, m.index + m[0].length)) ?? false);
      const length = evidence(m[0]);
      const end = m.index + m[0].length;
      const inCondition = supposed.some(([from, to]) => m.index >= from && end <= to);
      const conceded =
        (CONCEDED[d.id]?.test(text) ?? false) || (d.negative[i] && REMEDY_DENIED.test(m[0]));
      if (!negated && !trueOfPart && !inCondition && !conceded && length > (best?.length ?? 0))
        best = { id: d.id, length, start: m.index, end: m.index + m[0].length };
    });
    if (best) found.push(best);
  }
  return specificFirst(
    found
      .filter((f) => !found.some((g) => within(f, g)))
      .sort((a, b) => b.length - a.length)
      .map((f) => f.id),
    text,
  );
}
