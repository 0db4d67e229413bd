// Generic faults seen while reading replies after a held-out run: a symptom said to be absent in
// other words ("nothing is nan"), a paper's year guessed onto a dial, and a tagged yes/no claim
// ("…0.5 right? yes/no") run as a simulation because it names a dial.
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import { lastReply } from "./thread";
import { symptomRegime } from "@/lib/tutor/retrieval/symptoms";
import { extractParams } from "@/lib/tutor/simulate/extract";
import { getScenario } from "@/lib/sim";

describe("symptoms in a learner's report", () => {
  it("reads 'nothing is nan' as no NaN, and tiny gradients a few words on as vanishing", () => {
    expect(
      symptomRegime(
        "it only ever seems to use the last couple of sentences. grads for the early tokens look tiny but nothing is nan",
      ),
    ).toBe("vanishing");
    expect(symptomRegime("never goes nan, and the gradient norms are tiny")).toBe("vanishing");
    expect(symptomRegime("the loss spikes and then goes nan")).toBe("exploding");
  });

  it("diagnoses such a report as vanishing, not exploding", async () => {
    const reply = await respond({
      message:
        "my rnn only ever seems to use the last couple of sentences of a review. grads for the early tokens look tiny but nothing is nan. what's up",
    });
    expect(reply.reply).toMatch(/vanishing/);
    expect(reply.reply).not.toMatch(/sounds like \*\*an exploding/);
  });
});

describe("numbers that are not settings", () => {
  const gru = getScenario("gru-vs-lstm");
  if (!gru) throw new Error("no gru-vs-lstm scenario");

  it("never guesses a year onto a dial, while a named dial still takes any value it allows", () => {
    expect(
      extractParams("chung et al 2014 equations, update bias 4", gru.params).unassigned,
    ).toEqual([]);
    expect(extractParams("seed 2014", gru.params).values.seed).toBe(2014);
  });

  it("answers a claim tagged 'right? yes/no' instead of running it", async () => {
    const reply = await respond({
      message: "with forget bias 0 the forget gate starts around 0.5 right? yes/no",
    });
    expect(reply.intent).not.toBe("simulate");
    expect(reply.reply).not.toMatch(/couldn't tell which setting/);
    expect(reply.reply).toMatch(/0\.5/);
  });
});

describe("calculations in more notations", () => {
  const answer = async (message: string) => (await respond({ message })).reply;
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

  it("reads 'the logistic sigmoid' and Leibniz's d/dx", async () => {
    const s2 = sigmoid(2) * (1 - sigmoid(2));
    expect(await answer("derivative of the logistic sigmoid at a = 2")).toContain(
      `**${s2.toPrecision(3)}**`,
    );
    const t = 1 - Math.tanh(0.5) ** 2;
    expect(await answer("d/dx tanh(x) at x = 0.5 ?")).toContain(`**${t.toPrecision(3)}**`);
  });

  it("computes W = sQ with the scale given as a symbol", async () => {
    const reply = await answer(
      "W = sQ with Q orthogonal, linear units, s = 0.9 and T = 20: ||dh_T/dh_0||?",
    );
    expect(reply).toContain(`**${(0.9 ** 20).toPrecision(3)}**`);
  });

  it("takes a state said to stay at a value as the fixed point", async () => {
    const reply = await answer(
      "h_t = tanh(1.2 h_{t-1} + b) with b chosen so that h stays at 0.5 forever, |dh_6/dh_0|?",
    );
    expect(reply).toContain(`**${((1.2 * 0.75) ** 6).toPrecision(3)}**`);
  });
});

describe("terse follow-ups on a thread", () => {
  const last = (messages: string[]) => lastReply(messages);

  it("reads a bare 'fix?' as asking for the thread's remedy", async () => {
    const reply = await last([
      "my loss goes NaN now and then and the grad norm spikes right before",
      "fix?",
    ]);
    expect(reply.intent).not.toBe("off-topic");
    expect(reply.reply).toMatch(/clip/i);
  });

  it("fills in the symbols the last question left open", async () => {
    const reply = await last([
      "if W = sQ with Q orthogonal, what's ||dh_T/dh_0|| for a linear rnn?",
      "with s = 1.1 and T = 30?",
    ]);
    expect(reply.reply).toContain(`**${(1.1 ** 30).toPrecision(3)}**`);
  });
});
