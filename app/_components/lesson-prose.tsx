import "server-only";
import { markdownHtml } from "./markdown-html";
// As in markdown.tsx: the page showing KaTeX output needs KaTeX's styles.
import "katex/dist/katex.min.css";

/** Lesson texts are a few hundred in all; the bound only guards against a leak. */
const MAX_CACHED = 2_000;
const cache = new Map<string, string>();

function cachedHtml(text: string): string {
  let html = cache.get(text);
  if (html === undefined) {
    html = markdownHtml(text);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, html);
  }
  return html;
}

/**
 * A lesson's committed prose, as Markdown renders it, but sent as static HTML that React does
 * not hydrate (a lesson's KaTeX is thousands of elements: walking them was most of the page's
 * blocking time). Only for course content from lib/content: that HTML is written by
 * react-markdown + rehype-katex with raw HTML turned into text and URLs made safe, so nothing
 * a user typed ever reaches dangerouslySetInnerHTML. Learner and chat text goes through
 * Markdown, as React elements.
 */
export function LessonProse({ children }: { children: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: cachedHtml(children) }} />;
}
