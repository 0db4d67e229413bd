"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authContext, endSession, getCurrentUser, setSessionCookie } from "@/lib/auth/current";
import { ChangePasswordForm, SignInInput, SignUpInput } from "@/lib/auth/schemas";
import { changePassword, signIn, signUp, startGuest } from "@/lib/auth/service";
import { LessonId } from "@/lib/content/lessons";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { formAction } from "@/lib/http/form-action";
import { ReturnPath } from "@/lib/http/return-path";

export const signUpAction = formAction(
  SignUpInput.extend({ next: ReturnPath }),
  async ({ next, ...input }) => {
    const signedIn = await signUp(await authContext(), input);
    await setSessionCookie(signedIn);
    redirect(next ?? (signedIn.user.role === "instructor" ? "/instructor" : "/"));
  },
  ["name", "email", "role"],
);

export const signInAction = formAction(
  SignInInput.extend({ next: ReturnPath }),
  async ({ next, ...input }) => {
    const signedIn = await signIn(await authContext(), input);
    await setSessionCookie(signedIn);
    redirect(next ?? (signedIn.user.role === "instructor" ? "/instructor" : "/"));
  },
  ["email"],
);

export const changePasswordAction = formAction(
  ChangePasswordForm,
  async ({ currentPassword, newPassword }) => {
    const signedIn = await changePassword(await authContext(), { currentPassword, newPassword });
    await setSessionCookie(signedIn);
    // A fresh page load: the form is emptied and the page says what happened.
    redirect("/account?changed=1");
  },
);

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}

/** Starts (or resumes) a lesson; a visitor without an account becomes a guest on the spot. */
export const startLessonAction = formAction(
  z.object({ lessonId: LessonId, land: z.enum(["top", "quiz"]).default("top") }),
  async ({ lessonId, land }) => {
    let user = await getCurrentUser();
    if (!user) {
      const guest = await startGuest(await authContext());
      if (guest) {
        await setSessionCookie(guest);
        user = guest.user;
      }
    }
    if (!user) throw new Error("startLessonAction: no user after starting a guest session");
    await startOrResumeAttempt(user.id, lessonId);
    // The lesson page may be the page we are on: make the router fetch it again, with the quiz.
    revalidatePath(`/lessons/${lessonId}`);
    // A new learner starts at the reading; only the button beside the quiz jumps to it.
    redirect(land === "quiz" ? `/lessons/${lessonId}#quiz` : `/lessons/${lessonId}`);
  },
);
