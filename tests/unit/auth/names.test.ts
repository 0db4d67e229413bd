import { describe, expect, it } from "vitest";
import { SignUpInput } from "@/lib/auth/schemas";
import { CreateClassInput, UpdateClassInput } from "@/lib/contracts/classes";

const person = (name: string) =>
  SignUpInput.safeParse({ name, email: "ada@example.com", password: "long enough 1" });
const messageOf = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("names people type", () => {
  it.each([
    ["zero-width spaces", "\u200B\u200B"],
    ["a zero-width joiner and a BOM", "\u200D\uFEFF"],
    ["Hangul fillers", "\u3164\u3164"],
    ["a lone combining mark", "\u0301"],
  ])("refuses a name made only of %s", (_label, name) => {
    expect(messageOf(person(name))).toBe(
      "Names must contain visible letters, digits or symbols, not only invisible characters.",
    );
    expect(messageOf(CreateClassInput.safeParse({ name }))).toMatch(
      /^A class name must contain visible letters/,
    );
  });

  it.each(["Ada\u202Egnp.exe", "\u2066Ada\u2069", "\u202AAda"])(
    "refuses bidirectional overrides and isolates in %j",
    (name) => {
      expect(messageOf(person(name))).toMatch(/text-direction control characters/);
      expect(messageOf(UpdateClassInput.safeParse({ name }))).toMatch(
        /text-direction control characters/,
      );
    },
  );

  it("refuses control characters such as line breaks", () => {
    expect(messageOf(person("Ada\nLovelace"))).toMatch(/control characters/);
  });

  it.each(["Ada Lovelace", "محمد\u200F", "अर्जुन", "Zoë 👩\u200D🔬", "李雷", "O'Brien-Smith"])(
    "accepts %j",
    (name) => {
      expect(person(name).success).toBe(true);
    },
  );

  it("still asks for an empty name first", () => {
    expect(messageOf(person("   "))).toBe("Enter your name.");
  });
});
