/**
 * Where training runs (several GPUs, data-parallel wrappers) is not what the course teaches,
 * even with a course function in the question; the function on its own stays on topic.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";

describe("distributed training is not covered", () => {
  it.each([
    "does clip_grad_norm_ need to be called on every rank with FSDP?",
    "how should gradient clipping work on multi-gpu data parallel training",
    "clipping the norm across 8 gpus, any pitfalls?",
  ])("%j gets an honest 'not covered' without sources", async (message) => {
    const r = await respond({ message });
    expect(r.intent).toBe("off-topic");
    expect(r.citations).toEqual([]);
    expect(r.reply).toMatch(/distributed training/);
  });

  it("keeps the course's own clipping question on topic", async () => {
    const r = await respond({ message: "where does clip_grad_norm_ go in the training loop?" });
    expect(r.intent).not.toBe("off-topic");
    expect(r.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });
});
