/**
 * Run requests worded loosely: the dial's measure said between its name and its value ("noise
 * of size 0.4"), a count that points back to its unit ("blocks, 25 of them") and an order that
 * opens with "show" even when a later verb looks finite ("make it 80 long"), and a choice value
 * said of another part of the network than its dial's ("the tanh chain" beside the stacks'
 * activation) sets nothing.
 */
import { describe, expect, it } from "vitest";
import { getScenario } from "@/lib/sim";
import { extractParams } from "@/lib/tutor/simulate/extract";
import { lastReply } from "./thread";

const params = (id: string) => getScenario(id)?.params ?? {};

describe("a dial's measure between its name and its value", () => {
  it.each([
    ["latch task with distractors of magnitude 0.4", 0.4],
    ["the store-a-bit run, distractors at a level of 1.5", 1.5],
    ["remember the bit with distractors size 0.8 please", 0.8],
  ])("%s sets the distractors", (message, want) => {
    const got = extractParams(message, params("what-problem-lstm-solves"));
    expect(got.values.distractors).toBe(want);
    expect(got.unassigned).toEqual([]);
  });

  it("reads a threshold given with the word value", () => {
    const got = extractParams(
      "clipping threshold value of 4",
      params("how-lstm-handles-exploding-gradients"),
    );
    expect(got.values.clipThreshold).toBe(4);
  });

  it("runs the named scenario from a bare list of settings", async () => {
    const reply = await lastReply(["remember-a-bit task, distractors of size 0.9"]);
    expect(reply.plot?.scenarioId).toBe("what-problem-lstm-solves");
    expect(reply.plot?.params).toMatchObject({ distractors: 0.9, forgetBias: 5 });
  });
});

describe("a count that points back to its unit", () => {
  it("gives the depth said as 'N of them'", () => {
    const got = extractParams(
      "residual vs plain stacks with tanh layers, just 25 of them",
      params("how-to-fix-vanishing-gradients"),
    );
    expect(got.values).toMatchObject({ stackActivation: "tanh", depth: 25 });
    expect(got.unassigned).toEqual([]);
  });

  it("leaves 'of them' without a unit before it unassigned", () => {
    const got = extractParams("the gates, 3 of them", params("gru-vs-lstm"));
    expect(got.values.steps).toBeUndefined();
  });
});

describe("an order that opens with show", () => {
  it("runs it even when a later clause says make", async () => {
    const reply = await lastReply([
      "show the exploding rnn at recurrent scale 2.5 and make the sequence 80 long",
    ]);
    expect(reply.intent).toBe("simulate");
    expect(reply.plot?.scenarioId).toBe("how-lstm-handles-exploding-gradients");
    expect(reply.plot?.params).toMatchObject({ recurrentScale: 2.5, steps: 80 });
  });
});

describe("a choice value said of another part of the network", () => {
  const fix = () => params("how-to-fix-vanishing-gradients");

  it("leaves the stacks' activation alone for a curve of the recurrent chain", () => {
    const got = extractParams("look at the sigmoid chain with identity init over 60 steps", fix());
    expect(got.values.stackActivation).toBeUndefined();
    expect(got.values).toMatchObject({ recurrentInit: "identity" });
  });

  it("still sets it when said of the stack's layers", () => {
    const got = extractParams("the plain stack with tanh blocks, 40 deep", fix());
    expect(got.values.stackActivation).toBe("tanh");
  });

  it("still sets a dial that belongs to no part", () => {
    const got = extractParams("sweep with a sigmoid rnn", params("spectral-radius-sweep"));
    expect(got.values.activation).toBe("sigmoid");
  });
});
