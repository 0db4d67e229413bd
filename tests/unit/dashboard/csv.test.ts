import { describe, expect, it } from "vitest";
import { toCsv, type Cell } from "@/lib/services/dashboard/csv";

const one = (value: Cell) =>
  toCsv([{ header: "v", value: (row: { v: Cell }) => row.v }], [{ v: value }]).split("\r\n")[1];

describe("dashboard CSV cells", () => {
  it.each([
    ["x;=1+1", '"x;=1+1"'],
    ["a,b", '"a,b"'],
    ["a\tb", '"a\tb"'],
    ["a\rb", '"a\rb"'],
    ["a\nb", '"a\nb"'],
    ['say "hi"', '"say ""hi"""'],
  ])("quotes %j, which holds a separator, a line break or a quote", (value, expected) => {
    expect(one(value)).toBe(expected);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", '"\'\t=1"'],
    ["=1;2", '"\'=1;2"'],
  ])("neutralises the leading character of %j", (value, expected) => {
    expect(one(value)).toBe(expected);
  });

  it("leaves plain text, numbers, booleans, dates and nulls as they are", () => {
    expect(one("Ada Lovelace")).toBe("Ada Lovelace");
    expect(one(-0.5)).toBe("-0.5");
    expect(one(true)).toBe("true");
    expect(one(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
    expect(one(null)).toBe("");
  });
});
