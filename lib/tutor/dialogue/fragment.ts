/**
 * A final of a word or two that is no sentence ("forever?", "output?", "bias-wise?"): the
 * learner qualifies the thread's question rather than asking a new one. Read alone it has no
 * course subject and would be "not covered"; read against the thread it is either the
 * question's subject with another modifier ("output?" after "what does the input gate do?") or
 * the question asked again under that qualifier ("what does orthogonal init do … forever?").
 */
import { passages } from "../retrieval";
import { casualForm } from "./casual";
import { foreignWords } from "./foreign";
import { subjectOf } from "./pronoun";
import type { Turn } from "./turn";

const LEAD = /^(?:(?:and|so|but|ok(?:ay)?|hm+|then|what about|how about)[,.!]*\s+)*/i;
/** A fragment that opens like a sentence or a question is read by the other rules, not here. */
const SENTENCE_START =
  /^(?:what|why|how|when|where|which|who|is|are|does|do|did|can|could|would|will|should|i|you|it|that|this|they|show|explain|tell|give|run|try)\b/i;
const MAX_WORDS = 3;
/** The fragment's words ("bias-wise?" → "in terms of bias"), or undefined for a sentence. */
export function fragmentOf(message: string): string | undefined {
  const bare = casualForm(message.trim())
    .replace(LEAD, "")
    .replace(/[\s?!.]+$/, "");
  if (!bare || bare.split(/\s+/).length > MAX_WORDS || SENTENCE_START.test(bare)) return undefined;
  if (/\d/.test(bare)) return undefined;
  const read = bare.replace(/^(\w+)-?wise$/i, "in terms of $1");
  const words = read
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
  // A thing the course never covers ("pancakes?") keeps the fragment off the thread; a word that
  // only qualifies ("forever?", "intuitively?", "nowadays tho?") names nothing.
  if (words.length === 0 || foreignWords(read).length > 0) return undefined;
  return read;
}

/** The thread's question with the fragment read into it, or undefined when the turn is no fragment. */
export function fragmentQuestion(turn: Turn): string | undefined {
  const { asked, topic, turns } = turn.state;
  if (turns === 0 || !asked || !topic) return undefined;
  const fragment = fragmentOf(turn.request.message);
  if (!fragment) return undefined;
  return modifierSwapped(asked, fragment) ?? `${asked.replace(/[\s?.!]+$/, "")} ${fragment}?`;
}

/**
 * "output?" after "what does the input gate do?": the one word takes the place of the
 * subject's modifier when the course names the result ("output gate").
 */
function modifierSwapped(asked: string, fragment: string): string | undefined {
  const subject = subjectOf(asked);
  const words = subject?.split(/\s+/) ?? [];
  if (!subject || words.length < 2 || fragment.includes(" ")) return undefined;
  const head = words.at(-1) ?? "";
  const phrase = `${fragment} ${head}`.toLowerCase();
  if (phrase === subject.toLowerCase()) return undefined;
  if (!passages.some((p) => p.text.toLowerCase().includes(phrase))) return undefined;
  return asked.replace(subject, `${fragment} ${head}`);
}
