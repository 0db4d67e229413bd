/**
 * How often the content check would withhold a lesson's own sentence: every sentence of every
 * lesson section against every option of the bank that is long enough to check. The threshold
 * in lib/tutor/leak-content.ts was chosen on these figures; a sentence counted here is withheld
 * only while that one option's question is open.
 */
import { describe, expect, it } from "vitest";
import { lessons, questions } from "@/lib/content";
import {
  claimOf,
  contentTerms,
  coverage,
  OVERLAP_THRESHOLD,
  type Claim,
} from "@/lib/tutor/leak-content";
import { splitSentences } from "@/lib/tutor/sentences";

const sentences = lessons.flatMap((l) => l.sections.flatMap((s) => splitSentences(s.body)));
const claims: Claim[] = questions.flatMap((q) =>
  "options" in q && q.options
    ? q.options.flatMap((o) => claimOf(`${q.id}:${o.id}`, o.text) ?? [])
    : [],
);

function flaggedAt(threshold: number): { sentence: string; claim: string }[] {
  return sentences.flatMap((sentence) => {
    const words = contentTerms(sentence);
    const hit = claims.find((c) => coverage(words, c) >= threshold);
    return hit ? [{ sentence, claim: hit.id }] : [];
  });
}

describe("content check on the course's own sentences", () => {
  it("withholds few lesson sentences at the chosen threshold, fewer than at a looser one", () => {
    expect(sentences.length).toBeGreaterThan(150);
    const chosen = flaggedAt(OVERLAP_THRESHOLD);
    // 7 of 210 when chosen: 4 state their option, 3 merely share its topic (1.4 %).
    expect(chosen.length / sentences.length).toBeLessThan(0.05);
    expect(flaggedAt(0.5).length).toBeGreaterThan(chosen.length * 3);
  });

  it("still flags the lesson sentences that state an option", () => {
    const ids = flaggedAt(OVERLAP_THRESHOLD).map((f) => f.claim);
    expect(ids).toContain("why-lstm-solves-vanishing-gradients/forget-bias-facts:jozefowicz");
    expect(ids).toContain("how-lstm-handles-exploding-gradients/clipping-facts:direction");
    expect(ids).toContain("why-lstm-solves-vanishing-gradients/cell-jacobian:diag-plus");
  });
});
