/**
 * A number said as a multiplier ("1.2 times an orthogonal matrix") is no value for a dial the
 * learner did not name; with linear units it is the per-step factor of a calculation, s^T. And a
 * standard deviation in a scenario with an input-size dial is the inputs' spread, and a dial
 * "zeroed out" is set to 0.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";

const ask = (message: string) => respond({ message, history: [] });

describe("a scaled orthogonal W", () => {
  it.each([
    [
      "W = 1.2 times an orthogonal matrix, linear network, T = 25. norm of the jacobian product?",
      "95.4",
    ],
    [
      "linear rnn, W is an orthogonal matrix scaled by 0.9, how much gradient after 20 steps?",
      "0.122",
    ],
  ])("%s -> s^T = %s", async (message, value) => {
    const reply = await ask(message);
    expect(reply.intent).toBe("calculate");
    expect(reply.reply).toContain(`**${value}**`);
  });

  it("leaves a tanh network to the simulation, with no stray dial", async () => {
    const reply = await ask("tanh rnn with W = 1.2 times an orthogonal matrix, 25 steps, run it");
    expect(reply.plot?.scenarioId).toBe("spectral-radius-sweep");
    expect(reply.plot?.params.steps).toBe(25);
    // 1.2 multiplies W; it is not the inputs' size (default 0.5).
    expect(reply.plot?.params.inputScale).toBe(0.5);
  });
});

describe("a standard deviation", () => {
  it("sets the inputs' size", async () => {
    const reply = await ask(
      "can u run the exploding scenario with big inputs, std 1.5, so the tanh saturates",
    );
    expect(reply.plot?.scenarioId).toBe("how-lstm-handles-exploding-gradients");
    expect(reply.plot?.params.inputScale).toBe(1.5);
    expect(reply.plot?.params.recurrentScale).toBe(1.3);
  });
});

describe("a dial said to be zeroed", () => {
  it.each([
    "run the full vs truncated comparison with the recurrent weights zeroed out",
    "full-vs-truncated demo, recurrent scale set to zero",
  ])("%s", async (message) => {
    const reply = await ask(message);
    expect(reply.plot?.scenarioId).toBe("why-lstm-gradients-do-not-vanish-backward");
    expect(reply.plot?.params.recurrentScale).toBe(0);
  });

  it("leaves the dial alone when nothing zeroes it", async () => {
    const reply = await ask("run the full vs truncated one");
    expect(reply.plot?.params.recurrentScale).toBe(1);
  });
});
