import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";

/** Inline use: paragraphs dissolve into the surrounding line (a table cell, a heading). */
const INLINE: Components = { p: ({ children }: { children?: ReactNode }) => <>{children}</> };

/**
 * Course text: markdown with TeX between $…$ / $$…$$, rendered to HTML on the server. Every
 * prompt, option, feedback, correction and chat message goes through here (the plain-text
 * twin for SVG labels and accessible descriptions is plainMath in lib/content/math.ts).
 * `inline` renders into a span, for table cells and one-line labels.
 */
export function Markdown({ children, inline = false }: { children: string; inline?: boolean }) {
  const body = (
    <ReactMarkdown
      remarkPlugins={[remarkGfm, remarkMath]}
      rehypePlugins={[rehypeKatex]}
      components={inline ? INLINE : undefined}
    >
      {children}
    </ReactMarkdown>
  );
  return inline ? (
    <span className="prose-inline">{body}</span>
  ) : (
    <div className="prose">{body}</div>
  );
}
