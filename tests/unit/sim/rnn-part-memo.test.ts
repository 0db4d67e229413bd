/** The RNN-against-LSTM scenario reuses its RNN across forget-bias moves, changing nothing. */
import { beforeEach, describe, expect, it } from "vitest";
import { runScenario } from "@/lib/sim";
import { BoundedMemo } from "@/lib/sim/scenarios/memo";
import { rnnPartMemo } from "@/lib/sim/scenarios/why-lstm-solves-vanishing";

const ID = "why-lstm-solves-vanishing-gradients";
const run = (params: Record<string, string>) => runScenario(ID, params);
/** The same run computed from nothing: what the scenario gave before it kept the RNN. */
const fresh = (params: Record<string, string>) => {
  rnnPartMemo.clear();
  return run(params);
};

describe("RNN part memo", () => {
  beforeEach(() => rnnPartMemo.clear());

  it("gives the same result for a forget-bias move as a run from nothing", () => {
    const base = { steps: "120", hiddenSize: "12", seed: "7" };
    run({ ...base, forgetBias: "0.5" });
    for (const forgetBias of ["3", "-2", "0.5"]) {
      const reused = run({ ...base, forgetBias });
      // The RNN was served from the memo: one entry for the one seed, width and length.
      expect(rnnPartMemo.size).toBe(1);
      expect(reused).toEqual(fresh({ ...base, forgetBias }));
    }
  });

  it("recomputes the RNN when the seed, the width or the length changes", () => {
    const base = { steps: "60", hiddenSize: "8", seed: "3", forgetBias: "1" };
    run(base);
    for (const change of [{ seed: "4" }, { hiddenSize: "9" }, { steps: "61" }]) {
      const changed = run({ ...base, ...change });
      expect(changed).toEqual(fresh({ ...base, ...change }));
      // The RNN part differs, so a wrongly shared entry would have shown above.
      expect(changed.caption).not.toEqual(fresh(base).caption);
    }
  });
});

describe("BoundedMemo", () => {
  it("computes once per key and forgets the least recently used past its capacity", () => {
    const memo = new BoundedMemo<number>(2);
    let calls = 0;
    const value = (key: string) => memo.get(key, () => (calls++, key.length));
    value("a");
    value("bb");
    value("a"); // now "bb" is the oldest
    value("ccc"); // evicts "bb"
    expect(calls).toBe(3);
    expect(memo.size).toBe(2);
    value("a");
    expect(calls).toBe(3);
    value("bb");
    expect(calls).toBe(4);
  });
});
