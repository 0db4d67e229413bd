import type { Metadata } from "next";
import { headers } from "next/headers";
import { CoInstructors } from "@/app/_components/class-manage/CoInstructors";
import { JoinCodeSection } from "@/app/_components/class-manage/JoinCodeSection";
import { LearnerRoster } from "@/app/_components/class-manage/LearnerRoster";
import { OwnerSettings } from "@/app/_components/class-manage/OwnerSettings";
import { ClassNav } from "@/app/_components/dashboard/ClassNav";
import { coInstructors, roster } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import { pageClass } from "../../../guard";

type Props = { params: Promise<{ classId: string }> };

export const metadata: Metadata = { title: "Learners and settings" };

async function origin() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function ManagePage({ params }: Props) {
  const { classId } = await params;
  const { cls } = await pageClass(classId, `/instructor/classes/${classId}/manage`);
  const [learners, shared] = await Promise.all([roster(db(), cls.id), coInstructors(db(), cls.id)]);
  return (
    <main>
      <h1>Learners and settings: {cls.name}</h1>
      <ClassNav classId={cls.id} current="/manage" />
      <JoinCodeSection cls={cls} joinLink={`${await origin()}/join/${cls.joinCode}`} />
      <LearnerRoster classId={cls.id} className={cls.name} learners={learners} />
      {cls.isOwner ? (
        <>
          <CoInstructors classId={cls.id} shared={shared} />
          <OwnerSettings cls={cls} />
        </>
      ) : (
        <p className="muted">
          This class was shared with you; its owner renames, archives and shares it.
        </p>
      )}
    </main>
  );
}
