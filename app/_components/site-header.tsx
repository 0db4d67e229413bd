import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentUser } from "@/lib/auth/current";
import { AuthLinks } from "./auth-links";

/**
 * Brand, the main links and the account controls. On a wide screen one row; on a phone two:
 * the brand and account controls, then the links in a row that scrolls sideways by itself.
 */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link href="/" className="brand">
          Gradient Tutor
        </Link>
        <nav aria-label="Main" className="site-nav">
          <Link href="/lab">Simulation lab</Link>
          <Link href="/tutor">Tutor</Link>
          <Link href="/glossary">Glossary</Link>
          {user && (
            <>
              <Link href="/progress">My progress</Link>
              <Link href="/review">Review</Link>
              {user.role === "learner" && !user.isGuest && <Link href="/classes">My classes</Link>}
            </>
          )}
          {user?.role === "instructor" && <Link href="/instructor">My classes</Link>}
          {user && !user.isGuest && <Link href="/account">Account</Link>}
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
