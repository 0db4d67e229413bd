import type { ScenarioDefinition, ScenarioResult } from "@/lib/sim/scenario-types";

/*
 * Hand-written results with known numbers, so renderer tests do not depend on lib/sim.
 * The vanishing series is the LSTM cell-path product prod f_t = sigmoid(b)^t: with a constant
 * forget-gate bias b and no input, every forget gate is sigmoid(b), so the product is its power.
 * The exploding one is s^t for s = 1.1, which passes float64's largest value (about 1.8e308)
 * at t = 7448, since 308.25 / log10(1.1) is about 7447.
 */

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const steps = Array.from({ length: 11 }, (_, t) => t * 10);

export const logResult: ScenarioResult = {
  scenarioId: "fixture-log",
  mode: "full BPTT",
  caption: "The cell-path gradient decays as sigmoid(b)^T; the RNN explodes until it overflows.",
  panels: [
    {
      id: "norms",
      title: "Gradient norm against distance",
      xLabel: "steps back",
      xUnit: "steps",
      yLabel: "‖∂c_T/∂c_0‖",
      yUnit: "dimensionless",
      yScale: "log",
      series: [
        {
          id: "lstm",
          label: "LSTM cell path",
          points: steps.map((t) => ({ x: t, y: sigmoid(1) ** t })),
        },
        {
          id: "rnn",
          label: "tanh RNN",
          // Nulls after step 60 model an overflow; a 0 must be skipped on the log axis.
          points: steps.map((t) => ({ x: t, y: t > 60 ? null : t === 30 ? 0 : 1.1 ** t })),
          overflowAt: 70,
        },
        {
          id: "bound",
          label: "bound η^T",
          style: "dashed",
          points: steps.map((t) => ({ x: t, y: 0.9 ** t })),
        },
      ],
      referenceLines: [{ y: 1, label: "y = 1" }],
    },
  ],
};

export const linearResult: ScenarioResult = {
  scenarioId: "fixture-linear",
  caption: "Clipping rescales the gradient to the threshold.",
  panels: [
    {
      id: "clip",
      title: "Gradient norm before and after clipping",
      xLabel: "update",
      xUnit: "",
      yLabel: "norm",
      yUnit: "",
      yScale: "linear",
      series: [
        { id: "raw", label: "raw", points: [0, 1, 2, 3].map((x) => ({ x, y: 5 * x })) },
        {
          id: "clipped",
          label: "clipped",
          points: [0, 1, 2, 3].map((x) => ({ x, y: Math.min(5 * x, 2) })),
        },
      ],
      referenceLines: [{ y: 2, label: "threshold" }],
    },
    {
      id: "second",
      title: "Second panel",
      xLabel: "update",
      xUnit: "",
      yLabel: "ratio",
      yUnit: "",
      yScale: "linear",
      series: [
        {
          id: "ratio",
          label: 'ratio, "quoted"',
          points: [
            { x: 1, y: 1 },
            { x: 4, y: 0.5 },
          ],
        },
      ],
    },
  ],
};

/** A definition whose run() is a closed form, for the CLI and lab page tests. */
export const fixtureDefinition: ScenarioDefinition = {
  id: "fixture-decay",
  title: "Fixture decay",
  lessonId: "why-lstm-solves-vanishing-gradients",
  summary: "sigmoid(b)^t",
  params: {
    forgetBias: {
      kind: "number",
      label: "forget-gate bias",
      unit: "",
      meaning: "Higher keeps more of the cell state each step.",
      min: -3,
      max: 6,
      step: 0.5,
      default: 1,
    },
    steps: {
      kind: "number",
      label: "sequence length",
      unit: "steps",
      meaning: "How far back the gradient travels.",
      min: 1,
      max: 200,
      step: 1,
      default: 50,
      integer: true,
    },
  },
  cost: (v) => Number(v.steps ?? 50) * 10,
  run: (v) => {
    const b = Number(v.forgetBias ?? 1);
    const T = Number(v.steps ?? 50);
    return {
      scenarioId: "fixture-decay",
      caption: `sigmoid(${b})^${T}`,
      panels: [
        {
          id: "decay",
          title: "Decay",
          xLabel: "steps back",
          xUnit: "steps",
          yLabel: "gradient",
          yUnit: "",
          yScale: "log",
          series: [
            {
              id: "f",
              label: "prod f",
              points: Array.from({ length: T + 1 }, (_, t) => ({ x: t, y: sigmoid(b) ** t })),
            },
          ],
        },
      ],
    };
  },
};
