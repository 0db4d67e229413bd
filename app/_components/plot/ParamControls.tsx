"use client";
import { useId } from "react";
import { formatNumber, formatParamValue } from "@/lib/plot/format";
import type {
  ChoiceParamDef,
  NumberParamDef,
  ParamDefs,
  ParamValues,
} from "@/lib/sim/scenario-types";
import styles from "./plot.module.css";

interface ParamControlsProps {
  defs: ParamDefs;
  values: ParamValues;
  onChange: (name: string, value: number | string) => void;
  /** The pointer enters or focus moves into the controls: a change may follow soon. */
  onApproach?: () => void;
}

/** One labelled control per ParamDef: a range slider for numbers, a select for choices. */
export function ParamControls({ defs, values, onChange, onApproach }: ParamControlsProps) {
  return (
    <fieldset className={styles.controls} onPointerEnter={onApproach} onFocus={onApproach}>
      <legend>Parameters</legend>
      {Object.entries(defs).map(([name, def]) =>
        def.kind === "number" ? (
          <NumberControl
            key={name}
            name={name}
            def={def}
            defs={defs}
            value={values[name]}
            onChange={onChange}
          />
        ) : (
          <ChoiceControl
            key={name}
            name={name}
            def={def}
            value={values[name]}
            onChange={onChange}
          />
        ),
      )}
    </fieldset>
  );
}

interface ControlProps<D> {
  name: string;
  def: D;
  value: number | string | undefined;
  onChange: (name: string, value: number | string) => void;
}

function NumberControl({
  name,
  def,
  defs,
  value,
  onChange,
}: ControlProps<NumberParamDef> & { defs: ParamDefs }) {
  const id = useId();
  const current = typeof value === "number" ? value : def.default;
  const shown = formatParamValue(name, current, defs);
  const unit = def.unit.trim() === "" ? "" : ` ${def.unit}`;
  return (
    <div className={styles.control}>
      <div className={styles.controlHead}>
        <label htmlFor={`${id}-input`}>{def.label}</label>
        <output htmlFor={`${id}-input`} className={styles.value} aria-hidden="true">
          {shown}
        </output>
      </div>
      <input
        id={`${id}-input`}
        name={name}
        type="range"
        min={def.min}
        max={def.max}
        step={def.step}
        value={current}
        aria-valuetext={shown}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const raw = event.currentTarget.valueAsNumber;
          onChange(name, def.integer ? Math.round(raw) : raw);
        }}
      />
      <p id={`${id}-help`} className={styles.help}>
        {def.meaning}{" "}
        <span className={styles.range}>
          {`Range ${formatNumber(def.min)} to ${formatNumber(def.max)}${unit}, default ${formatNumber(def.default)}.`}
        </span>
      </p>
    </div>
  );
}

function ChoiceControl({ name, def, value, onChange }: ControlProps<ChoiceParamDef>) {
  const id = useId();
  return (
    <div className={styles.control}>
      <label htmlFor={`${id}-input`}>{def.label}</label>
      <select
        id={`${id}-input`}
        name={name}
        value={typeof value === "string" ? value : def.default}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(name, event.currentTarget.value)}
      >
        {def.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className={styles.help}>
        {def.meaning}
      </p>
    </div>
  );
}
