import { describe, expect, it } from "vitest";
import { plainLabel, plainMath, texToPlain } from "@/lib/content";
import { plainSubscripts } from "@/lib/content/math";

describe("plain text for places that cannot hold KaTeX", () => {
  it.each([
    [String.raw`Above $10^{-3}$`, "Above 10⁻³"],
    [String.raw`$\operatorname{diag}(z_t)$ per step`, "diag(zₜ) per step"],
    [String.raw`$\sigma(b_f)^T$`, "σ(b_f)ᵀ"],
    [String.raw`$\tanh' \le 1$ **always**`, "tanh' ≤ 1 always"],
    [String.raw`$\|\partial L/\partial h_0\|$`, "‖∂L/∂h₀‖"],
    [String.raw`$\frac{f}{1 - f}$`, "f/1 - f"],
    ["no maths here", "no maths here"],
  ])("%s -> %s", (input, output) => {
    expect(plainMath(input)).toBe(output);
  });

  it("leaves no TeX command, brace or dollar behind", () => {
    const out = plainMath(String.raw`$h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}$`);
    expect(out).toBe("hₜ = (1 - zₜ) ⊙ nₜ + zₜ ⊙ hₜ₋₁");
    expect(texToPlain(String.raw`\unknowncommand{x}`)).not.toMatch(/[\\{}$]/);
  });

  it("turns the sub- and superscripts of series names into Unicode", () => {
    expect(plainLabel("plain: x_{l+1} = act(W x_l)")).toBe("plain: xₗ₊₁ = act(W xₗ)");
    expect(plainLabel("σ(b_f)^{T-k}")).toBe("σ(b_f)ᵀ⁻ᵏ");
  });

  it("writes a caption's subscripts in Unicode but leaves its powers and identifiers", () => {
    expect(plainSubscripts("the LSTM's ‖∂c_t/∂c_{t−1}‖ 0.898")).toBe(
      "the LSTM's ‖∂cₜ/∂cₜ₋₁‖ 0.898",
    );
    expect(plainSubscripts("0.953^100 ≈ 0.00776 and σ(b)^T")).toBe(
      "0.953^100 ≈ 0.00776 and σ(b)^T",
    );
    expect(plainSubscripts("forget_bias = 3, x_T, h_1")).toBe("forget_bias = 3, x_T, h₁");
  });
});
