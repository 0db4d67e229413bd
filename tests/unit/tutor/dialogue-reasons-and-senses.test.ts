/**
 * A value said as a setting beats one a scenario's name implies ("the IRNN one" with another
 * init); a run or what-if whose course words mean something else (a garden gate, a hedge) goes
 * through relevance and runs nothing; "why?" after a yes/no reply opens with that reply's reason.
 */
import { describe, expect, it } from "vitest";
import { lastReply } from "./thread";

const FIX = "how-to-fix-vanishing-gradients";

describe("a value implied by a scenario's name", () => {
  it("yields to the value named as a setting", async () => {
    const reply = await lastReply(["please simulate the irnn one but using orthogonal init"]);
    expect(reply.plot?.scenarioId).toBe(FIX);
    expect(reply.plot?.params).toMatchObject({ recurrentInit: "orthogonal" });
  });

  it("reads the year in the name as the name, not as a number for some dial", async () => {
    const reply = await lastReply(["simulate the 1997 one but with the forget gate on"]);
    expect(reply.plot?.params).toMatchObject({ variant: "forget-gate" });
    expect(reply.reply).not.toMatch(/couldn't tell which setting/);
  });

  it("still sets the value when nothing else is named", async () => {
    const reply = await lastReply(["can you run the irnn demo"]);
    expect(reply.plot?.params).toMatchObject({ recurrentInit: "identity" });
  });
});

describe("course words in another sense in a run or what-if", () => {
  it.each([
    "what happens if I clip the lawn at 4 cm?",
    "simulate my front gate left open for 30 steps",
    "run it for my wooden gate with 2 hinges",
  ])("%s runs nothing and cites nothing", async (message) => {
    const reply = await lastReply([message]);
    expect(reply.plot).toBeUndefined();
    expect(reply.intent).toBe("off-topic");
    expect(reply.citations).toEqual([]);
  });

  it("keeps a run whose course words are meant in the course's sense", async () => {
    const reply = await lastReply(["what if the forget gate bias is 3 in the rnn vs lstm one?"]);
    expect(reply.intent).not.toBe("off-topic");
  });
});

describe("'why?' after a yes/no answer", () => {
  it("opens with the reason the answer gave", async () => {
    const [first, why] = await Promise.all([
      lastReply(["do LSTMs still need gradient clipping?"]),
      lastReply(["do LSTMs still need gradient clipping?", "why is that?"]),
    ]);
    expect(first.reply).toMatch(/^Yes: /);
    expect(why.reply).toMatch(/^Because /);
    expect(why.reply).toMatch(/hidden state/);
    expect(why.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });
});
