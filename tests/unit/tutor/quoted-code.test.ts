/**
 * Code the learner quotes is read as their code: its keyword arguments are not settings asked
 * for a run, and its numbers are not a gate's bias.
 */
import { describe, expect, it } from "vitest";
import { sigmoid } from "@/lib/sim";
import { respond } from "@/lib/tutor";
import { biasValue, factorText } from "@/lib/tutor/answer/bias-what-if";
import { withoutQuotedCode } from "@/lib/tutor/numbers";

const ask = (message: string) => respond({ message }, { chatSeed: "t", attemptSeed: "t" });

describe("quoted code", () => {
  it("blanks a call's arguments and a backticked span", () => {
    expect(withoutQuotedCode("my nn.GRU(10, hidden_size=128) and `lr=3e-4` both")).not.toMatch(
      /\d/,
    );
    expect(withoutQuotedCode("forget bias 2 please")).toBe("forget bias 2 please");
  });

  it("does not read a layer's sizes as the forget bias", () => {
    expect(biasValue("where is the forget bias in torch.nn.LSTM(16, 256, num_layers=2)?")).toBe(
      undefined,
    );
    expect(biasValue("what if the forget bias is 2?")).toMatchObject({ gate: "forget", value: 2 });
  });

  it("answers how to set a bias in code instead of running a scenario", async () => {
    const reply = await ask(
      "where do i put the forget bias? my layer is nn.LSTM(input_size=8, hidden_size=48, batch_first=True)",
    );
    expect(reply.intent).not.toBe("simulate");
    expect(reply.plot).toBeUndefined();
    expect(reply.citations[0]?.id).toBe("why-lstm-solves-vanishing-gradients");
  });

  it("writes a factor too close to 1 for twelve digits as 1 minus its gap", () => {
    expect(factorText(sigmoid(32))).toBe("1 - 1.3 \\times 10^{-14}");
    expect(factorText(sigmoid(8))).toBe("0.99966");
  });
});
