"use client";

import { signInAction, signUpAction } from "@/app/(auth)/actions";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { FormField } from "./form-field";
import { ActionForm } from "./ui/ActionForm";

/** `next`: the page to return to afterwards (already checked to be a path on this site). */
export function SignInForm({ next }: { next?: string | undefined }) {
  return (
    <ActionForm
      action={signInAction}
      submitLabel="Sign in"
      pendingLabel="Signing in…"
      hidden={next ? { next } : {}}
    >
      {(state) => (
        <>
          <FormField
            name="email"
            label="Email"
            type="email"
            autoComplete="email"
            required
            defaultValue={state.values?.email}
            error={state.fields?.email}
          />
          <FormField
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            error={state.fields?.password}
          />
        </>
      )}
    </ActionForm>
  );
}

export function SignUpForm({ isGuest, next }: { isGuest: boolean; next?: string | undefined }) {
  return (
    <ActionForm
      action={signUpAction}
      submitLabel="Create account"
      pendingLabel="Creating your account…"
      hidden={next ? { next } : {}}
    >
      {(state) => (
        <>
          {isGuest && (
            <p className="muted">Everything you did as a guest moves to your new account.</p>
          )}
          <FormField
            name="name"
            label="Name"
            autoComplete="name"
            required
            defaultValue={state.values?.name}
            error={state.fields?.name}
          />
          <FormField
            name="email"
            label="Email"
            type="email"
            autoComplete="email"
            required
            defaultValue={state.values?.email}
            error={state.fields?.email}
          />
          <FormField
            name="password"
            label="Password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN}
            hint={`At least ${PASSWORD_MIN} characters.`}
            error={state.fields?.password}
          />
          <fieldset className="field">
            <legend>I am</legend>
            <label>
              <input
                type="radio"
                name="role"
                value="learner"
                defaultChecked={state.values?.role !== "instructor"}
              />{" "}
              a learner
            </label>
            <label>
              <input
                type="radio"
                name="role"
                value="instructor"
                defaultChecked={state.values?.role === "instructor"}
              />{" "}
              an instructor
            </label>
            {state.fields?.role && <span className="field-error">{state.fields.role}</span>}
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}
