// Imports point one way (eslint.config.mjs checks each folder's arrows); this checks the
// other half of that promise: no file reaches itself again through its imports.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph, sourceFiles } from "@/tests/support/import-graph";

const ROOT = path.resolve(__dirname, "../../..");
const relative = (file: string) => path.relative(ROOT, file);

describe("the import graph", () => {
  it("has no cycle among lib/, app/ and proxy.ts", () => {
    const files = [...sourceFiles(ROOT, ["lib", "app"]), path.join(ROOT, "proxy.ts")];
    const graph = importGraph(ROOT, files);
    expect(graph.size).toBeGreaterThan(200);
    const cycles = importCycles(graph).map((cycle) => cycle.map(relative).sort());
    expect(cycles).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
      ["e", ["e"]],
    ]);
    expect(importCycles(graph).map((c) => [...c].sort())).toEqual([["a", "b", "c"], ["e"]]);
  });
});
