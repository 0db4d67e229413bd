import "server-only";
import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import ReactMarkdown from "react-markdown";
import { remarkPlugins, rehypePlugins } from "./markdown";
import { escapeHtml } from "./escape-html";

/*
 * Course markdown as an HTML string, for text that never changes in the browser (a lesson's
 * prose). Rendered as React elements, a lesson's KaTeX makes thousands of nodes that React
 * walks on hydration for nothing; inserted as HTML they cost the browser no script at all.
 *
 * The HTML is the one Markdown renders, by construction: ReactMarkdown runs with the same
 * plugins, and a last rehype step keeps the tree it turns into elements (its own clean-up
 * after the plugins, turning raw HTML into text and unsafe URLs into empty ones, edits that
 * tree in place). The tree is then written out as React writes elements on the server (same
 * attribute names, style format and escaping); tests/unit/app/markdown-html.test.tsx compares
 * the two on every lesson text.
 */

/** Markup already escaped, as opposed to a text child, which still needs escaping. */
class Html {
  constructor(readonly html: string) {}
}

const FRAGMENT = Symbol("fragment");
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "wbr"]);
function childrenHtml(children: unknown): string {
  if (children instanceof Html) return children.html;
  if (typeof children === "string") return escapeHtml(children);
  if (typeof children === "number") return String(children);
  if (Array.isArray(children)) return children.map(childrenHtml).join("");
  return "";
}

/** As React writes a style object: `name:value` pairs joined by `;`, empty values left out. */
function styleHtml(style: Record<string, string>): string {
  return Object.entries(style)
    .filter(([, value]) => value.trim() !== "")
    .map(([name, value]) => `${name}:${value.trim()}`)
    .join(";");
}

/** A property as toJsxRuntime gives it: a string or number, or a style object. */
function attributeText(name: string, value: string | number | Record<string, string>): string {
  if (typeof value === "object") return name === "style" ? styleHtml(value) : "";
  return String(value);
}

function attributesHtml(props: Record<string, string | number | boolean | object | null>): string {
  let html = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || value === false || value === null || value === undefined) continue;
    // React writes a true data-* or aria-* value as "true", a true boolean attribute as "".
    if (value === true && !/^(data|aria)-/.test(name)) {
      html += ` ${name}=""`;
    } else {
      const text = attributeText(name, value as string | number | Record<string, string>);
      html += ` ${name}="${escapeHtml(text)}"`;
    }
  }
  return html;
}

function element(type: unknown, props: Parameters<typeof attributesHtml>[0]): Html {
  const inner = childrenHtml(props.children);
  if (type === FRAGMENT) return new Html(inner);
  if (typeof type !== "string") throw new TypeError("Only HTML elements can be written as HTML");
  const attributes = attributesHtml(props);
  return new Html(
    VOID_ELEMENTS.has(type)
      ? `<${type}${attributes}/>`
      : `<${type}${attributes}>${inner}</${type}>`,
  );
}

function treeHtml(tree: Root): string {
  const written = toJsxRuntime(tree, {
    Fragment: FRAGMENT,
    jsx: element as never,
    jsxs: element as never,
    // HTML attribute names and CSS property names: what React writes for className, style…
    elementAttributeNameCase: "html",
    stylePropertyNameCase: "css",
    // As ReactMarkdown does.
    ignoreInvalidStyle: true,
    passKeys: false,
  }) as unknown;
  return childrenHtml(written);
}

/** Markdown's fallback for a text that cannot be rendered: the text itself. */
function plainTextHtml(text: string): string {
  return `<p style="white-space:pre-wrap">${escapeHtml(text)}</p>`;
}

/** The inner HTML of Markdown's block `<div className="prose">` for this text. */
export function markdownHtml(text: string): string {
  let kept: Root | undefined;
  const keepTree = () => (tree: Root) => {
    kept = tree;
  };
  try {
    ReactMarkdown({ children: text, remarkPlugins, rehypePlugins: [...rehypePlugins, keepTree] });
    return kept ? treeHtml(kept) : plainTextHtml(text);
  } catch {
    return plainTextHtml(text);
  }
}
