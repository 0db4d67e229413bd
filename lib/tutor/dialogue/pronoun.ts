/**
 * What the thread's question was about, and the pronouns that stand for it: "is it like the
 * forget gate?" after "what's the update gate?" is about the update gate.
 */
import { casualForm } from "./casual";
import { whichMember } from "./members";
import { STRONG } from "../retrieval/vocabulary";
import { courseTerms } from "./state";

/**
 * What a definition-style question was about: "what's the update gate in a gru?" → "update
 * gate", "how does norm clipping work?" → "norm clipping".
 */
export function subjectOf(asked: string): string | undefined {
  const m =
    /^(?:what(?:'s| is| are| does| do)|explain|define|tell me about|how (?:does|do))\s+(?:the |a |an )?(.+?)(?:\s+(?:do|work|mean|in|of|for|on|inside|help|fix|solve|stop|prevent|keep|cause)\b.*)?\s*\??$/i.exec(
      asked.trim(),
    );
  const subject = m?.[1]?.replace(/\s+(?:to|for) (?:me|us)$/i, "").trim();
  return subject && subject.split(/\s+/).length <= 4 && !/\b(?:it|this|that)\b/i.test(subject)
    ? subject
    : undefined;
}

/**
 * "why does orthogonal init help rnns?" → "orthogonal init": what a question about a remedy's
 * working names, for "does it last though?" after it.
 */
function remedyOf(asked: string): string | undefined {
  const m = /^why (?:does|do|would) (?:the |a |an )?(.+?) (?:help|work|matter)\b/i.exec(
    asked.trim(),
  );
  const remedy = m?.[1]?.trim();
  return remedy && remedy.split(/\s+/).length <= 4 && !/\b(?:it|this|that)\b/i.test(remedy)
    ? remedy
    : undefined;
}

/** "how do I fix it?": a pronoun that is the object of a verb of dealing with something. */
export const OBJECT_PRONOUN =
  /\b(fix|prevent|solve|avoid|detect|spot|diagnose|stop|handle|cure|measure|compute|tune|choose|pick|set|apply|implement|use|initiali[sz]e|test for|check for|deal with|get rid of)\s+(?:it|this|that)\b(?=\s*[?!.]*$)/i;

/** "is it like the forget gate?" after "what's the update gate?": "is the update gate like …". */
export function resolvePronoun(message: string, asked: string | undefined): string {
  // "which one matters most?": a member of the plural the thread asked about.
  const member = whichMember(message, asked);
  if (member !== message) return member;
  const subject = asked ? (subjectOf(asked) ?? remedyOf(asked)) : undefined;
  if (!subject) return ownerRead(message, asked);
  // "why did they need a forget gate?" after "explain the constant error carousel": a plural
  // "they" does not stand for a singular subject (here it is the carousel's inventors).
  if (/\b(?:they|them)\b/i.test(message) && !plural(subject)) return message;
  // Only a pronoun that is the question's subject: "is it like …", "how does it …", not "is it true".
  const written = casualForm(message);
  const replaced = written.replace(
    /^((?:(?:ok(?:ay)?|so|and|but|wait)[,\s]+)*(?:(?:how|why|when|where) )?(?:is|are|does|do|can|could|would|will|was|did|has|have)\s+)(?:it|this|that|they)\b(?!\s+(?:true|possible|necessary|enough|worth|ok|okay|fine|important|right|correct|so|mean)\b)/i,
    `$1the ${subject}`,
  );
  // "how do I fix it?": the object of a verb of dealing with something is the subject too.
  const object = replaced.replace(OBJECT_PRONOUN, `$1 the ${subject}`);
  const owned = possessive(object, subject);
  // "and if it's stuck at 1?": the condition is on the subject ("what if the forget gate is …").
  const read = owned.replace(
    /^(?:(?:ok(?:ay)?|so|and|but|wait)[,\s]+)*(?:what )?if\s+(?:it|this|that)(?:'s|\s+is|\s+were|\s+was)\b/i,
    `what if the ${subject} is`,
  );
  // Callers compare the result with the message to see whether a pronoun was read.
  return read === written ? message : read;
}

/** "and its jacobian?": "its" (or "their") before a course word is the subject's. */
function possessive(message: string, subject: string): string {
  return message.replace(/\b(?:its|their)\s+(\w+)/i, (all, word: string) =>
    courseTerms(word).length > 0 ? `the ${subject}'s ${word}` : all,
  );
}

/**
 * "can you go over its gates?" after "i read the gru is just a cheap lstm": a question that is
 * no definition still names its subject first, and "its" is that subject's.
 */
function ownerRead(message: string, asked: string | undefined): string {
  const owner = asked
    ?.toLowerCase()
    .match(/[a-z][\w-]*/g)
    ?.find((w) => STRONG.has(w));
  if (!owner) return message;
  const written = casualForm(message);
  const read = possessive(written, owner);
  return read === written ? message : read;
}

/** "residual connections", "the lstm gates", "clipping and gating": what a "they" can stand for. */
function plural(subject: string): boolean {
  const head = subject.trim().split(/\s+/).at(-1) ?? "";
  return /[^s]s$/i.test(head) || /\b(?:and|both)\b/i.test(subject);
}

/** "what if the forget gate is stuck at 1?": a supposition to reason from, not a claim to correct. */
export function hypothetical(message: string): boolean {
  return /^(?:(?:ok(?:ay)?|so|and|but|wait)[,\s]+)*(?:what if|suppose|imagine|say)\b[^,;]*\?\s*$/i.test(
    message.trim(),
  );
}
