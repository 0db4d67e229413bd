/**
 * The last resort for catalogued misconceptions in wordings no phrasing or meaning rule
 * foresees: the learner's claim is scored against every catalogue entry (its label and
 * phrasings as the claim's side, its correction as the true side) with a small BM25 over the
 * tutor's own stems and idea words. An entry counts only when the message is about its subjects
 * and says its predicates (what it asserts, not what it is about), when it is clearly the best
 * of those, clearly ahead of the next, and leans to the claim rather than to the correction,
 * with the claim's polarity ("never explodes" wants a negation, "fixes vanishing" refuses one).
 * A message that restates some entry's correction is a true statement.
 */
import { misconceptions } from "@/lib/content";
import { detectIntent } from "../intent";
import { mentionsAnyParam } from "../simulate/choose";
import { MISCONCEPTION_PATTERNS } from "./misconception-patterns";
import { claimDenies, deniesAbout, ideaSequence, ideas } from "./misconception-meaning";
import {
  certaintyWithoutValue,
  objectsOf,
  valuePredicatesWithoutValue,
  predicatesSaidOfOther,
} from "./misconception-predicate-objects";
import { claimOrLeading, LEANS, normalised } from "./misconception-claim-form";
import { phrasings, wordsOfPattern } from "./misconception-pattern-words";

export { claimOrLeading };

interface Entry {
  id: string;
  claim: ReadonlySet<string>;
  /** Ideas only the correction has: a message leaning on them states the true side. */
  trueSide: ReadonlySet<string>;
  /**
   * The label's predicates, what the claim asserts ("always", "keeps", "fixes"), without the
   * things it is about ("update gate", "old state"): a true sentence about the same things
   * ("the update gate interpolates between the old state and the candidate") shares the
   * subjects, not the predicate.
   */
  distinctive: ReadonlySet<string>;
  /** What the claim is about: its ideas that name a thing (SUBJECTS). */
  subjects: ReadonlySet<string>;
  /** A label of subjects only that denies ("gated networks can never explode"): the denial is its point. */
  assertsByDenial: boolean;
  label: ReadonlySet<string>;
  correction: ReadonlySet<string>;
  /** What the label says each predicate of ("keeps" → "component"). */
  objects: ReadonlyMap<string, string>;
  /** The label's ideas in its order ("reach" before "1"). */
  labelSequence: readonly string[];
}

/**
 * Ideas that name what a claim is about: the models, their parts and the quantities the course
 * measures. Stems as `ideas` gives them.
 */
export const SUBJECTS: ReadonlySet<string> = new Set(
  ideasList(
    "gate gates network networks lstm gru rnn recurrent clipping relu tanh sigmoid forget update " +
      "bias cell state hidden old candidate residual stack branch connection path matrix weight " +
      "weights initialisation 1997 carousel cec bptt backpropagation activation component threshold " +
      "derivative value singular largest spectral sigma gamma truncated truncation full saturating unit " +
      "per step factor backward through norm direction vanishing exploding above",
  ),
);
const HARDLY = [...ideas("hardly")][0] ?? "hardly";
const isSubject = (idea: string) => SUBJECTS.has(idea);
/** "(close to) 1", "near 1": a hedge on the claim, not what it asserts. */
const HEDGES = new Set(ideasList("close near about roughly"));
function ideasList(words: string): string[] {
  return [...ideas(words)];
}

const entries: Entry[] = misconceptions.map((m) => {
  const sources = [...(MISCONCEPTION_PATTERNS[m.id] ?? []), ...phrasings(m.id)];
  const label = ideas(m.label);
  // The correction's own words ("multiplies" against "adds") stay on the true side even where
  // a phrasing mentions them ("adds instead of multiplying").
  const correction = ideas(m.correction);
  // Its predicates only: "the norm" in "scales it down when its norm exceeds the threshold" is
  // what both sides talk about, not what makes the correction true.
  const trueSide = new Set([...correction].filter((t) => !label.has(t) && !SUBJECTS.has(t)));
  const phrased = [...ideas(sources.map(wordsOfPattern).join(" . "))].filter(
    (t) => !trueSide.has(t),
  );
  // A number is the value a claim is about ("…can reach 1"), not what it asserts of it.
  const predicates = [...label].filter((t) => !SUBJECTS.has(t) && !HEDGES.has(t) && !/^\d/.test(t));
  // A label that is all subjects ("the constant error carousel is the gates") asserts by
  // naming them together; the words the correction does not share are then what is wrong.
  const distinctive = new Set(
    predicates.length > 0 ? predicates : [...label].filter((t) => !correction.has(t)),
  );
  const claim = new Set([...label, ...phrased]);
  // The label's own: a phrasing's "gated rnns" or "clip_grad_norm" does not make every RNN or
  // norm the claim's subject.
  const subjects = new Set([...label].filter((t) => SUBJECTS.has(t)));
  // "Hardly matters" is said as "doesn't really matter" too: a denial of mattering.
  const assertsByDenial = claimDenies(m.id) && predicates.every((t) => t === HARDLY);
  const labelSequence = ideaSequence(m.label);
  const objects = objectsOf(labelSequence, isSubject);
  return {
    id: m.id,
    claim,
    trueSide,
    distinctive,
    subjects,
    assertsByDenial,
    label,
    correction,
    objects,
    labelSequence,
  };
});

/** Inverse document frequency over the catalogue: words every entry shares weigh little. */
const documentFrequency = new Map<string, number>();
for (const e of entries)
  for (const t of new Set([...e.claim, ...e.trueSide]))
    documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
const weight = (t: string) => {
  const df = documentFrequency.get(t) ?? 0;
  return Math.log(1 + (entries.length - df + 0.5) / (df + 0.5));
};
const averageLength = entries.reduce((s, e) => s + e.claim.size, 0) / entries.length;
const K1 = 1.2;
const B = 0.5;
const predicateWeight = (e: Entry) => [...e.distinctive].reduce((s, t) => s + weight(t), 0);
const lengthNorm = (e: Entry) => (K1 + 1) / (1 + K1 * (1 - B + (B * e.claim.size) / averageLength));

export interface Similarity {
  id: string;
  /** BM25 of the message against the claim's side. */
  claim: number;
  /** Weight of the message's words that only the correction uses. */
  trueSide: number;
  /** Weight of the claim's predicates the message uses. */
  distinctive: number;
  /** Share of the predicates' weight the message uses. */
  asserted: number;
  /** Weight of the claim's subjects the message (or the thread) names. */
  about: number;
  /** The message says the opposite of one of the claim's predicates ("different" for "same"). */
  contrary: boolean;
  /** The part of `claim` the thread's subject gave, not the message. */
  fromThread: number;
}

/** How far the message leans to the entry's claim: its words, less the correction's own. */
const lean = (s: Similarity) => s.claim - s.trueSide;

/** The one idea a word stands for. */
const ideaOf = (word: string) => [...ideas(word)][0] ?? word;
const FIX = ideaOf("fix");
const REGIMES: ReadonlySet<string> = ideas("vanishing exploding");

/**
 * "More hidden units means the gradient won't vanish": denying the failure, with no remedy word
 * of its own, says the named change fixes it.
 */
const remedied = (message: string, said: ReadonlySet<string>) =>
  !said.has(FIX) && FAILURE_DENIED.test(normalised(message));
/**
 * The denial is on the failure itself ("won't vanish", "the exploding just can't happen"), not
 * on a remedy ("does not take care of vanishing").
 */
const FAILURE_DENIED =
  /\b(?:not|never|no|cannot|can'?t|won'?t|doesn'?t|don'?t|no longer|no more)\s+(?:\w+\s+){0,2}?(?:vanish|explod|blow)|\b(?:vanish|explo)\w*\s+(?:\w+\s+){0,3}?(?:can'?t|cannot|won'?t|never)\s+(?:\w+\s+)?(?:happen|occur|arise)/i;

/** Predicates and the ideas that say their opposite, as `ideas` gives them. */
const OPPOSITES = new Map([[ideaOf("same"), ideaOf("different")]]);

/** The entry says a remedy fixes the failure the message names (its label's, not a phrasing's). */
const fixedBy = (e: Entry, said: ReadonlySet<string>) =>
  e.claim.has(FIX) && [...REGIMES].some((r) => e.label.has(r) && said.has(r));

/** Every entry's scores for the message, most like the claim first. */
export function similarities(message: string, about = ""): Similarity[] {
  const said = ideas(message);
  const denied = remedied(message, said);
  // The thread's subject ("clipping", for "that should bring them back, right?") stands in for
  // the claim's subject only: what is asserted must be the message's own words.
  const context = [...ideas(about)].filter((t) => SUBJECTS.has(t) && !said.has(t));
  return entries
    .map((e) => {
      // "Keeps the direction" does not say "keeps its components".
      const elsewhere = new Set([
        ...predicatesSaidOfOther(e.objects, message, isSubject),
        ...certaintyWithoutValue(e.label, said),
        ...valuePredicatesWithoutValue(e.labelSequence, said),
      ]);
      let claim = 0;
      let trueSide = 0;
      let distinctive = 0;
      for (const t of denied && fixedBy(e, said) ? [...said, FIX] : said) {
        if (e.distinctive.has(t) && !elsewhere.has(t)) distinctive += weight(t);
        if (e.claim.has(t)) claim += weight(t) * lengthNorm(e);
        else if (e.trueSide.has(t)) trueSide += weight(t);
      }
      let fromThread = 0;
      for (const t of context) if (e.claim.has(t)) fromThread += weight(t) * lengthNorm(e);
      claim += fromThread;
      // "No NaNs" names explosion, not what the claim says explodes: a failure alone is no subject.
      const about = [...e.subjects]
        .filter((t) => !REGIMES.has(t) && (said.has(t) || context.includes(t)))
        .reduce((sum, t) => sum + weight(t), 0);
      const asserted = distinctive / Math.max(1e-9, predicateWeight(e));
      const contrary = [...e.distinctive].some((p) => said.has(OPPOSITES.get(p) ?? ""));
      return { id: e.id, claim, trueSide, distinctive, asserted, about, contrary, fromThread };
    })
    .sort((a, b) => lean(b) - lean(a));
}

/** Calibrated on tests/unit/tutor/answers-misconception-similarity.test.ts's claims. */
export const SIMILARITY_THRESHOLD = 3;
/** The best entry's lead over the second, as a ratio. */
export const SIMILARITY_LEAD = 1.25;
/**
 * A message that names neither what makes the claim wrong nor what makes it right is taken
 * for the claim only when it asks for agreement and resembles it this strongly.
 */
export const SIMILARITY_UNMARKED = 6;
/** The correction's words may be at most this share of the claim's own. */
const TRUE_SIDE_SHARE = 0.6;

/** Denials without a negation word: "explosion is impossible", "immune to vanishing", "zero memory". */
const RULED_OUT =
  /\b(?:impossible|immune|no way|no chance|zero (?:chance|memory|effect|difference|impact))\b|\w-proof\b/i;

/**
 * A run request sets a dial to a value ("recurrent scale 1.5 for 60
 * steps"): what it says is the run's, not a claim.
 */
const asksForRun = (message: string, best: Similarity) =>
  // "the sigmoid's slope tops out at 1" names an activation and a number, and the claim's point.
  (/\d/.test(message) && mentionsAnyParam(message) && best.distinctive === 0) ||
  detectIntent(message, { hasQuestion: false, hasPlot: false }, mentionsAnyParam(message)) ===
    "simulate";

/**
 * A claim's predicates must be mostly said: "the forget gate sits between 0 and 1" shares only
 * the "1" of "the sigmoid's derivative can reach 1".
 */
const MIN_ASSERTED = 0.6;

/** The message says the claim's own point, about the claim's subject, rather than the correction's. */
function leansToClaim(best: Similarity, message: string): boolean {
  if (best.about === 0 || best.contrary) return false;
  // "With an LSTM the exploding problem just can't happen": a claim that denies something is
  // asserted by the denial itself.
  const entry = entryOf(best.id);
  if (entry?.assertsByDenial && deniesAbout(message, entry.claim))
    return best.trueSide < TRUE_SIDE_SHARE * best.claim;
  if (best.distinctive > 0)
    return best.asserted >= MIN_ASSERTED && best.trueSide < TRUE_SIDE_SHARE * best.distinctive;
  return (
    // Without a predicate, the resemblance must be the message's own, not the thread's.
    best.trueSide === 0 &&
    best.claim - best.fromThread >= SIMILARITY_UNMARKED &&
    LEANS.test(normalised(message))
  );
}

const entryOf = (id: string) => entries.find((e) => e.id === id);

/** Share of a message's idea weight one correction must hold for the message to restate it. */
const RESTATES = 0.85;

/**
 * "Clipping by norm keeps the gradient's direction and only caps its length" is the direction
 * entry's correction in other words: a true statement, whatever claim it resembles.
 */
export function restatesCorrection(said: ReadonlySet<string>): boolean {
  if (said.size < 3) return false;
  const total = [...said].reduce((sum, t) => sum + weight(t), 0);
  return entries.some(
    (e) =>
      [...said].filter((t) => e.correction.has(t)).reduce((sum, t) => sum + weight(t), 0) >=
      RESTATES * total,
  );
}

/**
 * The catalogue entry the message states, when one stands clearly out; else none. `about`, the
 * thread's question, may supply the claim's subjects for a message that points back to it.
 */
export function similarMisconception(message: string, about = ""): string | undefined {
  if (!claimOrLeading(message) || restatesCorrection(ideas(message))) return undefined;
  // Only entries whose point the message makes compete: one that shares its subjects but not
  // its predicate ("…changes the direction" for a message about vanishing) is no rival.
  const [best, second] = similarities(message, about).filter((s) => leansToClaim(s, message));
  if (!best || lean(best) < SIMILARITY_THRESHOLD) return undefined;
  if (second && lean(best) < SIMILARITY_LEAD * lean(second)) return undefined;
  if (asksForRun(message, best)) return undefined;
  const claim = entryOf(best.id)?.claim ?? new Set<string>();
  // The failure denied must be the one the claim says is fixed.
  const said = ideas(message);
  const entry = entryOf(best.id);
  const fixes = entry !== undefined && remedied(message, said) && fixedBy(entry, said);
  const denies = !fixes && (deniesAbout(message, claim) || RULED_OUT.test(message));
  return denies === claimDenies(best.id) ? best.id : undefined;
}
