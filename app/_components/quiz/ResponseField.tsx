"use client";

import type { PublicQuestion } from "@/lib/learning/grading";
import { parseNumberText } from "@/lib/learning/number-text";
import { LazyMarkdown as Markdown } from "../lazy-markdown";
import styles from "./quiz.module.css";

export type Draft = Record<string, unknown>;

/** A draft field as input text (drafts hold strings, numbers or id lists). */
function asText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

/** The empty response for a question type (what the learner starts from). */
export function emptyDraft(question: PublicQuestion): Draft {
  switch (question.type) {
    case "single-choice":
    case "predict-plot":
      return { type: question.type, optionId: "" };
    case "multiple-select":
      return { type: question.type, optionIds: [] };
    case "numeric":
      return { type: question.type, value: "" };
    case "ordering":
      return { type: question.type, order: (question.items ?? []).map((item) => item.id) };
    case "short-text":
      return { type: question.type, text: "" };
  }
}

/** What the API receives: numeric text becomes a number (a decimal comma is read as a point). */
export function toResponse(draft: Draft): Record<string, unknown> {
  if (draft.type === "numeric") {
    const parsed = parseNumberText(asText(draft.value));
    return { ...draft, value: parsed.ok ? parsed.value : asText(draft.value) };
  }
  return draft;
}

export function isComplete(draft: Draft): boolean {
  switch (draft.type) {
    case "single-choice":
    case "predict-plot":
      return typeof draft.optionId === "string" && draft.optionId !== "";
    case "multiple-select":
      return Array.isArray(draft.optionIds) && draft.optionIds.length > 0;
    case "numeric":
      return parseNumberText(asText(draft.value)).ok;
    case "short-text":
      return typeof draft.text === "string" && draft.text.trim().length > 0;
    default:
      return true;
  }
}

interface Props {
  question: PublicQuestion;
  draft: Draft;
  onChange: (draft: Draft) => void;
  disabled: boolean;
}

export function ResponseField({ question, draft, onChange, disabled }: Props) {
  const name = `answer-${question.questionId}`;
  switch (question.type) {
    case "single-choice":
    case "predict-plot":
      return (
        <fieldset className={styles.options} disabled={disabled}>
          <legend className="visually-hidden">Choose one answer</legend>
          {(question.options ?? []).map((option, index) => (
            <label key={option.id} className={styles.option}>
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={draft.optionId === option.id}
                onChange={() => onChange({ ...draft, optionId: option.id })}
              />
              <span className={styles.key} aria-hidden="true">
                {index + 1}
              </span>
              <Markdown>{option.text}</Markdown>
            </label>
          ))}
        </fieldset>
      );
    case "multiple-select": {
      const chosen = new Set(Array.isArray(draft.optionIds) ? (draft.optionIds as string[]) : []);
      return (
        <fieldset className={styles.options} disabled={disabled}>
          <legend className="visually-hidden">Choose every answer that applies</legend>
          {(question.options ?? []).map((option, index) => (
            <label key={option.id} className={styles.option}>
              <input
                type="checkbox"
                name={name}
                value={option.id}
                checked={chosen.has(option.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(option.id);
                  else next.delete(option.id);
                  onChange({ ...draft, optionIds: [...next] });
                }}
              />
              <span className={styles.key} aria-hidden="true">
                {index + 1}
              </span>
              <Markdown>{option.text}</Markdown>
            </label>
          ))}
        </fieldset>
      );
    }
    case "numeric":
      return (
        <NumericField question={question} draft={draft} onChange={onChange} disabled={disabled} />
      );
    case "ordering":
      return (
        <OrderingField question={question} draft={draft} onChange={onChange} disabled={disabled} />
      );
    case "short-text":
      return (
        <div className="field">
          <label htmlFor={name}>Your answer, in a sentence or two</label>
          <textarea
            id={name}
            rows={4}
            maxLength={2000}
            disabled={disabled}
            value={asText(draft.text)}
            onChange={(event) => onChange({ ...draft, text: event.target.value })}
          />
        </div>
      );
  }
}

/** Text that is not yet a number says why beside the field, so a disabled Submit is explained. */
function NumericField({ question, draft, onChange, disabled }: Props) {
  const name = `answer-${question.questionId}`;
  const text = asText(draft.value);
  const parsed = parseNumberText(text);
  const problem = text.trim() !== "" && !parsed.ok ? parsed.problem : undefined;
  return (
    <div className="field">
      <label htmlFor={name}>Your answer{question.unit ? ` (${question.unit})` : ""}</label>
      <input
        id={name}
        inputMode="decimal"
        autoComplete="off"
        disabled={disabled}
        value={text}
        placeholder="e.g. 0.0052 or 5.2e-3"
        aria-invalid={problem !== undefined}
        aria-describedby={`${name}-problem`}
        onChange={(event) => onChange({ ...draft, value: event.target.value })}
      />
      <p id={`${name}-problem`} className="muted" role="status" data-testid="number-problem">
        {problem}
      </p>
    </div>
  );
}

function OrderingField({ question, draft, onChange, disabled }: Props) {
  const order = Array.isArray(draft.order) ? (draft.order as string[]) : [];
  const text = new Map((question.items ?? []).map((item) => [item.id, item.text]));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange({ ...draft, order: next });
  };
  return (
    <ol className={styles.ordering} aria-label="Order the items, first at the top">
      {order.map((id, index) => (
        <li key={id} className={styles.option}>
          <span className={styles.orderText}>
            <Markdown>{text.get(id) ?? id}</Markdown>
          </span>
          <span className={styles.orderButtons}>
            <button
              type="button"
              className="secondary"
              disabled={disabled || index === 0}
              aria-label={`Move "${text.get(id) ?? id}" up`}
              onClick={() => move(index, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="secondary"
              disabled={disabled || index === order.length - 1}
              aria-label={`Move "${text.get(id) ?? id}" down`}
              onClick={() => move(index, index + 1)}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
