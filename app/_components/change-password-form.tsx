"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(auth)/actions";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { FormAlert } from "./auth-forms";
import { FormField } from "./form-field";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="form" noValidate aria-labelledby="password-heading">
      <FormAlert state={state} />
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fields?.currentPassword}
      />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters, different from the current one.`}
        error={state.fields?.newPassword}
      />
      <FormField
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        error={state.fields?.confirmPassword}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Changing your password…" : "Change password"}
      </button>
    </form>
  );
}
