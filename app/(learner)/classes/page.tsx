import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/app/_components/ui/ActionForm";
import { getCurrentUser } from "@/lib/auth/current";
import { learnerClasses } from "@/lib/db/classes";
import { JOIN_CODE_HINT } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { JoinNotice } from "@/app/_components/join-notice";
import { joinClassAction } from "./actions";

export const metadata: Metadata = { title: "My classes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LearnerClassesPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/classes");
  if (user.role === "instructor") redirect("/instructor");
  const left = (await searchParams).left === "1";
  const classes = user.isGuest ? [] : await learnerClasses(db(), user.id);
  return (
    <main>
      <h1>My classes</h1>
      {left && <p role="status">You left the class. Your progress is still yours.</p>}
      {classes.length === 0 ? (
        <p>You are not in a class yet.</p>
      ) : (
        <ul className="grid">
          {classes.map((c) => (
            <li key={c.id} className="card">
              <Link href={`/classes/${c.id}`}>{c.name}</Link>
              <div className="muted">
                {c.instructorName}
                {c.archived ? " · archived" : ""}
              </div>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="join-heading">
        <h2 id="join-heading">Join a class</h2>
        {user.isGuest ? (
          <p>
            <Link href="/sign-up?next=/classes">Create an account</Link> to join a class; what you
            did as a guest comes along.
          </p>
        ) : (
          <>
            <JoinNotice />
            <ActionForm
              action={joinClassAction}
              submitLabel="Join class"
              pendingLabel="Joining…"
              fields={[
                { name: "code", label: "Join code", hint: JOIN_CODE_HINT, autoComplete: "off" },
              ]}
            />
          </>
        )}
      </section>
    </main>
  );
}
