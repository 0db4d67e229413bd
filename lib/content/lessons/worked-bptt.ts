/**
 * A three-step BPTT example with every number shown, computed here (never typed in) so the text
 * cannot drift from the arithmetic; tests/unit/content/worked-bptt.test.ts checks it against
 * lib/sim's rnnBackward and finite differences. One tanh unit: h_t = tanh(w h_{t-1} + u x_t),
 * h_0 = 0, loss L = ½(h_3 − y)².
 */
export const WORKED = { w: 0.8, u: 1, inputs: [1, 0.5, -1], target: 0.2 } as const;

export interface WorkedBptt {
  a: number[];
  h: number[];
  loss: number;
  /** dL/dh_t for t = 3, 2, 1, 0 (index t). */
  dh: number[];
  /** dL/da_t (index t, 1..3). */
  delta: number[];
  dw: number;
  du: number;
}

export function workedBptt(w: number = WORKED.w, u: number = WORKED.u): WorkedBptt {
  const x = WORKED.inputs;
  const T = x.length;
  const a = [0];
  const h = [0];
  for (let t = 1; t <= T; t++) {
    a[t] = w * h[t - 1]! + u * x[t - 1]!;
    h[t] = Math.tanh(a[t]!);
  }
  const loss = 0.5 * (h[T]! - WORKED.target) ** 2;
  const dh: number[] = [];
  const delta: number[] = [];
  dh[T] = h[T]! - WORKED.target;
  let dw = 0;
  let du = 0;
  for (let t = T; t >= 1; t--) {
    delta[t] = dh[t]! * (1 - h[t]! ** 2);
    dh[t - 1] = delta[t]! * w;
    dw += delta[t]! * h[t - 1]!;
    du += delta[t]! * x[t - 1]!;
  }
  return { a, h, loss, dh, delta, dw, du };
}

const n = (v: number) => {
  const s = Number(v.toPrecision(4));
  return s === 0 ? "0" : String(s);
};
/** A factor inside a product: negatives in parentheses. */
const f = (v: number) => (v < 0 ? `(${n(v)})` : n(v));

/** The worked example as Markdown: forward table, backward steps, and the weight gradients. */
export function workedBpttMarkdown(): string {
  const r = workedBptt();
  const { w, u, inputs: x, target } = WORKED;
  const fwd = [1, 2, 3]
    .map(
      (t) =>
        `| ${t} | ${n(x[t - 1]!)} | $${w} \\cdot ${f(r.h[t - 1]!)} + ${u} \\cdot ${f(x[t - 1]!)} = ${n(r.a[t]!)}$ | ${n(r.h[t]!)} | ${n(1 - r.h[t]! ** 2)} |`,
    )
    .join("\n");
  const back = [3, 2, 1]
    .map(
      (t) =>
        `${4 - t}. Step ${t}: $\\delta_${t} = \\partial L/\\partial h_${t} \\cdot (1 - h_${t}^2) = ${f(r.dh[t]!)} \\cdot ${n(1 - r.h[t]! ** 2)} = ${n(r.delta[t]!)}$; ` +
        `it adds $\\delta_${t} h_${t - 1} = ${n(r.delta[t]! * r.h[t - 1]!)}$ to $\\partial L/\\partial w$ and $\\delta_${t} x_${t} = ${n(r.delta[t]! * x[t - 1]!)}$ to $\\partial L/\\partial u$, ` +
        `and passes $\\partial L/\\partial h_${t - 1} = \\delta_${t} w = ${n(r.dh[t - 1]!)}$ back.`,
    )
    .join("\n");
  return String.raw`One $\tanh$ unit, $h_t = \tanh(w\,h_{t-1} + u\,x_t)$, with $w = ${w}$, $u = ${u}$, $h_0 = 0$,
inputs $x = (${x.join(", ")})$ and loss $L = \tfrac12 (h_3 - y)^2$ for the target $y = ${target}$.
Work down the tables; every number follows from the line above it.

**Forward.**

| $t$ | $x_t$ | $a_t = w h_{t-1} + u x_t$ | $h_t = \tanh a_t$ | $1 - h_t^2$ |
| --- | --- | --- | --- | --- |
${fwd}

So $L = \tfrac12 (${n(r.h[3]!)} - ${target})^2 = ${n(r.loss)}$.

**Backward.** Start with $\partial L/\partial h_3 = h_3 - y = ${n(r.dh[3]!)}$ and go back one step at a time:

${back}

**Result.** $\partial L/\partial w = ${n(r.dw)}$ and $\partial L/\partial u = ${n(r.du)}$. The signal that
reached $h_0$ is $${n(r.dh[0]!)}$: $\partial L/\partial h_3$ times three factors $(1 - h_t^2)\,w$, the
product of Jacobians in miniature. The contribution of step 1 to $\partial L/\partial u$ is
$${n(r.delta[1]! * x[0])}$ against $${n(r.delta[3]! * x[2])}$ from step 3: the early input already
counts for less, after only two steps back.`;
}
