import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/app/_components/change-password-form";
import { getCurrentUser } from "@/lib/auth/current";
import styles from "./account.module.css";

export const metadata: Metadata = { title: "Account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/account");
  const changed = (await searchParams).changed === "1";
  return (
    <main>
      <h1>Account</h1>
      {user.isGuest ? (
        <p>
          You are learning as a guest, so there is no password to change.{" "}
          <Link href="/sign-up">Create an account</Link> to keep your progress and set one.
        </p>
      ) : (
        <>
          <p className="muted">
            Signed in as {user.name ?? user.email}
            {user.name && user.email ? ` (${user.email})` : ""}.
          </p>
          <section aria-labelledby="password-heading">
            <h2 id="password-heading">Change password</h2>
            {changed && (
              <p role="status" className={styles.success}>
                Your password was changed. Every other device was signed out; this one stays signed
                in.
              </p>
            )}
            <ChangePasswordForm />
          </section>
        </>
      )}
    </main>
  );
}
