"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireInstructor } from "@/lib/auth/current";
import {
  createClass,
  removeLearner,
  rotateJoinCode,
  shareClass,
  unshareClass,
  updateClass,
} from "@/lib/db/classes";
import { ClassName, ExpiresInDays, ShareInput } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";

const ClassId = z.string().min(1, "classId is required").max(100);
const classPath = (classId: string) => `/instructor/classes/${classId}`;

export const createClassAction = formAction(
  z.object({ name: ClassName }),
  async ({ name }) => {
    const created = await createClass(db(), await requireInstructor(), { name });
    redirect(`${classPath(created.id)}/manage`);
  },
  ["name"],
);

export const renameClassAction = formAction(
  z.object({ classId: ClassId, name: ClassName }),
  async ({ classId, name }) => {
    await updateClass(db(), await requireInstructor(), classId, { name });
    revalidatePath(classPath(classId), "layout");
  },
  ["name"],
);

export const archiveClassAction = formAction(
  z.object({ classId: ClassId, archived: z.enum(["true", "false"]) }),
  async ({ classId, archived }) => {
    await updateClass(db(), await requireInstructor(), classId, { archived: archived === "true" });
    revalidatePath("/instructor", "layout");
  },
);

export const rotateCodeAction = formAction(
  z.object({ classId: ClassId, expiresInDays: ExpiresInDays.default(0) }),
  async ({ classId, expiresInDays }) => {
    await rotateJoinCode(db(), await requireInstructor(), classId, { expiresInDays });
    revalidatePath(classPath(classId), "layout");
  },
);

export const shareAction = formAction(
  ShareInput.extend({ classId: ClassId }),
  async ({ classId, email }) => {
    await shareClass(db(), await requireInstructor(), classId, email);
    revalidatePath(`${classPath(classId)}/manage`);
  },
  ["email"],
);

export const unshareAction = formAction(
  ShareInput.extend({ classId: ClassId }),
  async ({ classId, email }) => {
    await unshareClass(db(), await requireInstructor(), classId, email);
    revalidatePath(`${classPath(classId)}/manage`);
  },
);

export const removeLearnerAction = formAction(
  z.object({ classId: ClassId, learnerId: z.string().min(1).max(100) }),
  async ({ classId, learnerId }) => {
    await removeLearner(db(), await requireInstructor(), classId, learnerId);
    revalidatePath(classPath(classId), "layout");
  },
);
