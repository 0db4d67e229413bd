import { describe, expect, it } from "vitest";
import { isComplete, toResponse } from "@/app/_components/quiz/ResponseField";
import { GradingInputError, ResponseInput } from "@/lib/learning/grading";
import { parseNumberText } from "@/lib/learning/number-text";

describe("parseNumberText", () => {
  it.each([
    ["3,7e-5", 3.7e-5],
    ["3.7e-5", 3.7e-5],
    [" 0,125 ", 0.125],
    ["-2,5", -2.5],
    ["\u22120.5", -0.5],
    ["7", 7],
    [",5", 0.5],
    ["1e3", 1000],
    ["12,5E+2", 1250],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", /Type a number/],
    ["1,234.5", /either a decimal point or a decimal comma/],
    ["1,500", /could mean 1\.500 or 1500/],
    ["abc", /Not a number/],
    ["1,2,3", /Not a number/],
    ["1e999", /too large/],
  ])("refuses %j and says why", (text, problem) => {
    const parsed = parseNumberText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});

describe("the quiz form and the API agree", () => {
  const draft = (value: string) => ({ type: "numeric", value });

  it("enables Submit for a decimal comma and sends the number", () => {
    expect(isComplete(draft("3,7e-5"))).toBe(true);
    expect(toResponse(draft("3,7e-5"))).toEqual({ type: "numeric", value: 3.7e-5 });
    expect(isComplete(draft("1,500"))).toBe(false);
    expect(isComplete(draft(""))).toBe(false);
  });

  it("accepts the same text on the server, and names the field otherwise", () => {
    expect(ResponseInput.parse({ type: "numeric", value: "3,7e-5" })).toEqual({
      type: "numeric",
      value: 3.7e-5,
    });
    const bad = ResponseInput.safeParse({ type: "numeric", value: "1,234.5" });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      const error = GradingInputError.fromZod(bad.error);
      expect(error.status).toBe(400);
      expect(error.fields).toEqual({
        value: expect.stringMatching(/decimal point or a decimal comma/) as unknown,
      });
    }
  });
});
