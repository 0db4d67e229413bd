/**
 * Calculations written in the learner's notation: a state's time as its argument ("h(t-1)"), a
 * derivative in words ("derivative of x_20 with respect to w"), a recurrent weight as a letter
 * given its value elsewhere, a steps-until question with several qualifiers, and working whose
 * shown digits reproduce the result they lead to; a written power's factor is what a bare
 * follow-up number replaces.
 */
import { describe, expect, it } from "vitest";
import { calculate } from "@/lib/tutor";
import { normaliseCalc } from "@/lib/tutor/answer/calc-normalise";
import { powerBase, workingNumber } from "@/lib/tutor/answer/calc-digits";
import { lastReply } from "./thread";

/** The bold result of a calculation, as a number. */
const result = (message: string) => {
  const text = calculate(message)?.text ?? "";
  return Number(/\*\*([-\d.e+]+)\*\*/.exec(text)?.[1]);
};
const near = (got: number, want: number) => expect(Math.abs(got / want - 1)).toBeLessThan(0.01);

describe("time written as an argument", () => {
  it.each([
    ["h(t) = 0.8 h(t-1)", "h_t = 0.8 h_{t-1}"],
    ["x(0) = 3 and x(25)", "x_0 = 3 and x_{25}"],
    ["dh(T)/dh(0)", "dh_T/dh_0"],
  ])("reads %s as subscripts", (message, want) => {
    expect(normaliseCalc(message).text).toBe(want);
  });

  it.each(["tanh(x) at 1", "s(1 - s) at s = 0.3", "sigmoid(2)"])("leaves %s alone", (message) => {
    expect(normaliseCalc(message).text).toBe(message);
  });

  it("computes a linear recurrence written with arguments", () => {
    near(result("linear unit h(t) = 0.88·h(t-1), how big is dh_T/dh_0 when T = 30?"), 0.88 ** 30);
  });
});

describe("a derivative said in words", () => {
  it("reads the length from the state it is taken of", () => {
    expect(normaliseCalc("the derivative of x_20 with respect to w").text).toBe("dx_20/dw");
    near(
      result(
        "recurrence x(t) = w·x(t-1) from x(0) = 0.5 with w = 1.05: derivative of x(20) wrt w?",
      ),
      20 * 1.05 ** 19 * 0.5,
    );
  });
});

describe("a recurrent weight written as a letter", () => {
  it("uses the weight's value at a fixed point", () => {
    // Each step multiplies by w·h(1 - h) = 3 × 0.2 × 0.8 = 0.48.
    near(
      result(
        "h_t = sigmoid(w h_{t-1} + b) with w = 3, b chosen so the unit stays at the fixed point 0.2; |dh_T/dh_0| for T = 5?",
      ),
      0.48 ** 5,
    );
  });
});

describe("steps until a level", () => {
  it("reads 'the least whole number of steps'", () => {
    // 0.7^n < 1e-3 first at n = 20 (0.7^19 ≈ 1.14e-3).
    expect(
      result(
        "with 0.7^n shrinking, what's the least whole number of steps n for it to go below 0.001?",
      ),
    ).toBe(20);
  });
});

describe("digits in the working", () => {
  it("keeps the digits a power needs to show its result", () => {
    expect(powerBase(1.125, 6)).toBe("1.125");
    expect(powerBase(0.5, 10)).toBe("0.5");
    const text = calculate(
      "tanh unit h_t = tanh(w h_{t-1} + b), w = 1.5, held at the fixed point h = 0.5: |dh_T/dh_0| after 8 steps?",
    )?.text;
    expect(text).toContain("1.125^{8}");
  });

  it("names the GRU's factor in the convention the learner wrote", () => {
    const swapped = calculate(
      "gru written h_t = z_t * n_t + (1 - z_t) * h_{t-1} with update bias -1: what fraction survives 20 steps back?",
    )?.text;
    expect(swapped).toContain("1 - z_t = 1 - \\sigma(-1)");
    expect(calculate("gru, update-gate bias 1.5: |dh_T/dh_0| over 60 steps?")?.text).toContain(
      "the update gate $z_t$",
    );
  });

  it("never shows a value just beside 1 as 1", () => {
    expect(workingNumber(0.99997)).toBe("0.99997");
    expect(workingNumber(0.123456)).toBe("0.1235");
    expect(workingNumber(1)).toBe("1");
  });
});

describe("a written power, then another factor", () => {
  it.each([
    [["the slides write 0.8^25 ≈ 3.8e-3", "and if it were 0.97"], 0.97 ** 25],
    [["compute 1.02^200", "and 1.01?"], 1.01 ** 200],
  ])("%j raises the new factor to the same power", async (messages, want) => {
    const reply = await lastReply(messages);
    expect(reply.intent).toBe("calculate");
    near(Number(/\*\*([-\d.e+]+)\*\*/.exec(reply.reply)?.[1]), want);
  });
});
