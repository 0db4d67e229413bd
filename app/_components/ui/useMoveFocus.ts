"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Moves keyboard focus to an element after the render that shows it. When a button the learner
 * pressed disappears or is disabled, the browser drops focus to <body> and the next Tab starts
 * at the top of the page; moving it to the new content keeps screen readers and keyboards on it.
 * `moveFocus(id)` asks for the element with that id once the next render has committed.
 */
export function useMoveFocus(): (id: string) => void {
  const target = useRef<string | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const id = target.current;
    if (id === null) return;
    target.current = null;
    document.getElementById(id)?.focus();
  }, [request]);
  return useCallback((id: string) => {
    target.current = id;
    setRequest((n) => n + 1);
  }, []);
}
