import { describe, expect, it } from "vitest";
import { withoutLookarounds } from "@/lib/content/regex-source";

describe("withoutLookarounds", () => {
  it("drops negative look-arounds only, or all of them", () => {
    const source = String.raw`clip(?![^?.]*explo)\w* (?<!not )fix(?=es) (?<=a)b`;
    expect(withoutLookarounds(source, "negative")).toBe(String.raw`clip\w* fix(?=es) (?<=a)b`);
    expect(withoutLookarounds(source, "all")).toBe(String.raw`clip\w* fix b`);
  });

  it("skips nested groups inside a look-around", () => {
    expect(withoutLookarounds("a(?!(b|c)d)e", "negative")).toBe("ae");
  });

  it("keeps escaped parentheses, which open no group", () => {
    expect(withoutLookarounds(String.raw`f\(?!x\) g`, "all")).toBe(String.raw`f\(?!x\) g`);
  });
});
