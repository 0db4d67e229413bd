import type { Element, ElementContent, Root, RootContent } from "hast";

/*
 * Inline math that can wrap. Browsers lay out one <math> element as one unbreakable box, so a
 * long inline formula (a line of equations in a paragraph) ran off a phone's screen; KaTeX's
 * HTML output wrapped it after its top-level relations and binary operators, as TeX does. This
 * rehype step, after rehype-katex, cuts such a formula at those same places into several
 * <math> elements side by side, with a line-break opportunity (<wbr>) between them. The first
 * keeps the TeX annotation; what a screen reader reads is the same formula in pieces.
 */

/** Relations (TeX's \mathrel) and binary operators (\mathbin) that KaTeX's MathML writes. */
const BREAK_AFTER = new Set([..."=<>≤≥≈≠≡∼≃≅∝≪≫→←↦⇒⇔∈∉⊂⊆:", ..."+−±∓×·⋅∘⊙⊗⊕∗∖∪∩"]);
/** After one of these an operator is binary, as after any other atom: "(a) + b". */
const CLOSING = new Set([...")]}|‖⟩"]);

const isElement = (node: ElementContent | RootContent | undefined): node is Element =>
  node?.type === "element";

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === "text" ? child.value : "")).join("");
}

/** Whether the formula may wrap after child i of its top-level row. */
function breaksAfter(row: ElementContent[], i: number): boolean {
  const node = row[i];
  if (!isElement(node) || node.tagName !== "mo" || i === row.length - 1) return false;
  if (!BREAK_AFTER.has(textOf(node))) return false;
  // A sign right after another operator (or first) is unary, as in "= −0.48": keep it with
  // what follows.
  const before = row[i - 1];
  return isElement(before) && (before.tagName !== "mo" || CLOSING.has(textOf(before)));
}

/** The top-level row's children cut after each place the formula may wrap. */
function pieces(row: ElementContent[]): ElementContent[][] {
  const cut: ElementContent[][] = [[]];
  for (const [i, node] of row.entries()) {
    cut.at(-1)!.push(node);
    if (breaksAfter(row, i)) cut.push([]);
  }
  return cut;
}

function mathElement(children: ElementContent[]): Element {
  return {
    type: "element",
    tagName: "math",
    properties: { xmlns: "http://www.w3.org/1998/Math/MathML" },
    children,
  };
}

const row = (children: ElementContent[]): Element => ({
  type: "element",
  tagName: "mrow",
  properties: {},
  children,
});

/** span.katex > math > semantics > [mrow, annotation], for inline math; null otherwise. */
function inlineFormula(span: Element) {
  const math = span.children.find(isElement);
  if (!math || math.tagName !== "math" || math.properties.display === "block") return null;
  const semantics = math.children.find(isElement);
  const [top, annotation] = (semantics?.children ?? []).filter(isElement);
  if (semantics?.tagName !== "semantics" || top?.tagName !== "mrow") return null;
  return { math, semantics, top, annotation };
}

function splitFormula(span: Element): void {
  const formula = inlineFormula(span);
  if (!formula) return;
  const cut = pieces(formula.top.children);
  if (cut.length < 2) return;
  const [first = [], ...rest] = cut;
  formula.semantics.children = [row(first), ...(formula.annotation ? [formula.annotation] : [])];
  const wbr: Element = { type: "element", tagName: "wbr", properties: {}, children: [] };
  span.children = [formula.math, ...rest.flatMap((piece) => [wbr, mathElement([row(piece)])])];
}

function visit(node: Root | Element): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const classes = child.properties.className;
    if (child.tagName === "span" && Array.isArray(classes) && classes.includes("katex")) {
      splitFormula(child);
    } else {
      visit(child);
    }
  }
}

export function rehypeMathLineBreaks() {
  return (tree: Root) => visit(tree);
}
