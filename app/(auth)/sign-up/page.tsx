import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/app/_components/auth-forms";
import { getCurrentUser } from "@/lib/auth/current";
import { safeReturnPath } from "@/lib/http/return-path";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await getCurrentUser();
  const next = safeReturnPath((await searchParams).next) ?? undefined;
  return (
    <main>
      <h1>Create an account</h1>
      <SignUpForm isGuest={user?.isGuest ?? false} next={next} />
      <p>
        Already have one?{" "}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}>Sign in</Link>
      </p>
    </main>
  );
}
