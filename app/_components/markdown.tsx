import type { ReactNode } from "react";
import ReactMarkdown, { type Components, type Options } from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { MAX_MATH_NESTING, mathNestingDepth } from "@/lib/content/math";
import { rehypeMathLineBreaks } from "./math-line-breaks";
import { rehypeMathScripts } from "./math-scripts";
// Only pages that render markdown (or load it, as the tutor chat does) get the math styles.
import "./math.css";

interface MdNode {
  type: string;
  value?: string;
  data?: unknown;
  children?: MdNode[];
}

/**
 * Math nested past MAX_MATH_NESTING is shown as its TeX source in code, before KaTeX sees it:
 * a stored message of a few hundred nested groups overflowed the stack and failed the page.
 */
function remarkCapMath() {
  return (tree: MdNode) => {
    const pending: MdNode[] = [tree];
    for (let node = pending.pop(); node; node = pending.pop()) {
      for (const [index, child] of (node.children ?? []).entries()) {
        const display = child.type === "math";
        if ((display || child.type === "inlineMath") && child.value !== undefined) {
          if (mathNestingDepth(child.value) > MAX_MATH_NESTING && node.children) {
            node.children[index] = { type: display ? "code" : "inlineCode", value: child.value };
          }
        } else {
          pending.push(child);
        }
      }
    }
  };
}

/** Shared with markdown-html.ts, which must render exactly what Markdown renders. */
export const remarkPlugins = [remarkGfm, remarkMath, remarkCapMath];
/**
 * MathML only, which Chromium, Firefox and Safari lay out themselves (MathML Core) and screen
 * readers read. KaTeX's default adds an HTML rendering beside it for browsers without MathML:
 * three times the elements and five times the bytes of a lesson's math, a render-blocking
 * stylesheet and a dozen web fonts, for browsers this course no longer meets.
 */
export const rehypePlugins: NonNullable<Options["rehypePlugins"]> = [
  [rehypeKatex, { output: "mathml" }],
  rehypeMathScripts,
  // MathML does not wrap by itself: long inline formulas are cut where TeX would break them.
  rehypeMathLineBreaks,
];

/** Inline use: paragraphs dissolve into the surrounding line (a table cell, a heading). */
const INLINE: Components = { p: ({ children }: { children?: ReactNode }) => <>{children}</> };

/**
 * Course text: markdown with TeX between $…$ / $$…$$, rendered to HTML on the server. Every
 * prompt, option, feedback, correction and chat message goes through here (the plain-text
 * twin for SVG labels and accessible descriptions is plainMath in lib/content/math.ts).
 * `inline` renders into a span, for table cells and one-line labels. The sync ReactMarkdown is
 * a plain function (no hooks) that does all its parsing when called, so calling it here lets a
 * text that cannot be rendered fall back to plain text instead of failing the page: error
 * boundaries do not catch errors while the server renders.
 */
export function Markdown({ children, inline = false }: { children: string; inline?: boolean }) {
  let body: ReactNode;
  try {
    body = ReactMarkdown({
      children,
      remarkPlugins,
      rehypePlugins,
      components: inline ? INLINE : undefined,
    });
  } catch {
    body = inline ? children : <p style={{ whiteSpace: "pre-wrap" }}>{children}</p>;
  }
  return inline ? (
    <span className="prose-inline">{body}</span>
  ) : (
    <div className="prose">{body}</div>
  );
}
