import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ExplorationNotice } from "@/app/_components/join-notice";
import { ActionForm } from "@/app/_components/ui/ActionForm";
import { getCurrentUser } from "@/lib/auth/current";
import { learnerClass } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { leaveClassAction } from "../actions";

export const metadata: Metadata = { title: "Class" };

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function LearnerClassPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/classes/${classId}`)}`);
  const cls = await learnerClass(db(), user.id, classId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const joined = (await searchParams).joined === "1";
  return (
    <main>
      <p>
        <Link href="/classes">My classes</Link>
      </p>
      <h1>{cls.name}</h1>
      {joined && <p role="status">You joined {cls.name}.</p>}
      {cls.archived && <p className="muted">This class is archived.</p>}
      <p>
        Instructor: {cls.instructorName || "—"} · {cls.learnerCount} learners · you joined{" "}
        {cls.joinedAt.toISOString().slice(0, 10)}
      </p>
      <p>
        Your instructor sees your progress in the lessons, your answers and your tutor
        conversations. <Link href="/">Go to the lessons</Link>.
      </p>
      <p>
        <ExplorationNotice />
      </p>
      <section aria-labelledby="leave-heading">
        <h2 id="leave-heading">Leave this class</h2>
        <p className="muted">Your progress stays yours; the instructor stops seeing it.</p>
        <ActionForm
          action={leaveClassAction}
          submitLabel="Leave class"
          hidden={{ classId: cls.id }}
          secondary
        />
      </section>
    </main>
  );
}
