"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/http/form-action";
import { FormField } from "../form-field";
import styles from "./dashboard.module.css";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email";
  hint?: string;
  defaultValue?: string;
  autoComplete?: string;
  /** A select instead of a text input. */
  options?: readonly { value: string; label: string }[];
}

interface ActionFormProps {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel?: string;
  /** Announced after a submit that succeeded without leaving the page. */
  doneText?: string;
  hidden?: Record<string, string>;
  fields?: readonly FieldSpec[];
  secondary?: boolean;
  inline?: boolean;
}

type State = FormState & { done?: boolean };

/** A server-action form: field errors beside their fields, the message in an alert. */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  doneText,
  hidden = {},
  fields = [],
  secondary,
  inline,
}: ActionFormProps) {
  const [state, run, pending] = useActionState<State, FormData>(async (previous, data) => {
    const next = await action(previous, data);
    return { ...next, done: !next.message };
  }, {});
  return (
    <form action={run} className={inline ? styles.inlineForm : "form"} noValidate>
      {state.message && (
        <div role="alert" className="alert">
          {state.message}
        </div>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.options ? (
          <div className="field" key={f.name}>
            <label htmlFor={f.name}>{f.label}</label>
            <select id={f.name} name={f.name} defaultValue={f.defaultValue}>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <FormField
            key={f.name}
            name={f.name}
            label={f.label}
            type={f.type ?? "text"}
            hint={f.hint}
            autoComplete={f.autoComplete}
            defaultValue={state.values?.[f.name] ?? f.defaultValue}
            error={state.fields?.[f.name]}
          />
        ),
      )}
      <button type="submit" disabled={pending} className={secondary ? "secondary" : undefined}>
        {pending ? (pendingLabel ?? "Saving…") : submitLabel}
      </button>
      <span role="status" className="muted">
        {state.done && doneText ? ` ${doneText}` : ""}
      </span>
    </form>
  );
}
