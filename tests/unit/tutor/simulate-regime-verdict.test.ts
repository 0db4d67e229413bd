/**
 * The regime sentence under a run (simulate/regime.ts): the verdict on a gated path is read off
 * what it keeps over the run's length, and every power it writes out adds up as shown. The run's
 * caption, quoted in chat, reads as the plot shows it.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { regime } from "@/lib/tutor/simulate/regime";

/** Every "a^T ≈ b" in the text, checked to the three figures b is written with. */
function powersAddUp(text: string): void {
  const powers = [...text.matchAll(/(\d+(?:\.\d+)?)\^(\d+) ≈ (\d+(?:\.\d+)?(?:e-?\d+)?)/g)];
  expect(powers.length).toBeGreaterThan(0);
  for (const [, base, exponent, shown] of powers) {
    const value = Number(base) ** Number(exponent);
    expect(Math.abs(value - Number(shown)) / Number(shown)).toBeLessThan(0.005);
  }
}

describe("the regime of a gated path", () => {
  it("calls a forget gate of 0.95 over 100 steps a slow fall, not flat", () => {
    const text = regime({ forgetBias: 3, steps: 100 }, ["forgetBias"]);
    expect(text).toContain("falls slowly");
    expect(text).not.toContain("nearly flat");
    powersAddUp(text);
  });

  it("calls the same gate over 10 steps nearly flat", () => {
    const text = regime({ forgetBias: 3, steps: 10 }, ["forgetBias"]);
    expect(text).toContain("nearly flat");
    powersAddUp(text);
  });

  it("says a small forget bias over a long gap vanishes", () => {
    const text = regime({ forgetBias: 0.5, steps: 200 }, ["forgetBias"]);
    expect(text).toContain("vanishes");
    powersAddUp(text);
  });

  it("reads the GRU's copy path off z^T in the same way", () => {
    expect(regime({ updateBias: 5, steps: 60 }, ["updateBias"])).toContain("nearly flat");
    const far = regime({ updateBias: 2, steps: 120 }, ["updateBias"]);
    expect(far).toContain("vanishes");
    powersAddUp(far);
  });
});

describe("a run's caption in chat", () => {
  it("writes its subscripts as the plot's legend does", async () => {
    const reply = await respond(
      { message: "run the rnn vs lstm comparison with forget bias 2" },
      { chatSeed: "t", attemptSeed: "t" },
    );
    expect(reply.reply).toContain("‖∂cₜ/∂cₜ₋₁‖");
    expect(reply.reply).not.toContain("c_{t");
  });
});
