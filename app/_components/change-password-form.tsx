"use client";

import { changePasswordAction } from "@/app/(auth)/actions";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { FormField } from "./form-field";
import { ActionForm } from "./ui/ActionForm";

export function ChangePasswordForm() {
  return (
    <ActionForm
      action={changePasswordAction}
      submitLabel="Change password"
      pendingLabel="Changing your password…"
      aria-labelledby="password-heading"
    >
      {(state) => (
        <>
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
        </>
      )}
    </ActionForm>
  );
}
