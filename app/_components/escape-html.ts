/**
 * React's escaping of text and attribute values, for the places that write HTML strings
 * themselves (markdown-html.ts, dashboard/static-svg.ts) and must match what React would write.
 */
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
