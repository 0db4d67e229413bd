import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/app/_components/auth-forms";
import { safeReturnPath } from "@/lib/http/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeReturnPath((await searchParams).next) ?? undefined;
  return (
    <main>
      <h1>Sign in</h1>
      <SignInForm next={next} />
      <p>
        New here?{" "}
        <Link href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}>
          Create an account
        </Link>
        , or start a lesson as a guest from the <Link href="/">home page</Link>.
      </p>
    </main>
  );
}
