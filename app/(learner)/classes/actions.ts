"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, requireUser } from "@/lib/auth/current";
import { joinClass, leaveClass } from "@/lib/db/classes";
import { JoinInput } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";

export const joinClassAction = formAction(
  JoinInput,
  async ({ code }) => {
    const user = await getCurrentUser();
    if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/join/${code}`)}`);
    const joined = await joinClass(db(), user, code);
    redirect(`/classes/${joined.id}?joined=1`);
  },
  ["code"],
);

export const leaveClassAction = formAction(
  z.object({ classId: z.string().min(1).max(100) }),
  async ({ classId }) => {
    const user = await requireUser();
    await leaveClass(db(), user.id, classId);
    redirect("/classes?left=1");
  },
);
