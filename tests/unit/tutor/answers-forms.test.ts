/**
 * Replies composed for the question's form: the value and sign of a gate bias the learner gives,
 * a purpose question answered by the problem (not by what the thing does not do), a comparison
 * of symbols ("c_t vs h_t") read as the objects they name, and the development two thirds of
 * wordings/answer-forms.json, written before these rules, held at their measured share.
 */
import { describe, expect, it } from "vitest";
import { respond } from "@/lib/tutor";
import {
  biasValue,
  biasWhatIfOpening,
  factorText,
  agreesWith,
} from "@/lib/tutor/answer/bias-what-if";
import { compareSides } from "@/lib/tutor/answer/compare";
import { asksPurpose } from "@/lib/tutor/answer/question-form";
import { withSymbolNames } from "@/lib/tutor/retrieval/symbols";
import { devMisses } from "./wordings/split-floors";

const ask = (message: string) => respond({ message }, {});

describe("a gate bias given a value", () => {
  it.each([
    ["what if the forget bias were -2?", "forget", -2],
    ["what happens with a forget bias of 8", "forget", 8],
    ["what if b_f = 0.5", "forget", 0.5],
    ["suppose the GRU's update-gate bias starts at minus 4", "update", -4],
  ])("reads %j", (message, gate, value) => {
    expect(biasValue(message)).toEqual({ gate, value });
  });

  it("reads a sign in words as a strong bias of that sign, and says so", () => {
    const message = "what if the update bias is large and negative";
    expect(biasValue(message)).toEqual({ gate: "update", value: -3, assumed: true });
    expect(biasWhatIfOpening(message, "what-if")).toMatch(
      /a strongly negative update-gate bias, say -3,/,
    );
  });

  it("reads no value where none is given to a bias", () => {
    expect(biasValue("what does the forget bias do?")).toBeUndefined();
    expect(biasValue("what if the forget gate sits at 0.5")).toBeUndefined();
  });

  it("answers a negative bias as negative, worked with σ", () => {
    const reply = biasWhatIfOpening("what if the forget bias were -2?", "what-if") ?? "";
    expect(reply).toContain(String.raw`\sigma(-2) \approx 0.12`);
    expect(reply).toMatch(/negative bias/);
    expect(reply).not.toMatch(/positive bias/);
  });

  it("keeps the digits that tell a factor near 1 from 1", () => {
    expect(factorText(1 / (1 + Math.exp(-8)))).toBe("0.99966");
    expect(factorText(0.5)).toBe("0.5");
  });

  it("drops course sentences about the other sign or another value", () => {
    const asked = { gate: "update" as const, value: -3 };
    expect(agreesWith("A positive bias on the update gate pushes z towards 1.", asked)).toBe(false);
    expect(agreesWith("With b_f = 5, about 0.51 survives.", { gate: "forget", value: 8 })).toBe(
      false,
    );
    expect(agreesWith("Keeping and writing are coupled through the update gate.", asked)).toBe(
      true,
    );
  });

  it("the GRU's negative update bias is answered on the negative side", async () => {
    const r = await ask("what if a GRU's update bias is very negative, say -5?");
    expect(r.citations[0]?.id).toBe("gru");
    expect(r.reply).toContain(String.raw`\sigma(-5) \approx 6.7 \times 10^{-3}`);
    expect(r.reply).not.toMatch(/A positive bias on the update gate/);
  });
});

describe("purpose questions", () => {
  it.each([
    ["what problem does the GRU address?", true],
    ["what was gradient clipping introduced for?", true],
    ["what is the output gate for?", true],
    ["what does the output gate do?", false],
  ])("%j asks for a purpose: %s", (message, expected) => {
    expect(asksPurpose(message)).toBe(expected);
  });

  it("opens on the problem, not on what the LSTM does not do", async () => {
    const r = await ask("which problem were LSTMs originally made to fix?");
    expect(r.reply).not.toMatch(/^The LSTM does not/);
    expect(r.reply.split("\n\n")[0]).toMatch(/long/);
  });
});

describe("comparisons of symbols", () => {
  it("names step-t symbols, not formulas' c_{t-1}", () => {
    expect(withSymbolNames("c_t vs h_t")).toBe("c_t (cell state) vs h_t (hidden state)");
    expect(withSymbolNames("c_{t-1}")).toBe("c_{t-1}");
  });

  it("splits the two sides and drops what they share", () => {
    const [a, b] = compareSides("is the cell state the same as the hidden state?") ?? [];
    expect(a?.has("cell")).toBe(true);
    expect(b?.has("hidden")).toBe(true);
    expect(a?.has("stat")).toBe(false);
  });

  it("answers h_t against c_t from the course, on topic", async () => {
    const r = await ask("h_t versus c_t?");
    expect(r.intent).toBe("explain");
    expect(r.reply).toMatch(/c_t/);
    expect(r.reply).toMatch(/h_t/);
  });
});

describe("answer-forms wordings (development two thirds)", () => {
  it("holds its measured share", async () => {
    const { total, misses } = await devMisses("tests/unit/tutor/wordings/answer-forms.json");
    // Measured 15/20 by phrase both before and after the rules (read by hand, 11 → 14 answer
    // the question); the floor is that count.
    expect(total - misses.length, misses.join("\n")).toBeGreaterThanOrEqual(15);
  });
});
