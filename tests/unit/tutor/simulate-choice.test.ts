/**
 * Which scenario and which values a run request means: a dial only one scenario has ("the bit")
 * picks it over one that only shares the model; "the 1997 truncation" names the gradient rule,
 * not the cell; "recurrent weights" is the recurrent scale; "input" is the input size but "input
 * gate" is not. Wordings of our own.
 */
import { describe, expect, it } from "vitest";
import { getScenario } from "@/lib/sim";
import { findMentions } from "@/lib/tutor/simulate/mentions";
import { lastReply } from "./thread";

const params = (id: string) => getScenario(id)?.params ?? {};

describe("mentions", () => {
  it("reads 'input' as the input size, not in 'input gate'", () => {
    const sweep = params("spectral-radius-sweep");
    expect(findMentions("with the input at 0", sweep).map((m) => m.key)).toContain("inputScale");
    expect(findMentions("the input gate opens", sweep).map((m) => m.key)).not.toContain(
      "inputScale",
    );
  });

  it("does not read the 1997 truncation as the 1997 cell", () => {
    const full = params("why-lstm-gradients-do-not-vanish-backward");
    const values = (m: string) => findMentions(m, full).map((x) => x.value);
    expect(values("the 1997 truncated gradient with a forget gate")).toEqual(["forget-gate"]);
    expect(values("run the 1997 lstm")).toEqual(["lstm-1997"]);
  });
});

describe("run requests", () => {
  it("runs the remember-a-bit scenario when the bit is named, with the cell asked for", async () => {
    const reply = await lastReply(["keep the bit for 150 steps with the 1997 lstm"]);
    expect(reply.plot?.scenarioId).toBe("what-problem-lstm-solves");
    expect(reply.plot?.params).toMatchObject({ steps: 150, variant: "lstm-1997" });
  });

  it("sets the recurrent scale from 'recurrent weights'", async () => {
    const reply = await lastReply(["full against truncated gradient, recurrent weights at 0.5"]);
    expect(reply.plot?.scenarioId).toBe("why-lstm-gradients-do-not-vanish-backward");
    expect(reply.plot?.params.recurrentScale).toBe(0.5);
  });

  it("keeps the forget-gate cell when the 1997 truncation is compared on it", async () => {
    const reply = await lastReply(["full bptt vs the 1997 truncation, with a forget gate, bias 3"]);
    expect(reply.plot?.params).toMatchObject({ variant: "forget-gate", forgetBias: 3 });
  });
});

describe("a scenario named by its id's words", () => {
  it("runs the GRU comparison for 'run gru vs lstm'", async () => {
    const reply = await lastReply(["run gru vs lstm"]);
    expect(reply.intent).toBe("simulate");
    expect(reply.plot?.scenarioId).toBe("gru-vs-lstm");
  });
});
