/**
 * The last resort for catalogued misconceptions in wordings no phrasing or meaning rule
 * foresees: the learner's claim is scored against every catalogue entry (its label and
 * phrasings as the claim's side, its correction as the true side) with a small BM25 over the
 * tutor's own stems and idea words. An entry counts only when it is clearly the best, clearly
 * ahead of the next, and the message leans to the claim rather than to the correction, with the
 * claim's polarity ("never explodes" wants a negation, "fixes vanishing" refuses one).
 */
import { misconceptions } from "@/lib/content";
import { phrasingsOf, type PhrasedMisconception } from "@/lib/content/misconception-phrasings";
import { detectIntent } from "../intent";
import { mentionsAnyParam } from "../simulate/choose";
import { MISCONCEPTION_PATTERNS } from "./misconception-patterns";
import { claimDenies, deniesAbout, ideas } from "./misconception-meaning";

/** The words of a regular-expression source, without its syntax. */
const wordsOfPattern = (source: string) =>
  source
    .replace(/\\[a-z]/gi, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\(\?[:!=<]+/g, " ")
    .replace(/[^a-z0-9' ]+/gi, " ");

function phrasings(id: string): string[] {
  try {
    return phrasingsOf(id as PhrasedMisconception);
  } catch {
    return [];
  }
}

interface Entry {
  id: string;
  claim: ReadonlySet<string>;
  /** Ideas only the correction has: a message leaning on them states the true side. */
  trueSide: ReadonlySet<string>;
  /** Ideas of the label the correction does not share: what makes the claim wrong. */
  distinctive: ReadonlySet<string>;
}

const entries: Entry[] = misconceptions.map((m) => {
  const sources = [...(MISCONCEPTION_PATTERNS[m.id] ?? []), ...phrasings(m.id)];
  const label = ideas(m.label);
  // The correction's own words ("multiplies" against "adds") stay on the true side even where
  // a phrasing mentions them ("adds instead of multiplying").
  const correction = ideas(m.correction);
  const trueSide = new Set([...correction].filter((t) => !label.has(t)));
  const phrased = [...ideas(sources.map(wordsOfPattern).join(" . "))].filter(
    (t) => !trueSide.has(t),
  );
  const distinctive = new Set([...label].filter((t) => !correction.has(t)));
  return { id: m.id, claim: new Set([...label, ...phrased]), trueSide, distinctive };
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
const lengthNorm = (e: Entry) => (K1 + 1) / (1 + K1 * (1 - B + (B * e.claim.size) / averageLength));

export interface Similarity {
  id: string;
  /** BM25 of the message against the claim's side. */
  claim: number;
  /** Weight of the message's words that only the correction uses. */
  trueSide: number;
  /** Weight of the message's words that only the label (the wrong claim) uses. */
  distinctive: number;
}

/** How far the message leans to the entry's claim: its words, less the correction's own. */
const lean = (s: Similarity) => s.claim - s.trueSide;

/** Every entry's scores for the message, most like the claim first. */
export function similarities(message: string): Similarity[] {
  const said = ideas(message);
  return entries
    .map((e) => {
      let claim = 0;
      let trueSide = 0;
      let distinctive = 0;
      for (const t of said) {
        if (e.distinctive.has(t)) distinctive += weight(t);
        if (e.claim.has(t)) claim += weight(t) * lengthNorm(e);
        else if (e.trueSide.has(t)) trueSide += weight(t);
      }
      return { id: e.id, claim, trueSide, distinctive };
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

/** Neutral questions ask about the course's claims; they state none. */
const ASKS =
  /^\s*(?:so\s+|but\s+|and\s+|ok\s+|okay\s+)?(?:why|how|what|whats|when|where|which|who|explain|describe|tell me|show|can you|could you|would you|give|is there|are there)\b/i;
/**
 * Requests: a command ("simulate…", "compose…"), a comparison or a demo to run ("exploding
 * gradients demo with recurrent scale 2") asks for something and claims nothing.
 */
const REQUESTS =
  /^\s*(?:please\s+|now\s+|ok\s+|okay\s+)?(?:simulate|run|plot|show|compare|compose|write|draw|calculate|compute|clip|try|let'?s|quiz|test|give|list|summari[sz]e|define|sketch|start|stop|skip|next|again)\b|\b(?:vs\.?|versus|compared? (?:to|with)|demo|demonstration|scenario|simulation|sim|plot|chart|graph)\b|[()=]/i;
/** "Mathematically, why…", "ok so how…": the question word opens a later clause. */
const ASKS_LATER = /(?:^|[,;:]\s*)(?:so\s+)?(?:why|how|what|whats|which)\b/i;
/** A yes/no question in question order is neutral unless it leans ("…, right?"). */
const QUESTION_ORDER =
  /^\s*(?:so\s+|but\s+|and\s+)?(?:is|are|does|do|did|can|could|will|would|should|must|might|was|were|has|have)\b/i;
const LEANS =
  /(?:\b(?:right|yeah|yes|yep|correct|true|no|innit|surely)|\b(?:is|does|do|are|was|can|would|will)n'?t\s+(?:it|they|that|this|there|he|she))\s*\??\s*$|^\s*surely\b/i;

/** Denials without a negation word: "explosion is impossible", "immune to vanishing". */
const RULED_OUT = /\b(?:impossible|immune|no way|no chance|zero chance)\b/i;

const normalised = (message: string) => message.trim().toLowerCase().replace(/[’`]/g, "'");

/** The message states something, or asks to have a statement confirmed. */
export function claimOrLeading(message: string): boolean {
  const text = normalised(message);
  if (ASKS.test(text) || ASKS_LATER.test(text) || REQUESTS.test(text)) return false;
  if (LEANS.test(text)) return true;
  return !(text.endsWith("?") && QUESTION_ORDER.test(text));
}

/**
 * A run request sets a dial to a value ("recurrent scale 1.5 for 60
 * steps"): what it says is the run's, not a claim.
 */
const asksForRun = (message: string) =>
  (/\d/.test(message) && mentionsAnyParam(message)) ||
  detectIntent(message, { hasQuestion: false, hasPlot: false }, mentionsAnyParam(message)) ===
    "simulate";

/** The message says the claim's own point rather than the correction's. */
function leansToClaim(best: Similarity, message: string): boolean {
  if (best.distinctive > 0) return best.trueSide < TRUE_SIDE_SHARE * best.distinctive;
  return (
    best.trueSide === 0 && best.claim >= SIMILARITY_UNMARKED && LEANS.test(normalised(message))
  );
}

/** The catalogue entry the message states, when one stands clearly out; else none. */
export function similarMisconception(message: string): string | undefined {
  if (!claimOrLeading(message)) return undefined;
  const [best, second] = similarities(message);
  if (!best || lean(best) < SIMILARITY_THRESHOLD) return undefined;
  if (second && lean(best) < SIMILARITY_LEAD * lean(second)) return undefined;
  if (!leansToClaim(best, message) || asksForRun(message)) return undefined;
  const entry = entries.find((e) => e.id === best.id);
  const denies = deniesAbout(message, entry?.claim ?? new Set()) || RULED_OUT.test(message);
  return denies === claimDenies(best.id) ? best.id : undefined;
}
