/** The tasks' generators: their targets follow from their inputs, and the chance levels hold. */
import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/sim";
import { createTargets, createTask, TASK_IDS } from "@/lib/sim/train";

const B = 4096;

function draw(id: (typeof TASK_IDS)[number], lag: number) {
  const task = createTask(id, lag);
  const x = new Float64Array(task.steps * B * task.inputSize);
  const tg = createTargets(task.loss, B, task.outputSize);
  task.sample(createRng(5), x, tg, B);
  const at = (t: number, s: number, j: number) => x[(t * B + s) * task.inputSize + j]!;
  return { task, tg, at };
}

describe("adding", () => {
  const { task, tg, at } = draw("adding", 50);
  it("marks one step in each half and targets the sum of the marked values", () => {
    for (let s = 0; s < 50; s++) {
      const marked = Array.from({ length: 50 }, (_, t) => t).filter((t) => at(t, s, 1) === 1);
      expect(marked).toHaveLength(2);
      expect(marked[0]!).toBeLessThan(25);
      expect(marked[1]!).toBeGreaterThanOrEqual(25);
      expect(tg.value[s]).toBeCloseTo(at(marked[0]!, s, 0) + at(marked[1]!, s, 0), 12);
    }
  });
  it("always answering 1 scores the chance level 1/6 ≈ 0.167", () => {
    let mse = 0;
    let hit = 0;
    for (let s = 0; s < B; s++) {
      mse += (tg.value[s]! - 1) ** 2 / B;
      if (Math.abs(tg.value[s]! - 1) < 0.04) hit += 1 / B;
    }
    expect(task.chanceLoss).toBeCloseTo(0.1667, 4);
    expect(Math.abs(mse - task.chanceLoss)).toBeLessThan(0.01);
    expect(Math.abs(hit - task.chanceAccuracy)).toBeLessThan(0.015);
  });
});

describe("remember-bit", () => {
  const { task, tg, at } = draw("remember-bit", 20);
  it("shows the bit first, distractors between, the query last; the label is the bit", () => {
    expect(task.steps).toBe(21);
    for (let s = 0; s < 50; s++) {
      expect(at(0, s, tg.label[s]!)).toBe(1);
      expect(at(20, s, 5)).toBe(1);
      for (let t = 1; t < 20; t++) expect(at(t, s, 2) + at(t, s, 3) + at(t, s, 4)).toBe(1);
    }
    const ones = tg.label.reduce((a, v) => a + v, 0) / B;
    expect(Math.abs(ones - 0.5)).toBeLessThan(0.03);
    expect(task.chanceLoss).toBeCloseTo(Math.LN2, 12);
  });
});

describe("temporal-order", () => {
  const { task, tg, at } = draw("temporal-order", 100);
  it("labels the order of the two X/Y symbols, each class about a quarter", () => {
    const counts = [0, 0, 0, 0];
    for (let s = 0; s < B; s++) {
      expect(at(0, s, 0)).toBe(1);
      expect(at(99, s, 1)).toBe(1);
      const xy = Array.from({ length: 100 }, (_, t) => t).filter(
        (t) => at(t, s, 2) + at(t, s, 3) === 1,
      );
      expect(xy).toHaveLength(2);
      expect(xy[0]!).toBeGreaterThanOrEqual(10);
      expect(xy[0]!).toBeLessThanOrEqual(20);
      expect(xy[1]!).toBeGreaterThanOrEqual(50);
      expect(xy[1]!).toBeLessThanOrEqual(60);
      expect(tg.label[s]).toBe(2 * at(xy[0]!, s, 3) + at(xy[1]!, s, 3));
      counts[tg.label[s]!]!++;
    }
    for (const c of counts) expect(Math.abs(c / B - 0.25)).toBeLessThan(0.03);
    expect(task.chanceLoss).toBeCloseTo(Math.log(4), 12);
  });
});
