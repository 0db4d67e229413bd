"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/http/form-action";

export type FormAction = (state: FormState, data: FormData) => Promise<FormState>;

/** FormState plus whether the last submit succeeded without leaving the page. */
export type SubmittedState = FormState & { done?: boolean };

/**
 * The one form-state helper: a server action's state (message, field errors, echoed values),
 * whether it is running, and `done` after a submit that came back without a message.
 */
export function useFormState(action: FormAction) {
  const [state, run, pending] = useActionState<SubmittedState, FormData>(async (previous, data) => {
    const next = await action(previous, data);
    return { ...next, done: !next.message };
  }, {});
  return { state, run, pending };
}
