/**
 * "what would make it stop?" beside a growing gradient says what stops the growth (a per-step
 * factor below 1, saturation), not what clipping does; "and the GRU?" after a tanh RNN's
 * per-step Jacobian is the GRU's own factor along its copy path.
 */
import { describe, expect, it } from "vitest";
import { thread } from "./thread";

const PLOT = {
  lessonId: "how-lstm-handles-exploding-gradients",
  plot: { scenarioId: "how-lstm-handles-exploding-gradients", params: { recurrentScale: 1.5 } },
};

describe("what stops a growing gradient", () => {
  it("names the per-step factor below 1 with the plot's numbers", async () => {
    const [, second] = await thread(
      ["why does the unclipped curve shoot up like that?", "what would make it stop?"],
      PLOT,
    );
    const text = second?.reply ?? "";
    expect(text).toMatch(/per-step factor drops below 1/);
    expect(text).toContain("1.5");
    expect(text).toMatch(/saturat/i);
    expect(text).toMatch(/caps the update's length, not the gradient through time/);
    expect(text.startsWith("Clipping")).toBe(false);
  });

  it("leaves a shrinking run to the course's answer", async () => {
    const [, second] = await thread(
      ["why does the curve fall like that?", "what would make it stop?"],
      { ...PLOT, plot: { ...PLOT.plot, params: { recurrentScale: 0.8 } } },
    );
    expect(second?.reply ?? "").not.toMatch(/per-step factor drops below 1/);
  });
});

describe("a model swapped with its modifier", () => {
  it("reads 'and the GRU?' after a tanh RNN as the GRU's own per-step factor", async () => {
    const [, second] = await thread(["whats the per-step jacobian of a tanh rnn", "and the GRU?"]);
    expect(second?.citations[0]?.id).toBe("gru");
    expect(second?.reply).toContain("\\operatorname{diag}(z_t)");
    expect(second?.reply).not.toMatch(/tanh GRU/i);
  });
});
