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
  const before = subject.slice(0, at).trim();
  if (before.split(/\s+/).filter(Boolean).length > 1 || MODEL.test(before)) return undefined;
  return hit.entry;
}

const SUBJECT =
  /^(?:so\s+|ok\s+|and\s+)?(?:what(?:'s|s| is| are| was)|define|definition of|meaning of|what does|explain what|tell me what)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:mean|means|is|are|stand for))?\s*[?.!]*$/i;

/** "How does clipping work?", "what does the forget gate do?": the definition answers it first. */
const WORKINGS =
  /^(?:so\s+|ok\s+)?(?:how (?:does|do)|what (?:does|do)|explain)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:work|do|does|for))?\s*[?.!]*$/i;

/** The glossary entry a definition question asks for ("what's a jacobian", "define BPTT"). */
export function definitionAsked(message: string): GlossaryEntry | undefined {
  const m = message.trim();
  const subject = SUBJECT.exec(m)?.[1] ?? WORKINGS.exec(m)?.[1];
  if (!subject || subject.split(/\s+/).length > 6) return undefined;
  return entryFor(subject);
}
