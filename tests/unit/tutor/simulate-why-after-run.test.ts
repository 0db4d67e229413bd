/**
 * "Why?" right after a run is about the run's curve: what sets the per-step factor at the values
 * it ran with, then the course's reason, cited from the run's own lesson. A dial the scenario
 * ignores at its defaults (the forget bias on the 1997 cell) does not pick that scenario.
 */
import { describe, expect, it } from "vitest";
import { lastReply } from "./thread";

describe("'why?' after a run", () => {
  it("says the sigmoid's derivative bound after a sweep with sigmoid", async () => {
    const reply = await lastReply(["run the radius sweep using sigmoid units", "how come?"]);
    expect(reply.intent).toBe("explain");
    expect(reply.reply).toMatch(/1\/4|0\.25/);
    expect(reply.citations[0]?.id).toBe("bptt-basics");
  });

  it("gives the forget gate's per-step factor after a forget-bias run", async () => {
    const reply = await lastReply(["run the rnn vs lstm one with a forget bias of 3", "why?"]);
    expect(reply.intent).toBe("explain");
    // σ(3) = 0.95257, written with the digits its power over the run needs
    expect(reply.reply).toMatch(/0\.9525/);
    expect(reply.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
  });
});

describe("a dial the scenario ignores at its defaults", () => {
  it("runs the forget bias where a forget gate exists", async () => {
    const reply = await lastReply(["show me a forget bias of minus one"]);
    expect(reply.plot?.params).toMatchObject({ forgetBias: -1 });
    expect(reply.plot?.params.variant).not.toBe("lstm-1997");
  });
});
