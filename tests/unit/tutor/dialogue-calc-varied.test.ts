/**
 * A calculation's follow-up that changes one value: a length said as "over N" or as the step a
 * derivative is taken at, an activation's point, and a scaling of the bias or of "it" (the
 * calculation's main input). "Keep half" is a share, not a halving.
 */
import { describe, expect, it } from "vitest";
import { sigmoid } from "@/lib/sim";
import { lastReply } from "./thread";

const bold = (text: string) => Number(/\*\*([-\d.e+]+)\*\*/.exec(text)?.[1]);
const near = (got: number, want: number) => expect(Math.abs(got / want - 1)).toBeLessThan(0.01);

describe("the length changed", () => {
  it("reads 'over N' as the new length", async () => {
    const reply = await lastReply([
      "how much of the cell gradient is left with forget bias 1.5 over 20 steps?",
      "and over 90?",
    ]);
    near(bold(reply.reply), sigmoid(1.5) ** 90);
  });

  it("moves the step a derivative is taken at", async () => {
    const reply = await lastReply([
      "x_t = 1.1 x_{t-1} with x_0 = 2: what is dx_15/dw?",
      "and after 25 steps?",
    ]);
    near(bold(reply.reply), 25 * 1.1 ** 24 * 2);
  });
});

describe("the point changed", () => {
  it("evaluates the activation's derivative at the new point", async () => {
    const reply = await lastReply(["slope of tanh at 0.3", "and at 2.5?"]);
    near(bold(reply.reply), 1 - Math.tanh(2.5) ** 2);
  });
});

describe("a value scaled", () => {
  it("doubles the bias the learner names", async () => {
    const reply = await lastReply([
      "forget bias 1.5, 40 steps: what share survives along the cell?",
      "double the bias",
    ]);
    near(bold(reply.reply), sigmoid(3) ** 40);
  });

  it("halves the main input for 'halve it'", async () => {
    const reply = await lastReply([
      "gru with update bias 3: how much of the gradient gets through the copy path over 60 steps?",
      "halve it",
    ]);
    near(bold(reply.reply), sigmoid(1.5) ** 60);
  });

  it("does not halve anything when asked which bias keeps half", async () => {
    const reply = await lastReply([
      "forget bias 2 and 200 steps: how much is left on the cell path?",
      "which bias would keep half?",
    ]);
    const gate = 0.5 ** (1 / 200);
    near(bold(reply.reply), Math.log(gate / (1 - gate)));
  });
});
