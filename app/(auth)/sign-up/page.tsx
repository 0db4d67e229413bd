import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/app/_components/auth-forms";
import { getCurrentUser } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  return (
    <main>
      <h1>Create an account</h1>
      <SignUpForm isGuest={user?.isGuest ?? false} />
      <p>
        Already have one? <Link href="/sign-in">Sign in</Link>
      </p>
    </main>
  );
}
