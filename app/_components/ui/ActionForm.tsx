"use client";

import type { ReactNode } from "react";
import { FormField } from "../form-field";
import { FormAlert } from "./FormAlert";
import { HiddenFields } from "./HiddenFields";
import { useFormState, type FormAction, type SubmittedState } from "./useFormState";
import styles from "./ui.module.css";

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
  action: FormAction;
  submitLabel: string;
  pendingLabel?: string;
  /** Announced after a submit that succeeded without leaving the page. */
  doneText?: string;
  hidden?: Record<string, string>;
  /** Simple fields, drawn in order; `children` draws any others from the state. */
  fields?: readonly FieldSpec[];
  children?: (state: SubmittedState) => ReactNode;
  secondary?: boolean;
  inline?: boolean;
  "aria-labelledby"?: string;
}

/** A server-action form: field errors beside their fields, the message in an alert. */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  doneText,
  hidden = {},
  fields = [],
  children,
  secondary,
  inline,
  "aria-labelledby": labelledBy,
}: ActionFormProps) {
  const { state, run, pending } = useFormState(action);
  return (
    <form
      action={run}
      className={inline ? styles.inlineForm : "form"}
      noValidate
      aria-labelledby={labelledBy}
    >
      <FormAlert state={state} />
      <HiddenFields values={hidden} />
      {fields.map((f) => (
        <Field key={f.name} spec={f} state={state} />
      ))}
      {children?.(state)}
      <button type="submit" disabled={pending} className={secondary ? "secondary" : undefined}>
        {pending ? (pendingLabel ?? "Saving…") : submitLabel}
      </button>
      <span role="status" className="muted">
        {state.done && doneText ? ` ${doneText}` : ""}
      </span>
    </form>
  );
}

function Field({ spec: f, state }: { spec: FieldSpec; state: SubmittedState }) {
  if (f.options) {
    return (
      <div className="field">
        <label htmlFor={f.name}>{f.label}</label>
        <select id={f.name} name={f.name} defaultValue={f.defaultValue}>
          {f.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <FormField
      name={f.name}
      label={f.label}
      type={f.type ?? "text"}
      hint={f.hint}
      autoComplete={f.autoComplete}
      defaultValue={state.values?.[f.name] ?? f.defaultValue}
      error={state.fields?.[f.name]}
    />
  );
}
