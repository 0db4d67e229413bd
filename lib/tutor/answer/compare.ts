/**
 * A comparison answers both sides: when the question names two things the glossary defines
 * ("GRU vs LSTM", "spectral radius or largest singular value"), the reply opens with each one's
 * definition, side by side, before the lesson's sentences on how they differ. Each side is what
 * it is (its first sentence) plus its sentence that best sets it against the other one: a
 * sentence naming the other side or using the other definition's rarer words says how they
 * differ, one that only continues its own story does not.
 */
import { glossary, type GlossaryEntry } from "@/lib/content/glossary";
import { idf, type Hit } from "../retrieval";
import { symbolsNamed, withSymbolNames } from "../retrieval/symbols";
import { terms } from "../retrieval/text";
import { STRONG, WEAK } from "../retrieval/vocabulary";
import { splitSentences } from "../sentences";
import { entriesNamed } from "./lead-sentence";
import { aboutOtherModel } from "./quoted";
import { canOpen } from "./stands-alone";

/** Enough of a definition to set one side against the other. */
const SIDE_CHARS = 420;

/** How much the point of comparison counts beside the two sides. */
const POINT = 0.5;

/** Words that set one thing against another. */
const CONTRASTS = /\b(?:where|whereas|unlike|instead|lacks?|separate|coupled|but|only|no)\b/i;

/** Words a sentence shares with the other side's definition or the question, by rarity. */
function contrast(sentence: string, other: GlossaryEntry, asked: ReadonlySet<string>): number {
  const own = new Set(terms(sentence));
  const theirs = new Set(terms(`${other.term} ${other.match.join(" ")} ${other.definition}`));
  let score = 0;
  for (const t of own) {
    if (theirs.has(t)) score += idf(t);
    if (asked.has(t)) score += 0.5 * idf(t);
  }
  const names = other.match.some((m) => new RegExp(`\\b${m}\\b`, "i").test(sentence));
  return score / Math.sqrt(own.size + 1) + (names ? 2 : 0) + (CONTRASTS.test(sentence) ? 1 : 0);
}

function side(entry: GlossaryEntry, other: GlossaryEntry, asked: ReadonlySet<string>): string {
  const [first = entry.definition, ...rest] = splitSentences(entry.definition);
  const ranked = rest
    .map((text, i) => ({ text, i, score: contrast(text, other, asked) }))
    .filter((s) => canOpen(s.text))
    .sort((a, b) => b.score - a.score);
  const chosen: { text: string; i: number }[] = [];
  let length = first.length;
  for (const s of ranked) {
    if (length + s.text.length > SIDE_CHARS) continue;
    chosen.push(s);
    length += s.text.length;
  }
  // In the definition's own order, so the side reads as written.
  const text = [first, ...chosen.sort((a, b) => a.i - b.i).map((s) => s.text)].join(" ");
  return `**${entry.term}**: ${text}`;
}

/** "**A**: … **B**: …" for a comparison of two glossary terms, or undefined. */
/**
 * "Hidden state vs cell state in an LSTM", "the forget gate in an LSTM vs the update gate in a
 * GRU": where the sides live, not a side of its own.
 */
const WHERE =
  /\s+(?:in|of|inside) (?:an?|the)\s+(?:lstm|gru|rnn|recurrent (?:net|network))s?\b|\s+in (?:lstms|grus|rnns)\b/gi;

export function compareOpening(message: string, lessonId: string | undefined): string | undefined {
  const named = entriesNamed(message.replace(WHERE, ""), lessonId);
  // The order the learner named them in.
  const [a, b] = named.slice(0, 2).sort((x, y) => position(message, x) - position(message, y));
  if (!a || !b) return undefined;
  const asked = new Set(terms(message));
  return `${side(a, b, asked)} ${side(b, a, asked)}`;
}

function position(message: string, entry: GlossaryEntry): number {
  const lower = message.toLowerCase();
  const found = entry.match.map((m) => lower.indexOf(m.toLowerCase())).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : Infinity;
}

/** Where a comparison puts its two sides: "A vs B", "is A the same as B", "between A and B". */
const SPLIT =
  /\b(?:vs\.?|versus|compared? (?:to|with)|differ(?:s|ent)? from|(?:just )?like|similar to|the same(?: thing)? as|equivalent to|or|and)\b/i;
const SIDE_ENDS =
  /[:;,?!]|\s-\s|\s(?:which|what|when|whenever|if|for (?:gradients?|vanishing|exploding))\b/i;
const LEAD = /^.*?\b(?:between|is|are|does|do)\b/i;

/** The two sides as the learner wrote them ("cell state", "hidden state"). */
function sideTexts(asked: string): [string, string] | undefined {
  const message = asked.replace(WHERE, "");
  const m = SPLIT.exec(message);
  if (!m) return undefined;
  const before = message.slice(0, m.index).replace(LEAD, " ");
  // The second side ends where the question goes on ("tanh: which one kills gradients faster").
  const after = message.slice(m.index + m[0].length).split(SIDE_ENDS)[0] ?? "";
  return [before, after];
}

/** Each side's terms in order, shared words included: "cell state" as [cell, state]. */
function sidePhrases(asked: string): string[][] {
  return (sideTexts(asked) ?? []).map((text) => terms(withSymbolNames(text)));
}

/** Whether `phrase` occurs in `seq` as consecutive terms. */
function containsPhrase(seq: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length < 2) return false;
  return seq.some((_, i) => phrase.every((t, j) => seq[i + j] === t));
}

/** The two sides' own search terms, each without the words both share ("state"). */
export function compareSides(asked: string): [Set<string>, Set<string>] | undefined {
  const texts = sideTexts(asked);
  if (!texts) return undefined;
  const [before, after] = texts;
  const side = (text: string) => new Set([...terms(withSymbolNames(text)), ...symbolsNamed(text)]);
  const a = side(before);
  const b = side(after);
  for (const t of [...a]) {
    if (!b.has(t)) continue;
    a.delete(t);
    b.delete(t);
  }
  return a.size > 0 && b.size > 0 ? [a, b] : undefined;
}

const weight = (own: ReadonlySet<string>, side: ReadonlySet<string>) =>
  [...side].filter((t) => own.has(t)).reduce((s, t) => s + idf(t), 0);

/**
 * When the two sides are not both glossary terms ("is the cell state the same as the hidden
 * state?"), the reply opens on the course sentence that names both, the one that sets them side
 * by side, rather than on the best passage about either.
 */
export function bothSidesOpening(message: string, hits: readonly Hit[]): string | undefined {
  return bothSides(message, hits)?.text;
}

/**
 * The lesson the both-sides sentence comes from: the reply cites first the lesson its opening
 * quotes ("is the cell state the same as the hidden state?" is the LSTM's, though the GRU lesson
 * ranks first for saying it has no separate cell).
 */
export function bothSidesLesson(message: string, hits: readonly Hit[]): string | undefined {
  return bothSides(message, hits)?.lessonId;
}

/** The sentence's subject (its first few terms) is one of the sides. */
function opensOnSide(text: string, sides: readonly ReadonlySet<string>[]): boolean {
  const subject = terms(text).slice(0, SUBJECT_TERMS);
  return sides.some((side) => subject.some((t) => side.has(t)));
}
const SUBJECT_TERMS = 4;

/** Worth about one rare shared word: a side named whole ("cell state"), not one word of it. */
const WHOLE_SIDE = 1;

function bothSides(
  message: string,
  hits: readonly Hit[],
): { text: string; lessonId: string } | undefined {
  const sides = compareSides(message);
  if (!sides) return undefined;
  // What the question compares them on ("which kills gradients faster"): a sentence about that
  // sets them side by side on the point asked, not merely in passing ("the LSTM's sigmoid gates
  // … tanh(c_t)").
  const point = new Set(
    terms(withSymbolNames(message.replace(WHERE, ""))).filter(
      (t) => (STRONG.has(t) || WEAK.has(t)) && !sides[0].has(t) && !sides[1].has(t),
    ),
  );
  const phrases = sidePhrases(message);
  let best: { text: string; lessonId: string; score: number } | undefined;
  // The glossary sets the course's main objects side by side in one sentence each.
  const texts = [
    ...hits.slice(0, 10).map((h) => ({ passage: h.passage.text, lessonId: h.passage.lessonId })),
    ...glossary.map((e) => ({ passage: e.definition, lessonId: e.lessonId })),
  ];
  for (const { passage, lessonId } of texts) {
    for (const text of splitSentences(passage)) {
      if (text.length > 300 || !canOpen(text)) continue;
      // "The LSTM's cell state c_t is …" is about the side asked, whoever's it is.
      if (aboutOtherModel(text, message) && !opensOnSide(text, sides)) continue;
      // A tour of the plot is no statement of how the two differ.
      if (/\b(?:the )?scenario\b|\bthe plot\b/i.test(text)) continue;
      const own = new Set(terms(text));
      const [a, b] = sides.map((side) => weight(own, side));
      if (!a || !b) continue;
      // "The cell state c_t is …; the hidden state h_t is …" names both sides whole, where "added
      // to the cell, … exposed as the hidden state" names one only in passing.
      const seq = terms(text);
      const whole = phrases.filter((p) => containsPhrase(seq, p)).length;
      const score =
        Math.min(a, b) +
        0.5 * Math.max(a, b) +
        POINT * weight(own, point) +
        WHOLE_SIDE * whole +
        (CONTRASTS.test(text) ? 0.5 : 0);
      if (!best || score > best.score) best = { text, lessonId, score };
    }
  }
  return best;
}
