/**
 * Where WebAssembly is missing (or a Content-Security-Policy forbids compiling it), lib/sim
 * runs on the TypeScript kernel: same API, same results. Simulated by loading the modules
 * afresh with no WebAssembly global.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("without WebAssembly", () => {
  it("auto falls back to the TypeScript kernel, and forcing wasm says it is unavailable", async () => {
    const withWasm = await import("@/lib/sim");
    const spec = { model: "lstm", hiddenSize: 32, inputSize: 4, steps: 20, seed: 3 } as const;
    withWasm.setKernelEngine("auto");
    expect(withWasm.kernelEngine()).toBe("wasm");
    const reference = withWasm.trace(spec);

    vi.resetModules();
    vi.stubGlobal("WebAssembly", undefined);
    const sim = await import("@/lib/sim");
    expect(sim.kernelEngine()).toBe("ts");
    expect(() => sim.setKernelEngine("wasm")).toThrow(/not available/);
    expect(sim.trace(spec)).toStrictEqual(reference);
  });
});
