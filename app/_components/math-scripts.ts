import type { Element, ElementContent, Root } from "hast";

/*
 * Scripts in KaTeX's MathML as TeX sets them, by a rehype step after rehype-katex:
 * - TeX sets no space around operators in sub- and superscripts ("h_{t-1}" reads as one tight
 *   group) and none in an inline fraction's numerator and denominator; MathML Core spaces an
 *   operator the same at every size, so "h_{t − 1}" showed. Those operators get no space.
 * - A script that KaTeX writes as several elements (`\sigma_{\max}` gives <mi>max</mi> and an
 *   invisible function application) makes an invalid <msub>, which browsers lay out as a plain
 *   row: the script goes in an <mrow>.
 * - A prime written as a superscript (`\phi'`) is raised twice, the glyph being a raised mark
 *   already: it follows its base on the line instead.
 */

/** Elements whose children after the first are scripts, and how many children they take. */
const SCRIPTED = new Map([
  ["msub", 2],
  ["msup", 2],
  ["msubsup", 3],
  ["munder", 2],
  ["mover", 2],
  ["munderover", 3],
]);
const PRIMES = new Set(["′", "″", "‴"]);

const mrow = (children: ElementContent[]): Element => ({
  type: "element",
  tagName: "mrow",
  properties: {},
  children,
});

function elements(node: Element): Element[] {
  return node.children.filter((child) => child.type === "element");
}

/** Repairs a scripted element in place: one script too many children, or a prime. */
function repairScripts(node: Element): void {
  const arity = SCRIPTED.get(node.tagName);
  const children = elements(node);
  if (arity === 2 && children.length > 2) {
    node.children = [children[0]!, mrow(children.slice(1))];
  }
  const [base, script] = elements(node);
  const prime = script?.tagName === "mo" && PRIMES.has(textOf(script));
  if (node.tagName === "msup" && base && script && prime) {
    node.tagName = "mrow";
    node.children = [base, script];
  }
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === "text" ? child.value : "")).join("");
}

function tighten(node: Element): void {
  if (node.tagName === "mo") {
    node.properties.lspace = "0em";
    node.properties.rspace = "0em";
  }
  for (const child of node.children) if (child.type === "element") tighten(child);
}

/** Walks a formula; `inline` fractions shrink their parts to script size, as TeX's do. */
function visit(node: Element, inline: boolean): void {
  repairScripts(node);
  const scriptsFrom = SCRIPTED.has(node.tagName) ? 1 : node.tagName === "mfrac" && inline ? 0 : -1;
  node.children.forEach((child, i) => {
    if (child.type !== "element") return;
    if (scriptsFrom >= 0 && i >= scriptsFrom) tighten(child);
    else visit(child, inline);
  });
}

function visitTree(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "math") visit(child, child.properties.display !== "block");
    else visitTree(child);
  }
}

export function rehypeMathScripts() {
  return (tree: Root) => visitTree(tree);
}
