/**
 * Every quotable course sentence with a stable key ("<passage id>@<index>"), so the sentence
 * ranker's examples can name sentences compactly and the picker can look a sentence up by the
 * passage it is scoring.
 */
import { passages, type Passage } from "../retrieval";
import { terms } from "../retrieval/text";
import { splitSentences } from "../sentences";

export interface CourseSentence {
  key: string;
  lessonId: string;
  kind: Passage["kind"];
  text: string;
  terms: readonly string[];
}

export const sentenceKey = (passageId: string, index: number) => `${passageId}@${index}`;

function buildTable(): CourseSentence[] {
  const out: CourseSentence[] = [];
  for (const p of passages) {
    if (!p.quotable) continue;
    splitSentences(p.text).forEach((text, i) =>
      out.push({
        key: sentenceKey(p.id, i),
        lessonId: p.lessonId,
        kind: p.kind,
        text,
        terms: [...new Set(terms(text))],
      }),
    );
  }
  return out;
}

export const courseSentences: readonly CourseSentence[] = buildTable();

/** The course's quotable sentences by lesson: a question's candidates are its lessons' sentences. */
export const sentencesByLesson: ReadonlyMap<string, readonly CourseSentence[]> = (() => {
  const map = new Map<string, CourseSentence[]>();
  for (const s of courseSentences) map.set(s.lessonId, [...(map.get(s.lessonId) ?? []), s]);
  return map;
})();
