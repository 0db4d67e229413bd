import { describe, expect, it } from "vitest";
import { paramsToSearch } from "@/app/_components/plot/url-state";
import { fixtureDefinition } from "./fixtures";

const defs = fixtureDefinition.params;

describe("paramsToSearch", () => {
  it("writes only values that differ from the defaults", () => {
    expect(paramsToSearch({ forgetBias: 1, steps: 50 }, defs, "")).toBe("");
    expect(paramsToSearch({ forgetBias: 2.5, steps: 50 }, defs, "")).toBe("?forgetBias=2.5");
  });

  it("removes a parameter set back to its default and keeps unrelated keys", () => {
    expect(paramsToSearch({ forgetBias: 1, steps: 80 }, defs, "?forgetBias=3&from=lesson")).toBe(
      "?from=lesson&steps=80",
    );
  });
});
