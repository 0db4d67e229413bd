import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentUser } from "@/lib/auth/current";
import { AuthLinks } from "./auth-links";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <nav className="container" aria-label="Main">
        <Link href="/" className="brand">
          Gradient Tutor
        </Link>
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
        {user && !user.isGuest ? (
          <>
            <span className="muted" data-testid="signed-in-as">
              {user.name ?? user.email}
            </span>
            <Link href="/account">Account</Link>
            <form action={signOutAction}>
              <button type="submit" className="secondary">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            {user?.isGuest && <span className="muted">Learning as a guest</span>}
            <AuthLinks isGuest={user?.isGuest ?? false} />
          </>
        )}
      </nav>
    </header>
  );
}
