/** Long inline math wraps where TeX would break it: after top-level relations and operators. */
import { describe, expect, it } from "vitest";
import { markdownHtml } from "@/app/_components/markdown-html";

const mathCount = (html: string) => (html.match(/<math /g) ?? []).length;

describe("inline math line breaks", () => {
  it("cuts a formula after each top-level relation and binary operator", () => {
    const html = markdownHtml("So $a = b + c$ here.");
    expect(mathCount(html)).toBe(3);
    expect(html.match(/<wbr\/>/g)).toHaveLength(2);
    // One formula: one span, and the TeX source kept once, in the first piece.
    expect(html.match(/class="katex"/g)).toHaveLength(1);
    expect(html.match(/<annotation/g)).toHaveLength(1);
    expect(html).toContain('<annotation encoding="application/x-tex">a = b + c</annotation>');
  });

  it("keeps a sign with its number and nested groups whole", () => {
    // "= −0.48": the minus is unary; the sum in a group ({…}, \left…\right) is not top-level.
    expect(mathCount(markdownHtml("$x = -0.48$"))).toBe(2);
    expect(mathCount(markdownHtml("$f\\left(a + b\\right)$"))).toBe(1);
    expect(mathCount(markdownHtml("${a + b}^2$"))).toBe(1);
    // After a closing parenthesis an operator is binary again.
    expect(mathCount(markdownHtml("$(a) + b$"))).toBe(2);
  });

  it("leaves display math and short formulas as one element", () => {
    expect(mathCount(markdownHtml("$$\na = b + c\n$$"))).toBe(1);
    expect(mathCount(markdownHtml("$h_t$"))).toBe(1);
  });
});

describe("operators in scripts", () => {
  const spaced = (html: string) => (html.match(/<mo[^>]*lspace="0em" rspace="0em"/g) ?? []).length;

  it("have no space in sub- and superscripts and inline fractions, as in TeX", () => {
    expect(spaced(markdownHtml("$h_{t-1}$"))).toBe(1);
    expect(spaced(markdownHtml("$\\frac{a+b}{c}$"))).toBe(1);
  });

  it("keep their space on the baseline and in display fractions", () => {
    expect(spaced(markdownHtml("$a + b$"))).toBe(0);
    expect(spaced(markdownHtml("$$\n\\frac{a+b}{c}\n$$"))).toBe(0);
  });
});

describe("KaTeX's scripts repaired", () => {
  it("puts a script of several elements in one row, so the subscript stays a subscript", () => {
    const html = markdownHtml("$\\sigma_{\\max}(W)$");
    expect(html).toMatch(
      /<msub><mi>σ<\/mi><mrow><mi>max<\/mi><mo[^>]*>\u2061<\/mo><\/mrow><\/msub>/,
    );
  });

  it("sets a prime after its base instead of raising it again", () => {
    const html = markdownHtml("$\\phi'(a)$");
    expect(html).not.toContain("<msup>");
    expect(html).toMatch(/<mrow><mi>ϕ<\/mi><mo[^>]*>′<\/mo><\/mrow>/);
  });
});
