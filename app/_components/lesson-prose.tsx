import "server-only";
import { createHash } from "node:crypto";
import { markdownHtml } from "./markdown-html";
import { StaticHtml } from "./static-html";
import { staticHtmlRegistry } from "./static-html-registry";
// As in markdown.tsx: the page showing math needs its styles.
import "./math.css";

/** Lesson texts are a few hundred in all; the bound only guards against a leak. */
const MAX_CACHED = 2_000;
const cache = new Map<string, { key: string; html: string }>();

function cachedHtml(text: string): { key: string; html: string } {
  let entry = cache.get(text);
  if (entry === undefined) {
    const html = markdownHtml(text);
    entry = { key: createHash("sha256").update(html).digest("base64url").slice(0, 16), html };
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, entry);
    // For StaticHtml's server-side render, which runs in this process after this one.
    staticHtmlRegistry().set(entry.key, html);
  }
  return entry;
}

/**
 * Whether this render is for a page the browser asked for as HTML (a first visit, a reload), as
 * opposed to the router's RSC request on a client-side navigation, a prefetch or a server
 * action: those payloads have no server HTML beside them, so they must carry the prose.
 */
export function wantsHtmlDocument(headers: Headers): boolean {
  return (
    !headers.has("rsc") &&
    !headers.has("next-action") &&
    (headers.get("accept") ?? "").includes("text/html")
  );
}

/**
 * A lesson's committed prose, as Markdown renders it, but sent as static HTML that React does
 * not hydrate (a lesson's KaTeX is thousands of elements: walking them was most of the page's
 * blocking time). Only for course content from lib/content: that HTML is written by
 * react-markdown + rehype-katex with raw HTML turned into text and URLs made safe, so nothing
 * a user typed ever reaches dangerouslySetInnerHTML. Learner and chat text goes through
 * Markdown, as React elements.
 *
 * `htmlOnly` (for an HTML document request, see wantsHtmlDocument): the prose goes in the
 * HTML alone and the RSC payload carries a key instead of a second copy (StaticHtml).
 */
export function LessonProse({
  children,
  htmlOnly = false,
}: {
  children: string;
  htmlOnly?: boolean;
}) {
  const { key, html } = cachedHtml(children);
  if (htmlOnly) return <StaticHtml htmlKey={key} className="prose" />;
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
