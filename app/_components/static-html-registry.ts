/**
 * Where a server component leaves HTML for StaticHtml's server-side render, by key. A module of
 * its own: what a "use client" module exports reaches server components as client references,
 * not values, so the key to this store cannot live in static-html.tsx.
 */
const REGISTRY = Symbol.for("gradient-tutor.static-html");

export function staticHtmlRegistry(): Map<string, string> {
  const store = globalThis as { [REGISTRY]?: Map<string, string> };
  return (store[REGISTRY] ??= new Map<string, string>());
}
