"use client";

import { lazy, Suspense } from "react";

/*
 * Markdown for client components. react-markdown, its math plugins and KaTeX are the largest
 * library a lesson page could ship (about 130 KB gzip), yet a page opens with an empty tutor
 * chat and, for a visitor, no quiz: importing them eagerly put them in every lesson's first
 * load. Here they load the first time something renders markdown on the client; text rendered
 * on the server stays as it is while they load (a boundary being hydrated keeps its HTML).
 */
const loadMarkdown = () => import("./markdown");
const Markdown = lazy(() => loadMarkdown().then((module) => ({ default: module.Markdown })));

/** Starts loading the renderer ahead of need (a learner starting to type to the tutor). */
export function preloadMarkdown(): void {
  void loadMarkdown();
}

/** As Markdown; its plain text shows for the moment the renderer takes to load. */
export function LazyMarkdown({ children, inline = false }: { children: string; inline?: boolean }) {
  const fallback = inline ? (
    <span className="prose-inline">{children}</span>
  ) : (
    <div className="prose">
      <p style={{ whiteSpace: "pre-wrap" }}>{children}</p>
    </div>
  );
  return (
    <Suspense fallback={fallback}>
      <Markdown inline={inline}>{children}</Markdown>
    </Suspense>
  );
}
