"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const AUTH_PAGES = new Set(["/sign-in", "/sign-up"]);

/**
 * "Sign in" and "Sign up" carrying the page they were clicked on, so the visitor comes back to
 * it (the server checks `next` again before redirecting).
 */
export function AuthLinks({ isGuest }: { isGuest: boolean }) {
  const path = usePathname();
  const suffix =
    path && !AUTH_PAGES.has(path) && path !== "/" ? `?next=${encodeURIComponent(path)}` : "";
  return (
    <>
      <Link prefetch={false} href={`/sign-in${suffix}`}>
        Sign in
      </Link>
      <Link prefetch={false} href={`/sign-up${suffix}`} className="button">
        {isGuest ? "Save my progress" : "Sign up"}
      </Link>
    </>
  );
}
