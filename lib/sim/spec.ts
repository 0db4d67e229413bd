/**
 * The trace spec: one zod schema that the CLI, the API routes and trace() all parse with.
 * Field errors name the field and the allowed range or shape; cross-field checks (shapes,
 * model-specific fields, work caps) run in the same schema so every caller gets them.
 */
import { z } from "zod";
import { ACTIVATION_NAMES } from "./activations";
import { show } from "./errors";
import { arrayOf, bool, enumOf, intIn, numIn } from "./errors-zod";
import { INIT_NAMES } from "./init";
import { LIMITS } from "./limits";

const entry = numIn(-LIMITS.maxAbsValue, LIMITS.maxAbsValue);
const vector = arrayOf(entry, "an array of numbers");
const matrix = arrayOf(vector, "an array of rows (arrays of numbers)");

export const WeightsSpec = z
  .object({
    weightIH: matrix.optional(),
    weightHH: matrix.optional(),
    /** rnn and lstm: b_ih + b_hh */
    bias: vector.optional(),
    /** gru only */
    biasIH: vector.optional(),
    biasHH: vector.optional(),
  })
  .strict();

export const MODE_NAMES = ["full", "truncated", "full-bptt", "truncated-1997"] as const;

export const TraceSpec = z
  .object({
    model: enumOf(["rnn", "lstm", "gru"]),
    activation: enumOf(ACTIVATION_NAMES).optional(),
    hiddenSize: intIn(1, LIMITS.maxHiddenSize),
    inputSize: intIn(1, LIMITS.maxInputSize),
    steps: intIn(1, LIMITS.maxSteps),
    inputs: matrix.optional(),
    initialHidden: vector.optional(),
    initialCell: vector.optional(),
    weights: WeightsSpec.optional(),
    seed: intIn(0, 4294967295).optional(),
    init: enumOf(INIT_NAMES).optional(),
    initScale: numIn(0, 10).optional(),
    mode: enumOf(MODE_NAMES).optional(),
    forgetGate: bool().optional(),
    forgetBias: numIn(-10, 10).optional(),
    jacobian: bool().optional(),
    /** Also return the loss's gradient with respect to every entry of `weights`. */
    weightGrads: bool().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const add = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message, input: undefined });
    const H = s.hiddenSize;
    const I = s.inputSize;
    const only = (field: keyof typeof s, model: string) => {
      if (s[field] !== undefined && s.model !== model) {
        add([field], `only applies to model "${model}", got model "${s.model}"`);
      }
    };
    only("activation", "rnn");
    for (const f of ["mode", "forgetGate", "forgetBias", "initialCell"] as const) only(f, "lstm");
    const work = s.steps * H * (H + I);
    if (work > LIMITS.maxWork) {
      add(
        ["steps"],
        `steps * hiddenSize * (hiddenSize + inputSize) must be <= ${LIMITS.maxWork}, got ${work}`,
      );
    }
    if (s.jacobian) {
      if (H > LIMITS.maxJacobianHiddenSize) {
        add(["jacobian"], `needs hiddenSize <= ${LIMITS.maxJacobianHiddenSize}, got ${H}`);
      } else if (s.steps * H ** 3 > LIMITS.maxJacobianWork) {
        add(
          ["jacobian"],
          `needs steps * hiddenSize^3 <= ${LIMITS.maxJacobianWork}, got ${s.steps * H ** 3}`,
        );
      }
    }
    checkShape(add, ["inputs"], s.inputs, s.steps, I);
    checkLength(add, ["initialHidden"], s.initialHidden, H);
    checkLength(add, ["initialCell"], s.initialCell, H);
    const w = s.weights;
    if (w) {
      const G = s.model === "rnn" ? 1 : s.model === "lstm" ? 4 : 3;
      checkShape(add, ["weights", "weightIH"], w.weightIH, G * H, I);
      checkShape(add, ["weights", "weightHH"], w.weightHH, G * H, H);
      if (s.model === "gru") {
        if (w.bias !== undefined)
          add(["weights", "bias"], 'model "gru" takes biasIH and biasHH instead');
        checkLength(add, ["weights", "biasIH"], w.biasIH, G * H);
        checkLength(add, ["weights", "biasHH"], w.biasHH, G * H);
      } else {
        for (const f of ["biasIH", "biasHH"] as const) {
          if (w[f] !== undefined)
            add(["weights", f], `only applies to model "gru"; use bias (b_ih + b_hh)`);
        }
        checkLength(add, ["weights", "bias"], w.bias, G * H);
      }
    }
  });

export type TraceSpec = z.infer<typeof TraceSpec>;
export type TraceSpecInput = z.input<typeof TraceSpec>;

type Add = (path: (string | number)[], message: string) => void;

function checkShape(
  add: Add,
  path: string[],
  m: number[][] | undefined,
  rows: number,
  cols: number,
): void {
  if (m === undefined) return;
  const ragged = m.findIndex((row) => row.length !== (m[0]?.length ?? 0));
  if (ragged >= 0) {
    add(
      path,
      `expected ${rows} x ${cols}, got ragged rows (row 0 has ${m[0]?.length ?? 0} entries, row ${ragged} has ${m[ragged]?.length ?? 0})`,
    );
  } else if (m.length !== rows || (m[0]?.length ?? 0) !== cols) {
    add(path, `expected ${rows} x ${cols}, got ${m.length} x ${m[0]?.length ?? 0}`);
  }
}

function checkLength(add: Add, path: string[], v: number[] | undefined, n: number): void {
  if (v !== undefined && v.length !== n) add(path, `expected length ${n}, got ${show(v.length)}`);
}
