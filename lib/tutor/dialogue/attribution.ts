/**
 * "who came up with that?", "whose idea was it?", "source?": who introduced what the thread is
 * about. The course names its sources in sentences like "Gers, Schmidhuber and Cummins (2000)
 * already advocated a positive forget bias"; the one that shares most of the thread's words is
 * the answer, said again even if the thread already quoted it (it is now what is asked).
 */
import { getLesson } from "@/lib/content";
import { passages, type Passage } from "../retrieval";
import { terms } from "../retrieval/text";
import { STRONG } from "../retrieval/vocabulary";
import { splitSentences } from "../sentences";
import type { Decision, Turn } from "./turn";

const LEAD = String.raw`^(?:(?:ok(?:ay)?|and|so|but|wait|hm+|cool|nice|interesting)[,.!]*\s+)*`;

const ASKS_WHO = new RegExp(
  `${LEAD}(?:who (?:came up with|invented|introduced|proposed|suggested|discovered|thought of|figured (?:that|this|it) out|first (?:used|proposed|suggested|did|showed|found))|whose idea|where (?:does|did) (?:that|this|it) come from|(?:any|what'?s the|which|is there a) (?:source|paper|reference|citation)|(?:source|paper|reference|citation)s?\\s*\\?)`,
  "i",
);

/**
 * An author with a year: "Gers, Schmidhuber and Cummins (2000)", "(Pascanu et al. 2013)",
 * "Cho et al. 2014". A bare "The 1997 LSTM" names a year, not a source.
 */
const CITES =
  /\b[A-Z][a-z]+(?:,? (?:and |& )?[A-Z][a-z]+)* \((?:19|20)\d\d\)|\([A-Z][a-z]+[^()]{0,60}?(?:19|20)\d\d\)|\bet al\.?,? \(?(?:19|20)\d\d/;

const INTRODUCES = /\b(?:introduc\w*|propos\w*|invent\w*|advocat\w*|came up with|originally)\b/i;

/** Outweighs a verb of introducing and a heading: the source of the sentence just read wins. */
const SAID_JUST_NOW = 2;

export function asksWho(message: string): boolean {
  const m = message.trim();
  return m.split(/\s+/).length <= 10 && ASKS_WHO.test(m);
}

export function attribution(turn: Turn): Decision | undefined {
  const { state } = turn;
  const wanted = new Set(state.terms);
  const naming = [...wanted].filter((t) => STRONG.has(t)).length;
  if (naming === 0) return undefined;
  // "which paper?" right after an answer asks for the source of what that answer just said.
  const lastReply =
    (turn.request.history ?? []).filter((t) => t.role === "assistant").at(-1)?.content ?? "";
  let best: { text: string; passage: Passage; score: number } | undefined;
  for (const passage of passages) {
    if (!passage.quotable || passage.kind === "misconception") continue;
    for (const text of splitSentences(passage.text)) {
      if (!CITES.test(text)) continue;
      // A sentence is read under its heading: a glossary entry's term names what it defines.
      const own = new Set(terms(`${passage.heading} ${text}`));
      const shared = [...wanted].filter((t) => own.has(t));
      // A source of the thread's subject shares its naming words, not only "gradient".
      if (!shared.some((t) => STRONG.has(t)) || shared.length < Math.min(2, naming)) continue;
      // A passage headed by the subject is about it; a verb of introducing names its origin.
      const heading = new Set(terms(passage.heading));
      const headed = shared.some((t) => STRONG.has(t) && heading.has(t));
      const score =
        shared.length +
        (headed ? 0.5 : 0) +
        (INTRODUCES.test(text) ? 1 : 0) +
        // The glossary gives each term with the work that introduced it.
        (passage.kind === "glossary" && headed ? 0.5 : 0) +
        (passage.lessonId === state.topic ? 0.5 : 0) +
        (lastReply.includes(text) ? SAID_JUST_NOW : 0);
      if (!best || score > best.score) best = { text, passage, score };
    }
  }
  if (!best) return undefined;
  const lesson = getLesson(best.passage.lessonId);
  return {
    reply: {
      // A glossary sentence reads under its term ("**GRU (gated recurrent unit)**: A gated …").
      reply: `${best.passage.kind === "glossary" ? `**${best.passage.heading}**: ` : ""}${best.text}\n\n*From **${best.passage.lessonTitle}**.*`,
      citations: lesson ? [{ id: lesson.id, title: lesson.title }] : [],
      intent: "explain",
      effects: [],
      engine: "builtin",
      kind: "other",
    },
    facts: { quoted: [best.passage.id] },
  };
}
