import { describe, expect, it } from "vitest";
import { ReturnPath, safeReturnPath } from "@/lib/http/return-path";

describe("safeReturnPath: where sign-in and sign-up send people back", () => {
  it.each([
    ["/lessons/bptt-basics", "/lessons/bptt-basics"],
    ["/lessons/bptt-basics#quiz", "/lessons/bptt-basics#quiz"],
    ["/lab/exploding?steps=50&clip=1", "/lab/exploding?steps=50&clip=1"],
    ["/join/DEMO2026", "/join/DEMO2026"],
    ["/", "/"],
    // Dot segments resolve on this site and cannot climb out of it.
    ["/a/../../review", "/review"],
  ])("keeps the same-site path %s", (raw, kept) => {
    expect(safeReturnPath(raw)).toBe(kept);
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["absolute https", "https://evil.example/"],
    ["absolute http", "http://evil.example"],
    ["javascript scheme", "javascript:alert(1)"],
    ["backslash after the slash", "/\\evil.example"],
    ["backslashes only", "\\\\evil.example"],
    ["backslash later in the path", "/lessons\\..\\x"],
    ["tab between the slashes", "/\t/evil.example"],
    ["newline", "/lessons\n/x"],
    ["relative path", "lessons/x"],
    ["empty", ""],
    ["the sign-in page (a loop)", "/sign-in"],
    ["the sign-up page (a loop)", "/sign-up?next=/x"],
    ["too long", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_name, raw) => {
    expect(safeReturnPath(raw)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(["/a"])).toBeNull();
    expect(safeReturnPath(42)).toBeNull();
  });

  it("as a form field: a bad value becomes undefined (the default landing page), not an error", () => {
    expect(ReturnPath.parse("//evil.example")).toBeUndefined();
    expect(ReturnPath.parse(undefined)).toBeUndefined();
    expect(ReturnPath.parse("/progress")).toBe("/progress");
  });
});
