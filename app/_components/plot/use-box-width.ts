"use client";
import { startTransition, useLayoutEffect, useState, type RefObject } from "react";

/**
 * The CSS width of an element, kept current with a ResizeObserver. Plots lay themselves out at
 * this width, so one SVG unit is one CSS pixel and text is drawn at its nominal size on a phone
 * as on a desktop. `fallback` is the width used on the server and before the first measure.
 *
 * A new width is a transition: laying a plot or chart out again is a full render of its SVG,
 * and as an urgent update from this layout effect it ran in the same task as hydration (a
 * phone's first measure differs from the server's width), the page's longest task. Until the
 * transition lands, the server's SVG shows scaled to its box (CSS width 100%, height auto).
 */
export function useBoxWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (w: number) => {
      // Whole pixels, and ignore a hidden (zero-width) box: keep the last real layout.
      if (w <= 0) return;
      startTransition(() =>
        setWidth((old) => (Math.abs(old - Math.round(w)) >= 1 ? Math.round(w) : old)),
      );
    };
    update(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** A plot's height for its width: shorter on a phone, never squat on a wide screen. */
export function plotHeightFor(width: number): number {
  return Math.round(Math.min(360, Math.max(260, width * 0.62)));
}
