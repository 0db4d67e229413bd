import type { Metadata } from "next";
import Link from "next/link";
import { joinClassAction } from "@/app/(learner)/classes/actions";
import { ActionForm } from "@/app/_components/ui/ActionForm";
import { JoinNotice } from "@/app/_components/join-notice";
import { getCurrentUser } from "@/lib/auth/current";
import { classForCode } from "@/lib/db/classes";
import { JoinCode } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Join a class" };

type Props = { params: Promise<{ code: string }> };

/** What a join link opens, or in words why it opens nothing. */
async function preview(raw: string) {
  const parsed = JoinCode.safeParse(raw);
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? "This link has no valid join code." };
  try {
    return { code: parsed.data, target: await classForCode(db(), parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}

/** The join link: nothing happens on GET; joining is a button (a POST), so links can be previewed safely. */
export default async function JoinLinkPage({ params }: Props) {
  const raw = decodeURIComponent((await params).code);
  const [user, result] = await Promise.all([getCurrentUser(), preview(raw)]);
  const next = `/join/${encodeURIComponent(raw)}`;
  return (
    <main>
      <h1>Join a class</h1>
      {"error" in result ? (
        <>
          <p role="alert" className="alert">
            {result.error}
          </p>
          <p>
            <Link href="/classes">Enter a code instead</Link>
          </p>
        </>
      ) : !user || user.isGuest ? (
        <p>
          You are invited to <strong>{result.target.name}</strong> ({result.target.instructorName}).{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link> or{" "}
          <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>create an account</Link> to join.
        </p>
      ) : (
        <>
          <p>
            You are invited to <strong>{result.target.name}</strong> ({result.target.instructorName}
            ).
          </p>
          <JoinNotice />
          <ActionForm
            action={joinClassAction}
            submitLabel={`Join ${result.target.name}`}
            pendingLabel="Joining…"
            hidden={{ code: result.code }}
          />
        </>
      )}
    </main>
  );
}
