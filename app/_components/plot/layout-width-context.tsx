"use client";
import { createContext, useContext, type ReactNode } from "react";
import { DESKTOP_LAYOUT_WIDTH } from "./layout-width";

/** The request's layout width (layout-width.ts), set once by the root layout. */
const LayoutWidthContext = createContext(DESKTOP_LAYOUT_WIDTH);

export function LayoutWidthProvider({ width, children }: { width: number; children: ReactNode }) {
  return <LayoutWidthContext.Provider value={width}>{children}</LayoutWidthContext.Provider>;
}

/** The width plots were laid out at on the server: the first render's, so hydration matches. */
export function useLayoutWidth(): number {
  return useContext(LayoutWidthContext);
}
