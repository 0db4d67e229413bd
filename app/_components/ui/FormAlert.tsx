import type { FormState } from "@/lib/http/form-action";

/** The form's message, announced: why the submit did not go through. */
export function FormAlert({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <div role="alert" className="alert">
      {state.message}
    </div>
  );
}
