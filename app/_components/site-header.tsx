import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentUser } from "@/lib/auth/current";
import { AuthLinks } from "./auth-links";

/**
 * Brand, the main links and the account controls. On a wide screen one row; on a phone two:
 * the brand and account controls, then the links in a row that scrolls sideways by itself.
 * The links are not prefetched: on every page, each one was a request for another page's data
 * and main-thread work while the page itself was still loading and hydrating (Lighthouse's
 * TBT), for pages a learner opens one at a time.
 */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link prefetch={false} href="/" className="brand">
          Gradient Tutor
        </Link>
        <nav aria-label="Main" className="site-nav">
          <Link prefetch={false} href="/lab">
            Simulation lab
          </Link>
          <Link prefetch={false} href="/tutor">
            Tutor
          </Link>
          <Link prefetch={false} href="/glossary">
            Glossary
          </Link>
          {user && (
            <>
              <Link prefetch={false} href="/progress">
                My progress
              </Link>
              <Link prefetch={false} href="/review">
                Review
              </Link>
              {user.role === "learner" && !user.isGuest && (
                <Link prefetch={false} href="/classes">
                  My classes
                </Link>
              )}
            </>
          )}
          {user?.role === "instructor" && (
            <Link prefetch={false} href="/instructor">
              My classes
            </Link>
          )}
          {user && !user.isGuest && (
            <Link prefetch={false} href="/account">
              Account
            </Link>
          )}
        </nav>
        <div className="site-account">
          {user && !user.isGuest ? (
            <>
              <span className="muted site-who" data-testid="signed-in-as">
                {user.name ?? user.email}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="secondary">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              {user?.isGuest && <span className="muted site-who">Learning as a guest</span>}
              <AuthLinks isGuest={user?.isGuest ?? false} />
            </>
          )}
        </div>
      </div>
    </header>
  );
}
