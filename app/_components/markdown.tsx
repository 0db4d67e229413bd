import type { ReactNode } from "react";
import ReactMarkdown from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { MAX_MATH_NESTING, mathNestingDepth } from "@/lib/content/math";

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

const remarkPlugins = [remarkGfm, remarkMath, remarkCapMath];
const rehypePlugins = [rehypeKatex];

/**
 * Course text: markdown with TeX between $…$ / $$…$$, rendered to HTML on the server. The sync
 * ReactMarkdown is a plain function (no hooks) that does all its parsing when called, so calling
 * it here lets a text that cannot be rendered fall back to plain text instead of failing the
 * page: error boundaries do not catch errors while the server renders.
 */
export function Markdown({ children }: { children: string }) {
  let body: ReactNode;
  try {
    body = ReactMarkdown({ children, remarkPlugins, rehypePlugins });
  } catch {
    body = <p style={{ whiteSpace: "pre-wrap" }}>{children}</p>;
  }
  return <div className="prose">{body}</div>;
}
