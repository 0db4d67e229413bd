"use client";

import { usePathname } from "next/navigation";

const LESSON = /^\/lessons\/[^/]+$/;

/**
 * The first stops of Tab: past the header to the content, and on a lesson past its text and
 * its plot's controls (some twenty stops) to the questions.
 */
export function SkipLinks() {
  const path = usePathname();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {path && LESSON.test(path) && (
        <a href="#quiz" className="skip-link">
          Skip to the questions
        </a>
      )}
    </>
  );
}
