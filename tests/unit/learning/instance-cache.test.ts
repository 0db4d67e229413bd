import { describe, expect, it } from "vitest";
import { questions } from "@/lib/content";
import { cachedInstance } from "@/lib/learning/instance-cache";
import { instantiateQuestion } from "@/lib/learning/instantiate";

describe("cachedInstance", () => {
  const simulated = questions.find((q) => instantiateQuestion(q, "probe").simulated);
  if (!simulated) throw new Error("no simulated question in the content");

  it("equals a fresh instance, and is the same object the next time", () => {
    const first = cachedInstance(simulated, "seed-a");
    expect(first).toEqual(instantiateQuestion(simulated, "seed-a"));
    expect(cachedInstance(simulated, "seed-a")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("keys on the seed: another seed draws other numbers", () => {
    expect(cachedInstance(simulated, "seed-b").params).not.toEqual(
      cachedInstance(simulated, "seed-c").params,
    );
  });

  it("forgets the least recently used beyond its capacity", () => {
    const kept = cachedInstance(simulated, "kept");
    for (let i = 0; i < 2_100; i++) cachedInstance(simulated, `filler-${i}`);
    expect(cachedInstance(simulated, "kept")).not.toBe(kept);
    expect(cachedInstance(simulated, "kept")).toEqual(kept);
  });
});
