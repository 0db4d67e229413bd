import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SignInForm } from "@/app/_components/auth-forms";

export const metadata: Metadata = { title: "Sign in" };

const SearchParams = z.object({ next: z.string().startsWith("/").optional().catch(undefined) });

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = SearchParams.parse(await searchParams);
  return (
    <main>
      <h1>Sign in</h1>
      <SignInForm next={next} />
      <p>
        New here? <Link href="/sign-up">Create an account</Link>, or start a lesson as a guest from
        the <Link href="/">home page</Link>.
      </p>
    </main>
  );
}
