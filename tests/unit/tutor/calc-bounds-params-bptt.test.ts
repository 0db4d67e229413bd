/**
 * The calculators for Pascanu's bound, a recurrent layer's parameter count and a one-unit BPTT by
 * hand, and the readings they depend on: each gives the exact number with its working, and
 * declines (no number) when the message leaves out something the answer needs.
 */
import { describe, expect, it } from "vitest";
import { rnnBackward, rnnForward } from "@/lib/sim";
import { calculate } from "@/lib/tutor/answer/calc";
import { normaliseCalc } from "@/lib/tutor/answer/calc-normalise";

const bold = (text: string | undefined) => /\*\*([^*]+)\*\*/.exec(text ?? "")?.[1];

describe("Pascanu's per-step bound", () => {
  it("takes γ from the named unit and raises γ·σ_max to the gap", () => {
    const c = calculate(
      "tanh rnn, largest singular value of W is 1.2: what bound does gamma*sigma_max give over 5 steps?",
    );
    expect(Number(bold(c?.text))).toBeCloseTo(1.2 ** 5, 2);
    const s = calculate(
      "sigmoid net with sigma_max(W) = 2, upper bound on the gradient over a gap of 4 steps?",
    );
    expect(Number(bold(s?.text))).toBeCloseTo(0.5 ** 4, 4);
    expect(s?.text).toContain("0.25 \\times 2");
  });

  it("gives the one-step bound when no gap is named", () => {
    expect(
      bold(
        calculate("sigmoid rnn, sigma_max = 3, what's the per-step bound gamma*sigma_max?")?.text,
      ),
    ).toBe("0.75");
  });

  it("answers the exploding threshold with 1/γ, and only for a question that asks it", () => {
    expect(
      bold(
        calculate("smallest sigma_max a sigmoid RNN needs before its gradient can explode?")?.text,
      ),
    ).toBe("4");
    expect(
      bold(calculate("minimum largest-singular-value of W for a tanh rnn to explode?")?.text),
    ).toBe("1");
    expect(
      calculate("what's the smallest sigma_max for a tanh rnn to vanish for sure?"),
    ).toBeUndefined();
  });

  it("declines without a unit, without σ_max, or with the spectral radius in its place", () => {
    expect(calculate("largest singular value of W is 3, bound over 20 steps?")).toBeUndefined();
    expect(calculate("what bound does pascanu give for a tanh rnn?")).toBeUndefined();
    expect(
      calculate("tanh rnn, spectral radius of W is 3, what bound on the gradient over 10 steps?"),
    ).toBeUndefined();
  });
});

describe("a recurrent layer's parameter count", () => {
  it("counts G·(H(I+H) + kH) exactly, as an integer", () => {
    const lstm = calculate(
      "how many parameters does one LSTM layer have with input size 100 and hidden size 200, one bias per gate?",
    );
    expect(bold(lstm?.text)).toBe(String(4 * (200 * 300 + 200)));
    const gru = calculate(
      "how many weights and biases in a GRU layer, input dim 8, hidden size 16, one bias vector per gate?",
    );
    expect(bold(gru?.text)).toBe(String(3 * (16 * 24 + 16)));
    const rnn = calculate(
      "parameter count of a vanilla RNN layer with 5 inputs and 10 hidden units",
    );
    expect(bold(rnn?.text)).toBe(String(10 * 15 + 10));
  });

  it("uses PyTorch's two bias vectors when PyTorch is named, and shows both counts otherwise", () => {
    expect(
      bold(
        calculate("the lstm has 20 hidden units and input size 10; how many parameters in pytorch?")
          ?.text,
      ),
    ).toBe("2560");
    const plain = calculate(
      "how many parameters in an LSTM layer with input size 10 and hidden size 20?",
    );
    expect(bold(plain?.text)).toBe("2480");
    expect(plain?.text).toContain("2560");
  });

  it("declines when a size is missing or the network is more than one layer", () => {
    expect(calculate("how many parameters does an LSTM have?")).toBeUndefined();
    expect(calculate("how many weights does a GRU with hidden size 8 have?")).toBeUndefined();
    expect(
      calculate(
        "how many parameters does a 2-layer LSTM with input size 10 and hidden size 20 have?",
      ),
    ).toBeUndefined();
    expect(
      calculate(
        "how many parameters in a bidirectional LSTM with input size 10 and hidden size 20?",
      ),
    ).toBeUndefined();
  });
});

describe("BPTT by hand on one unit", () => {
  const ask =
    "bptt by hand: single tanh neuron, h_t = tanh(w*h_prev + x_t), h_0 = 0, w = 0.5, inputs x_1 = 0.5, x_2 = 0, x_3 = 0, loss L = 0.5 h_3^2. what is dL/dw?";

  it("matches lib/sim's rnnBackward and shows the forward states and each δ", () => {
    const p = {
      kind: "rnn" as const,
      hiddenSize: 1,
      inputSize: 1,
      activation: "tanh" as const,
      weightIH: Float64Array.of(1),
      weightHH: Float64Array.of(0.5),
      bias: Float64Array.of(0),
    };
    const x = Float64Array.of(0.5, 0, 0);
    const fwd = rnnForward(p, x, 3, Float64Array.of(0));
    const g = rnnBackward(p, fwd, x, Float64Array.of(fwd.h[3]!), { weightGrads: true });
    const c = calculate(ask);
    expect(Number(bold(c?.text))).toBeCloseTo(g.weightHH![0]!, 4);
    expect(Number(bold(c?.text))).toBeCloseTo(0.04979, 4);
    expect(c?.text).toContain("\\delta_3");
    expect(c?.text).toContain("h_1 = \\tanh(0.5 \\cdot 0 + 0.5) = 0.4621");
  });

  it("reads a target in the loss and a sigmoid unit with a bias", () => {
    const c = calculate(
      "h_t = sigmoid(w*h_(t-1) + x_t + b), w = 1, b = -1, h_0 = 0.5, inputs x_1 = 1, x_2 = -1, L = 0.5 (h_2 - y)^2 with y = 1. dL/dw?",
    );
    expect(Number(bold(c?.text))).toBeCloseTo(-0.09505, 4);
  });

  it("declines when an input is skipped, a weight is not given, or the loss is on another step", () => {
    expect(calculate(ask.replace("x_2 = 0, ", ""))).toBeUndefined();
    expect(calculate(ask.replace("w*h_prev + x_t", "w*h_prev + u*x_t"))).toBeUndefined();
    expect(calculate(ask.replace("h_3^2", "h_2^2"))).toBeUndefined();
  });
});

describe("readings the calculators share", () => {
  it("reads tokens, timesteps and frames as steps, words only when counted back", () => {
    expect(normaliseCalc("back fifty tokens").text).toBe("back 50 steps");
    expect(normaliseCalc("over 30 timesteps and 12 frames").text).toBe(
      "over 30 steps and 12 steps",
    );
    expect(normaliseCalc("40 words back").text).toBe("40 steps back");
    expect(normaliseCalc("a vocabulary of 5000 words").text).toBe("a vocabulary of 5000 words");
  });

  it("reads x_(t-1) and h_prev as the previous state", () => {
    expect(normaliseCalc("x_t = w*x_(t-1)").text).toBe("x_t = w*x_{t-1}");
    expect(normaliseCalc("tanh(w*h_prev + x_t)").text).toBe("tanh(w*h_{t-1} + x_t)");
  });

  it("reads a gate held at a value however it is said", () => {
    for (const held of ["stuck at", "is fixed at", "was clamped to", "pinned at", "="]) {
      const c = calculate(
        `forget gate ${held} 0.9 every step: how much of the cell gradient reaches back 25 tokens?`,
      );
      expect(bold(c?.text), held).toBe("0.0718");
    }
  });

  it("reads a list of gate values as a product, not as one gate repeated", () => {
    const c = calculate("forget gates of 0.9, 0.5 and 0.8 on three steps: what is |dc_3/dc_0|?");
    expect(bold(c?.text)).toBe("0.36");
  });

  it("treats a stack whose skip connection is said to be absent as plain", () => {
    const c = calculate(
      "same twelve layers but no skip connection, each layer x -> 0.2 tanh(x) at 0. gradient through all of them?",
    );
    expect(Number(bold(c?.text))).toBeCloseTo(0.2 ** 12, 11);
    const residual = calculate(
      "10 residual blocks with skip connections, each x + 0.1 tanh(x) at 0: gradient through them?",
    );
    expect(bold(residual?.text)).toBe("2.59");
  });

  it("evaluates a written product raised to a power", () => {
    expect(Number(bold(calculate("what's (0.25*3)^20")?.text))).toBeCloseTo(0.75 ** 20, 5);
  });
});
