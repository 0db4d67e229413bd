/** The "in practice" deep dives quote numbers that the scenarios really produce. */
import { describe, expect, it } from "vitest";
import { getLesson } from "@/lib/content";
import { explodingLog, layerNormExample, vanishingLog } from "@/lib/content/lessons/practice";

const dive = (lessonId: string, id: string) =>
  getLesson(lessonId)?.deepDives?.find((d) => d.id === id)?.body ?? "";

describe("practice deep dives", () => {
  it("the exploding log overflows without clipping and falls with it", () => {
    const e = explodingLog();
    expect(e.plainGrad[1]!).toBeGreaterThan(1e100 * e.plainGrad[0]!);
    expect(e.plainLoss[2]).toBeNull();
    for (let u = 1; u < 4; u++) expect(e.clippedLoss[u]!).toBeLessThan(e.clippedLoss[u - 1]!);
    expect(dive("how-lstm-handles-exploding-gradients", "practice-log")).toContain(
      "| 2 | NaN | NaN |",
    );
  });

  it("the vanishing log shrinks by orders of magnitude without overflowing", () => {
    const v = vanishingLog();
    expect(v[0]?.norm).toBe(4);
    for (let i = 1; i < v.length; i++) {
      expect(v[i]!.norm).not.toBeNull();
      expect(v[i]!.norm!).toBeLessThan(1e-3 * v[i - 1]!.norm!);
    }
  });

  it("layer normalisation moves saturated gates back to large derivatives", () => {
    const ln = layerNormExample();
    expect(Math.min(...ln.after)).toBeGreaterThan(50 * Math.min(...ln.before));
    const mean = ln.normed.reduce((s, x) => s + x, 0) / ln.normed.length;
    expect(Math.abs(mean)).toBeLessThan(1e-12);
  });

  it("the windowed-truncation code detaches the state in every window", () => {
    const body = dive("why-lstm-gradients-do-not-vanish-backward", "windowed-in-code");
    expect(body).toMatch(/```python[\s\S]*h\.detach\(\)[\s\S]*```/);
    expect(body).not.toContain("\\`");
  });
});
