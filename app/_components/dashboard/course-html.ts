import "server-only";
import { markdownHtml } from "../markdown-html";

/**
 * Course text (lib/content, never user text) as the HTML Markdown's inline form writes: a
 * one-paragraph text without its <p>, as in a table cell. Sent as a string, it is a fraction
 * of the RSC payload its elements were (KaTeX writes dozens of elements per formula).
 */
export function inlineCourseHtml(text: string): string {
  const html = markdownHtml(text);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single?.[1] !== undefined && !single[1].includes("<p>") ? single[1] : html;
}
