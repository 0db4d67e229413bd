"use client";
import { useLayoutEffect, useMemo, useRef } from "react";
import { staticHtmlRegistry } from "./static-html-registry";

/*
 * HTML that the server writes into the page and the browser never receives a second time.
 * A server component's output also travels in the page's RSC payload (the data React hydrates
 * from), so a lesson's prose went twice: as HTML and again as a string in that payload, half
 * the document and main-thread work to parse it. Here the payload carries only a key. While the
 * server renders the document, the HTML is looked up under that key (lesson-prose.tsx puts it
 * there, in the same process); in the browser React keeps what the server wrote (hydration
 * does not touch an element's inner HTML) and never asks for it.
 */

/**
 * HTML of blocks that left the page, for when the router shows that page again from its cache
 * (back and forward), which mounts these elements afresh with no server HTML in them.
 */
const departed = new Map<string, string>();

function htmlFor(key: string): string {
  if (typeof window === "undefined") return staticHtmlRegistry().get(key) ?? "";
  // Mounted afresh in the browser: from the cache above, or (should React render this part of
  // the page again after a hydration error) from the server's element, still in the document.
  return (
    departed.get(key) ?? document.querySelector(`[data-static-html="${key}"]`)?.innerHTML ?? ""
  );
}

export function StaticHtml({ htmlKey, className }: { htmlKey: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // A getter, read only when React writes the element's content (the server's render, or a
  // fresh mount in the browser), never while it hydrates; one object, so no update rewrites it.
  const inner = useMemo(
    () => ({
      get __html() {
        return htmlFor(htmlKey);
      },
    }),
    [htmlKey],
  );
  useLayoutEffect(() => {
    const element = ref.current;
    return () => {
      if (element) departed.set(htmlKey, element.innerHTML);
    };
  }, [htmlKey]);
  return (
    <div
      ref={ref}
      className={className}
      data-static-html={htmlKey}
      dangerouslySetInnerHTML={inner}
      suppressHydrationWarning
    />
  );
}
