"use client";

import { useEffect } from "react";

/**
 * Marks <html data-app-ready> once React has hydrated the page, so end-to-end tests can wait for
 * interactive controls instead of racing them (a click before hydration can be lost).
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.appReady = "true";
  }, []);
  return null;
}
