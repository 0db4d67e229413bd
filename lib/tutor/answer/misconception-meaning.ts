/**
 * Misconceptions recognised by meaning, for wordings the catalogue's phrasings do not foresee:
 * the message states a catalogued claim when it uses (nearly) all of the claim's content words,
 * after both sides are mapped to one word per idea (a small domain thesaurus: "eigenvalues"
 * for the spectral radius, "decay" for shrinking, "a detail" for "hardly matters"), and when
 * its polarity agrees (a claim that something never happens needs a negation in the message,
 * and a negated message does not state a positive claim). It only runs where the phrasings
 * found nothing, and not on "why/how/what" questions, which ask about the course's own claims
 * ("why do LSTM gradients not vanish?") rather than state a wrong one.
 */
import { misconceptions } from "@/lib/content";
import { idf } from "../retrieval";
import { namingSymptoms } from "../retrieval/symptoms";
import { normalise, terms } from "../retrieval/text";
import { ideaWording } from "./claim-wording";

/**
 * One word per idea, for message and claim alike. Each row names the course's word and the
 * learner words that mean the same in this course's claims.
 */
const IDEAS: readonly [string, string][] = [
  ["change", "different differs differ alters alter shifts distorts bends"],
  // Turning a vector is changing its direction.
  ["change direction", "rotates rotate rotated tilts tilt tilted skews skew twists twist"],
  ["spectral", "eigenvalue eigenvalues radius rho"],
  ["shrink", "decay decays vanish vanishes shrinks dies fades smaller"],
  ["reach", "max maxes maximum peak peaks top tops hits"],
  ["bigger", "capacity wider larger more width increase increasing bigger double doubling"],
  ["small", "tiny little small"],
  ["explode", "spike spikes overflow nan huge massive enormous"],
  // "Squashes everything into [-1, 1]": what a bounded activation does to its values.
  ["bound", "bounded bounds squash squashes squashed squashing"],
  ["always", "every exactly"],
  ["length", "norm magnitude length size"],
  ["threshold", "theta cap"],
  ["cut", "cuts block blocks stops severs breaks drops removes"],
  ["equal", "same identical equivalent equal equals"],
  // "Pump them back up", "boost the small ones": a remedy for shrinking.
  [
    "fix",
    "help helps prevent prevents fixes pump pumps boost boosts amplify amplifies rescue rescues revive revives restore restores",
  ],
  ["component", "components entry entries element elements coordinate coordinates"],
  ["hardly", "detail irrelevant unimportant negligible minor cosmetic barely"],
  ["store", "stores remember remembers memory everything forever"],
  // "Copies the old state through" keeps it; "the direction is kept".
  ["keep", "keeps kept copies copy copying"],
  ["affect", "affects bad hurt hurts harm harms impact impacts"],
  ["good", "orthogonal orthogonally identity careful proper"],
  ["stable", "safe healthy"],
  ["throughout", "whole entire"],
  ["train", "run"],
  ["plain", "vanilla simple basic"],
  // "Swap tanh for ReLU" switches the activation.
  ["switch", "swap swaps swapped swapping"],
];

/** The stem a word searches as (the same stemmer as retrieval). */
const stemOf = (word: string) => terms(word)[0] ?? word;

const CANON = new Map<string, string>();
for (const [idea, words] of IDEAS)
  for (const w of words.split(" ")) CANON.set(stemOf(w), idea.split(" ").map(stemOf).join(" "));

/** Words of a claim that carry no idea of their own. */
const EMPTY = new Set(
  "even like mean means gradient gradients not never no can cannot has have own matter matters unit units pass"
    .split(" ")
    .map(stemOf),
);

const canon = (t: string) => CANON.get(t) ?? t;
/** A word may carry two ideas ("tilts": change, direction). */
const ideasOf = (t: string) => canon(t).split(" ");

/** The text's ideas in the order it says them: what a predicate is said of comes after it. */
export function ideaSequence(text: string): string[] {
  return terms(ideaWording(text))
    .flatMap(ideasOf)
    .filter((t) => !EMPTY.has(t));
}

export function ideas(text: string): Set<string> {
  return new Set(ideaSequence(text));
}

/** "never", "not", "hardly", "no better", and the "a detail" family, which means "hardly". */
const HARDLY = stemOf("hardly");
/** "hardly" and "barely" are counted as words; "a detail" and the like as ideas. */
const SAID_HARDLY = new Set([HARDLY, stemOf("barely")]);

// "Impossible" denies as "never" does: "with tiny weights explosion is impossible".
const NEGATIVE = /\b(?:not|never|no|cannot|hardly|barely|without|impossible)\b/g;
/** "…, didn't it?", "…, isn't that right?": a tag question asks for agreement, it denies nothing. */
const TAG =
  /,?\s*(?:did|does|do|is|are|was|were|has|have|would|will|can|could)n[’']?t\s+(?:it|they|that|this|there|we|you|he|she)\b(?:\s+right)?\s*\?/gi;

/**
 * "The lstm learns long lags that a tanh rnn can't": an elliptical relative clause denies the
 * compared thing what the main clause grants, so its negation is no denial of the claim's.
 */
const DENIED_OF_OTHER =
  /\b(?:that|which|what)\s+((?:an?\s+|the\s+)?(?:\w+\s+){0,3}?)(?:can'?t|cannot|couldn'?t|doesn'?t|don'?t|won'?t|never (?:can|could|does|will))(?=\s*(?:[,.;!?]|$|\s+(?:like|such as|e\.g)\b))/g;

/** Negations in one clause: two cancel ("does not hardly matter"). */
function denials(clause: string): number {
  const words = (clause.match(NEGATIVE) ?? []).length;
  const ideas = terms(clause).filter((w) => canon(w) === HARDLY && !SAID_HARDLY.has(w));
  // "a minor detail" says it once.
  return words + (ideas.length > 0 ? 1 : 0);
}

interface Clause {
  ideas: ReadonlySet<string>;
  /** An odd number of negations: the clause denies something. */
  denies: boolean;
}

/** The text's clauses, each with its ideas and whether it denies something. */
function clausesOf(text: string): Clause[] {
  const t = normalise(ideaWording(text.replace(TAG, "?").replace(DENIED_OF_OTHER, "that $1")));
  // "Doesn't clipping change the direction?" asserts that it does.
  const asked = t.replace(
    /^\s*(?:so\s+|but\s+)?(?:does|do|is|are|can|will|would|should)\s+not\b/,
    "",
  );
  // "cannot fix it because it never lengthens": a reason is a clause of its own, so its
  // negation does not cancel the main clause's.
  return asked.split(/[,;.?!:]|\b(?:because|since|although|though|whereas)\b/).map((c) => ({
    ideas: new Set(terms(c).flatMap(ideasOf)),
    denies: denials(c) % 2 === 1,
  }));
}

/**
 * Some clause denies something; with `about`, only a clause about the claim counts: "I didn't
 * change the init" denies nothing about LSTMs.
 */
function negative(clauses: readonly Clause[], about?: ReadonlySet<string>): boolean {
  return clauses.some((c) => c.denies && (!about || [...c.ideas].some((i) => about.has(i))));
}

interface Claim {
  id: string;
  ideas: ReadonlySet<string>;
  negative: boolean;
  weight: number;
}

const weightOf = (t: string) => Math.max(0.5, idf(t));

const claims: Claim[] = misconceptions.map((m) => {
  const own = ideas(m.label);
  return {
    id: m.id,
    ideas: own,
    negative: negative(clausesOf(m.label)),
    weight: [...own].reduce((s, t) => s + weightOf(t), 0),
  };
});

const FIX = stemOf("fix");
/** The message names a remedy ("solve", "prevent") for something the claim does not call fixed. */
const REGIMES = [stemOf("shrink"), stemOf("explode")];
const removes = (said: ReadonlySet<string>, c: Claim) =>
  said.has(FIX) && !c.ideas.has(FIX) && REGIMES.some((r) => c.ideas.has(r) && said.has(r));

/** Share of a claim's weight the message must cover, and the fewest of its ideas. */
const COVERAGE = 0.86;
const MIN_SHARED = 3;

/** Questions that ask about the course's claims; suppositions and conditions state none. */
const ASKS =
  /^\s*(?:so\s+|but\s+|and\s+)?(?:why|how|what|whats|when|where|which|who|explain|describe|tell me)\b/i;
const CONDITION = /\b(?:when|whenever|unless|suppose|supposing|assuming|imagine)\b/i;
/**
 * "Either…or" and "X vs Y" ask which; "g = (3, 4)" and "upper bound on…" ask for a number (the
 * calculation's own claims are read by calc-claims).
 */
const NOT_A_CLAIM =
  /\b(?:or|vs|versus|compare|upper bound|bound on|how (?:much|many)|compute|calculate|work out)\b|\(\s*-?\d/i;
/** "Compared to" asks which in a question; in a statement it weighs ("hardly matters compared to W"). */
const COMPARED_IN_QUESTION = /\bcompared (?:to|with)\b[^?]*\?/i;
/**
 * "=" beside a number, a one-letter symbol or a function ("h = tanh(…)") makes an equation;
 * between words ("more units = more memory") it is shorthand for "means", a claim.
 */
const EQUATION = /(?:[\d)\]}^]|(?<![\w.])[a-z])\s*=|=\s*(?:-?[\d(]|[a-z](?![\w.])|\w+\()/i;

/** Neither a choice between two things, a calculation nor an equation. */
const aClaimInForm = (message: string) =>
  !NOT_A_CLAIM.test(message) && !COMPARED_IN_QUESTION.test(message) && !EQUATION.test(message);

/** Catalogue ids whose claim the message states in its own words, best covered first. */
export function claimsStated(message: string): string[] {
  if (ASKS.test(message) || CONDITION.test(message) || !aClaimInForm(message)) return [];
  // "I added clipping to fix my RNN that can't learn long dependencies": the symptom is vanishing.
  const described = namingSymptoms(message);
  const said = ideas(described);
  const clauses = clausesOf(described);
  return claims
    .map((c) => {
      const shared = [...c.ideas].filter((t) => said.has(t));
      const covered = shared.reduce((s, t) => s + weightOf(t), 0) / Math.max(1e-9, c.weight);
      return { c, covered, n: shared.length };
    })
    .filter(
      ({ c, covered, n }) =>
        covered >= COVERAGE &&
        n >= Math.min(MIN_SHARED, c.ideas.size) &&
        // "LSTMs solve vanishing" says they never vanish: a remedy word denies what it removes.
        c.negative === (negative(clauses, c.ideas) !== removes(said, c)),
    )
    .sort((a, b) => b.covered - a.covered)
    .map(({ c }) => c.id);
}

/** "Can an LSTM's gradient vanish?", "is saturation bad for the gradient?": a plain yes/no question. */
const YES_NO =
  /^\s*(?:so\s+|but\s+|and\s+)?(?:can|could|does|do|will|would|is|are|should|must|might)\b/i;
const DENIAL_SHARED = 2;
/** The opposite of "hardly matters" is asked with a word of mattering ("does the bias matter?"). */
const MATTERS = /\b(?:matter\w*|important|difference|affect\w*|impact\w*|count)\b/i;

/**
 * Catalogue ids a yes/no question asks the opposite of: the catalogued claim denies something
 * ("saturating units do not affect the gradient") and the question asks, without a negation,
 * whether it happens. Its answer is "Yes" with the correction; the learner claimed nothing.
 */
export function claimsDenied(message: string): string[] {
  if (!YES_NO.test(message) || !aClaimInForm(message)) return [];
  if (negative(clausesOf(message))) return [];
  const said = ideas(message);
  const asksMatter = MATTERS.test(message);
  return claims
    .filter((c) => c.negative && !removes(said, c) && (asksMatter || !c.ideas.has(HARDLY)))
    .map((c) => {
      const own = [...c.ideas].filter((t) => t !== HARDLY);
      const shared = own.filter((t) => said.has(t));
      const total = own.reduce((sum, t) => sum + weightOf(t), 0);
      const covered = shared.reduce((sum, t) => sum + weightOf(t), 0) / Math.max(1e-9, total);
      return { c, covered, n: shared.length, size: own.length };
    })
    .filter((x) => x.covered >= COVERAGE && x.n >= Math.min(DENIAL_SHARED, x.size))
    .sort((a, b) => b.covered - a.covered)
    .map(({ c }) => c.id);
}

/** The catalogued claim denies something ("can never explode", "hardly matters"). */
export function claimDenies(id: string): boolean {
  return claims.find((c) => c.id === id)?.negative ?? false;
}

/** Some clause of the message about these ideas denies something ("clipping won't fix it"). */
export function deniesAbout(message: string, about: ReadonlySet<string>): boolean {
  return negative(clausesOf(message), about);
}

/** For tests and tuning: how much of each claim a message covers. */
export function claimCoverage(message: string): { id: string; covered: number }[] {
  const said = ideas(message);
  return claims.map((c) => ({
    id: c.id,
    covered:
      [...c.ideas].filter((t) => said.has(t)).reduce((s, t) => s + weightOf(t), 0) / c.weight,
  }));
}
