import { describe, expect, it } from "vitest";
import { terms } from "@/lib/tutor/retrieval/text";
import {
  sentenceRanker,
  trainSentenceRanker,
  type SentenceExample,
} from "@/lib/tutor/answer/sentence-ranker";
import shipped from "@/lib/tutor/answer/sentence-examples.json";
import { courseSentences, sentencesByLesson } from "@/lib/tutor/answer/sentence-table";

const EXPLODING = "how-lstm-handles-exploding-gradients";
const sentence = (key: string) => {
  const found = courseSentences.find((s) => s.key === key);
  if (!found) throw new Error(`no sentence ${key}`);
  return found;
};
const score = (
  rank: ReturnType<typeof trainSentenceRanker>,
  question: string,
  key: string,
): number => rank(new Set(terms(question)), key, sentence(key).terms);

/** The lesson's sentences the ranker rates highest for the question, best first. */
function top(question: string, lesson: string, n: number): string[] {
  const query = new Set(terms(question));
  return [...(sentencesByLesson.get(lesson) ?? [])]
    .map((s) => ({ s, v: sentenceRanker(query, s.key, s.terms) }))
    .sort((a, b) => b.v - a.v)
    .slice(0, n)
    .map((r) => r.s.text);
}

describe("the sentence ranker learns which words answer which", () => {
  // Learners who say "blow up" were answered by sentences about growth: a new sentence about
  // growth then answers "blow up", though it shares no word with the question.
  const examples: SentenceExample[] = [
    "why do my gradients blow up",
    "what makes the gradient blow up over a long sequence",
    "gradients blowing up after a few updates, why",
  ].map((question) => ({
    question,
    lessons: [EXPLODING],
    positives: ["glossary:exploding-gradient@0", `${EXPLODING}#what-exploding-is@0`],
    from: "written-here",
  }));
  const growth = `${EXPLODING}#other-paths@2`;
  const unrelated = `${EXPLODING}#clipping@3`;

  it("rates a sentence about growth above an unrelated one for a question saying blow up", () => {
    const rank = trainSentenceRanker(examples);
    for (const q of ["can an lstm blow up too?", "does it ever blow up with big weights"])
      expect(score(rank, q, growth), q).toBeGreaterThan(score(rank, q, unrelated));
  });

  it("rates nothing without examples", () => {
    const rank = trainSentenceRanker([]);
    expect(score(rank, "can an lstm blow up too?", growth)).toBe(0);
  });

  it("trains on the shipped examples in well under a second", () => {
    const start = performance.now();
    trainSentenceRanker(shipped);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

// Questions written for this test, in wordings no example uses: the ranker's best few
// sentences of the right lesson carry the fact a right answer must state.
describe.each([
  ["how can an lstm's gradient still blow up?", EXPLODING, /hidden state|recurrent weights/i],
  ["my lstm explodes now and then even with gates under one, how", EXPLODING, /hidden state/i],
  ["in a gru what does the update gate choose between", "gru", /old (?:hidden )?state|copies/i],
  [
    "what keeps the lstm's gradient from dying out",
    "why-lstm-solves-vanishing-gradients",
    /addition|additive/i,
  ],
])("the shipped ranker on %j", (question, lesson, fact) => {
  it("rates a sentence stating the key fact among its best three", () => {
    expect(top(question, lesson, 3).some((t) => fact.test(t))).toBe(true);
  });
});
