"use client";

import { useActionState } from "react";
import { signInAction, signUpAction } from "@/app/(auth)/actions";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import type { FormState } from "@/lib/http/form-action";
import { FormField } from "./form-field";

export function FormAlert({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <div role="alert" className="alert">
      {state.message}
    </div>
  );
}

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(signInAction, {});
  return (
    <form action={action} className="form" noValidate>
      <FormAlert state={state} />
      {next && <input type="hidden" name="next" value={next} />}
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
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

export function SignUpForm({ isGuest }: { isGuest: boolean }) {
  const [state, action, pending] = useActionState(signUpAction, {});
  return (
    <form action={action} className="form" noValidate>
      <FormAlert state={state} />
      {isGuest && <p className="muted">Everything you did as a guest moves to your new account.</p>}
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
      <button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
