/** "What is a Jacobian?": the glossary entry the message asks about, if any. */
import { glossary, type GlossaryEntry } from "@/lib/content/glossary";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const entries = [...glossary]
  .flatMap((e) =>
    e.match.map((m) => ({ entry: e, re: new RegExp(`\\b${escape(m)}\\b`, "i"), length: m.length })),
  )
  .sort((a, b) => b.length - a.length);

/** The entry whose phrase the subject names (longest phrase wins). */
export function glossaryEntry(text: string): GlossaryEntry | undefined {
  return entries.find((e) => e.re.test(text))?.entry;
}

const MODEL = /\b(?:lstms?|grus?|rnns?)\b/i;

/** A modifier that names a particular one ("the cell Jacobian" is not the Jacobian in general). */
const NARROWING = /\b(?:cell|hidden|gate|input|output|state|full|truncated|cell's|gate's)\s*$/i;

/** The entry the subject is about; "why the LSTM solves vanishing gradients" asks for no definition. */
function entryFor(subject: string): GlossaryEntry | undefined {
  if (/^(?:why|how|when|whether|which)\b/i.test(subject)) return undefined;
  const hit = entries.find((e) => e.re.test(subject));
  const at = hit ? subject.search(hit.re) : -1;
  if (!hit || NARROWING.test(subject.slice(0, at))) return undefined;
  // "how does the LSTM fix vanishing gradients" is about the LSTM, not a definition of vanishing:
  // at most one word ("gradient clipping") may come before the term.
  // Words of the entry's own title ("gradient norm clipping" for "Gradient clipping (by norm)")
  // name the term itself, so they do not count.
  const before = subject.slice(0, at).trim();
  const title = new Set(hit.entry.term.toLowerCase().match(/[a-z]+/g) ?? []);
  const extra = before.split(/\s+/).filter((w) => w && !title.has(w.toLowerCase()));
  if (extra.length > 1 || MODEL.test(before)) return undefined;
  return hit.entry;
}

const SUBJECT =
  /^(?:so\s+|ok\s+|and\s+)?(?:what(?:'s|s| is| are| was)|define|definition of|meaning of|what does|explain what|tell me what)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:mean|means|is|are|stand for|refers? to))?\s*[?.!]*$/i;

/** "How does clipping work?", "what does the forget gate do?": the definition answers it first. */
const WORKINGS =
  /^(?:so\s+|ok\s+)?(?:how (?:does|do)|what (?:does|do)|explain)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:work|do|does|for))?\s*[?.!]*$/i;

/** "forget gate = ?": the term, then a blank to fill in. */
const EQUALS_WHAT = /^([a-z][a-z\s'-]{1,40}?)\s*=\s*\?+$/i;

/** Words that soften a question without changing its subject ("what actually is X"). */
const FILLER =
  /\b(?:actually|exactly|really|even|again|basically|precisely|tho|though|pls|please)\b,?\s*/gi;
/**
 * Tails that say how to explain or where the thing lives, not what it is: "... in normal
 * words", "... in an LSTM", "... for".
 */
const TAIL =
  /(?:,?\s+(?:in (?:(?:normal|simple|plain|layman'?s|everyday|easy|human|non-technical) )?(?:words|terms|english|language)|in (?:one|two|a|a few|one or two|1|2|1-2|one-two) (?:short )?(?:lines?|sentences?|words)|in short|briefly|quickly|(?:supposed|meant|trying) to (?:do|be for)|in (?:an? |the )?(?:lstms?|grus?|rnns?|recurrent (?:net|network)s?)|for (?:me|a beginner|dummies)|like i'?m (?:five|5)|eli5|for|then|here))+\s*([?.!]*)$/i;

/** "What's the point of the carousel?": its purpose is asked for by naming it, as a definition. */
const PURPOSE =
  /^(what(?:'s|s| is| was))\s+(?:the|its)\s+(?:point|purpose|role|job|idea|use)\s+(?:of|behind)\s+/i;

/** "(the norm version)": an aside narrows what to say, not what is asked about. */
const ASIDE = /\s*\([^()]*\)/g;

/**
 * ", it's for my revision sheet", ", for my notes", " lol": what the answer is for, not what
 * is asked about.
 */
const PURPOSE_ASIDE =
  /,?\s+(?:(?:it'?s|this is|that'?s)\s+)?for (?:my|our|an?|the) (?:revision|notes?|exam|test|flashcards?|cheat ?sheet|homework|assignment|study)\b[^?.!]*|\s+(?:lol|lmao|haha)\b/gi;

/**
 * "Constant error carousel - what is that", "the CEC: what is it?": the subject first, then a
 * question that points back at it, read as "what is the constant error carousel".
 */
const SUBJECT_FIRST =
  /^(?:so\s+|ok\s+)?(.{3,60}?)\s*(?:[-–—:,]+|\?+)\s*(what(?:'s|s| is| are| was)|what does)\s+(?:that|it|this|they|those)\b/i;

/** "Quick q:", "hey,", "sorry, dumb question:": a lead-in before the question itself. */
const LEAD_IN =
  /^(?:(?:quick|small|dumb|silly|stupid|basic|simple)\s+(?:q|qn|question)|hey|hi|hello|sorry|ok(?:ay)?|so|um+|hmm+)\b[,:!.\s-]*(?:(?:dumb|silly|basic|quick)\s+question\s*[:,-]\s*)?/i;

/** "Could you please tell me what…", "can you explain what…": a request wrapped round the question. */
const POLITE =
  /^(?:(?:could|can|would|will) you\s+(?:please\s+|pls\s+|maybe\s+)?|please\s+)(?=(?:tell|explain|define)\b)/i;

/** Acronyms the course spells out: "what does CEC stand for?" asks for the carousel. */
const ACRONYMS: readonly (readonly [RegExp, string])[] = [
  [/\bcec\b/gi, "constant error carousel"],
  [/\btbptt\b/gi, "truncated bptt"],
];

/** The message with the course's acronyms spelled out ("tbptt" as "truncated bptt"). */
export const spelledOut = (message: string): string =>
  ACRONYMS.reduce((m, [re, full]) => m.replace(re, full), message.trim());

/** The question without filler words, asides and explanatory tails. */
function plainQuestion(message: string): string {
  const spelled = spelledOut(message);
  return spelled
    .replace(LEAD_IN, "")
    .replace(POLITE, "")
    .replace(SUBJECT_FIRST, "$2 $1")
    .replace(PURPOSE_ASIDE, "")
    .replace(ASIDE, "")
    .replace(PURPOSE, "$1 ")
    .replace(FILLER, "")
    .replace(/\s+/g, " ")
    .replace(TAIL, "$1")
    .trim();
}

/**
 * "What does spectral radius mean here and why is it not the right number": the first of two
 * joined questions names the term; the second is answered by the lesson text after it.
 */
const SECOND_QUESTION =
  /^(.{3,80}?)(?:,?\s+and\s+|\s*[;,]\s*(?:but\s+|so\s+)?)(?=(?:why|how|when|where|is|are|does|do|can|what)\b)/i;

/** The glossary entry a definition question asks for ("what's a jacobian", "define BPTT"). */
export function definitionAsked(message: string): GlossaryEntry | undefined {
  // "What is BPTT? Is it a different algorithm from backprop?": the first question names it.
  // "X - what is that in normal words. my notes just say …", "what is X?? keeps coming up":
  // the first sentence asks it, however many marks end it.
  const first =
    /^[^?.!]{3,80}[?.!]+(?=\s+\S)/.exec(message.trim())?.[0] ??
    SECOND_QUESTION.exec(message.trim())?.[1];
  return (
    definitionIn(message) ??
    (first ? definitionIn(first) : undefined) ??
    questionsAfterPreamble(message)
      .map(definitionAskedIn)
      .find((e) => e !== undefined)
  );
}

/**
 * "Sorry for a basic question. In the bound there is σ_max(W). What does 'singular value'
 * mean?": the sentences that ask, after the ones that set the scene. Only when something comes
 * before them; a lone question was read whole above.
 */
export function questionsAfterPreamble(message: string): string[] {
  const sentences = message.trim().split(/(?<=[.?!])\s+(?=\S)/);
  if (sentences.length < 2) return [];
  return sentences.slice(1).filter((s) => /\?\s*$/.test(s));
}

/** The entry one question asks for, read whole or as the first of two joined questions. */
function definitionAskedIn(question: string): GlossaryEntry | undefined {
  const joined = SECOND_QUESTION.exec(question)?.[1];
  return definitionIn(question) ?? (joined ? definitionIn(joined) : undefined);
}

function definitionIn(message: string): GlossaryEntry | undefined {
  const m = plainQuestion(message);
  const subject = SUBJECT.exec(m)?.[1] ?? WORKINGS.exec(m)?.[1] ?? EQUALS_WHAT.exec(m)?.[1];
  if (!subject || subject.split(/\s+/).length > 6) return undefined;
  return entryFor(subject);
}
