"use client";
import { startTransition, useEffect, useState, type RefObject } from "react";
import { keepsLayout } from "./layout-width";
import { useLayoutWidth } from "./layout-width-context";

/**
 * The width to lay a plot out at for its element's box, kept current with a ResizeObserver.
 * It starts at the request's layout width (the server's: layout-width.ts), and changes only
 * when the box is beyond the tolerance of the current layout (keepsLayout: the SVG scales with
 * its box, so text stays close to its nominal size); `exact` for a figure that does not scale
 * (the heatmap keeps one SVG unit to one CSS px and scrolls).
 *
 * No measure while hydrating: the observer's first report comes after the hydration task, and
 * a new width is a transition, so laying a plot out again (a full render of its SVG) is never
 * part of hydration, the page's longest task when every plot was laid out again inside it.
 */
export function useBoxWidth(
  ref: RefObject<HTMLElement | null>,
  { exact = false }: { exact?: boolean } = {},
): number {
  const [width, setWidth] = useState(useLayoutWidth());
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const w = Math.round(entry.contentRect.width);
        // A hidden (zero-width) box keeps the last real layout.
        if (w <= 0) continue;
        startTransition(() =>
          setWidth((old) => (w === old || (!exact && keepsLayout(old, w)) ? old : w)),
        );
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, exact]);
  return width;
}

/** A plot's height for its width: shorter on a phone, never squat on a wide screen. */
export function plotHeightFor(width: number): number {
  return Math.round(Math.min(360, Math.max(260, width * 0.62)));
}
