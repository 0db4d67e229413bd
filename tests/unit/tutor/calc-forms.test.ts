/**
 * The calculation forms read by role rather than by sentence shape: each row is a wording of one
 * form (typos, lower case, phone style, number words, units), and the expected value is computed
 * here from the form's own formula, never typed in. Every reply must open with the result.
 */
import { describe, expect, it } from "vitest";
import { ACTIVATIONS, clipByNorm, sigmoid } from "@/lib/sim";
import { respond } from "@/lib/tutor";
import { calculate } from "@/lib/tutor/answer/calc";

const tanhSlope = (x: number) => 1 - Math.tanh(x) ** 2;
const product = (xs: number[]) => xs.reduce((a, b) => a * b, 1);
/** The first bold number of a reply: the result it opens with. */
const result = (text: string | undefined) =>
  Number((/\*\*\(?([-+]?[\d.]+(?:e[-+]?\d+)?)/.exec(text ?? "")?.[1] ?? "NaN").replace("−", "-"));

function expectResult(message: string, expected: number) {
  const c = calculate(message);
  expect(c, message).toBeDefined();
  const v = result(c?.text);
  expect(Math.abs(v - expected) / Math.max(Math.abs(expected), 1e-12), message).toBeLessThan(0.01);
  // The result comes first: the bold number sits in the opening sentence.
  expect((c?.text ?? "").split(/\.(?:\s|$)/)[0], message).toMatch(/\*\*/);
}

type Row = [message: string, expected: number];

const LISTED_FACTORS: Row[] = [
  ["factors 0.9, 0.7, 1.2, 0.5, 0.8 - whats the overall gain", product([0.9, 0.7, 1.2, 0.5, 0.8])],
  [
    "gains of 1.2, 1.3, 0.4, 0.9 over four steps, net gradient scale?",
    product([1.2, 1.3, 0.4, 0.9]),
  ],
  [
    "the jacobians have norms 0.5 0.6 0.7 0.8, how big is the gradient after all of them",
    product([0.5, 0.6, 0.7, 0.8]),
  ],
  [
    "per step multipliers 1.1; 1.05; 0.95; 1.2 what do they come to in total",
    product([1.1, 1.05, 0.95, 1.2]),
  ],
  ["my slopes were .6, .9 and .7 each step. combined factor??", product([0.6, 0.9, 0.7])],
];

const JACOBIAN_COUNTS: Row[] = [
  ["loss at step 25, I want dL/dh_5, how many Jacobians in the chain?", 25 - 5],
  ["the loss sits at t=40 and i need the grad wrt h_10. how many jacobian factors", 40 - 10],
  ["how many jacobians between h_3 and h_45", 45 - 3],
  ["number of jacobian matrices from step 60 to step 15?", 60 - 15],
  ["how many factors get multiplied from timestep 90 back to timestep 12", 90 - 12],
  ["loss at step fifty, gradient for h_20: how many jacobians multiply?", 50 - 20],
  // A marked step, then the span's other end bare.
  ["how many jacobians from step 80 to 30?", 80 - 30],
  ["how many factors between t=90 -> 12", 90 - 12],
  ["how many matrices from h70 down to 20?", 70 - 20],
];

const CONSTANT_FACTORS: Row[] = [
  ["gradient over sixty steps at 0.97 per step?", 0.97 ** 60],
  ["a hundred steps, factor 0.99, what fraction survives", 0.99 ** 100],
  ["twenty five steps of 0.9 each, whats the gain", 0.9 ** 25],
  ["each step multiplies by 1.04; after thirty steps how big is it", 1.04 ** 30],
  ["eighty steps with jacobian norm 0.9, final gradient?", 0.9 ** 80],
  ["gradient norm after 40 steps if every jacobian has norm 1.1", 1.1 ** 40],
];

const RECURRENCES: Row[] = [
  ["h_t = 0.95 h_{t-1}, gradient from step 30 back to 0?", 0.95 ** 30],
  ["if h_t = 1.02 * h_{t-1}, how big is the gradient from step 50 back to step 0", 1.02 ** 50],
  ["x_t = 0.8 x_{t-1} + u_t, how much of the gradient reaches step 0 from step 10?", 0.8 ** 10],
  ["W = sQ with s = 1.05, 60 steps, gradient norm?", 1.05 ** 60],
  ["W = s Q where s = 0.95 (Q orthogonal), whats the gradient norm after 100 steps", 0.95 ** 100],
  ["w = 1.1q, q orthogonal. norm of the gradient after twenty steps?", 1.1 ** 20],
];

const SLOPE_TIMES_WEIGHT: Row[] = [
  ["tanh'(0.5) times w = 1.5, what's the per-step factor?", tanhSlope(0.5) * 1.5],
  ["tanh'(a)=0.6 and w=1.5, per step factor?", 0.6 * 1.5],
  ["product of tanh'(a_t) w over 10 steps with tanh' = 0.5 and w = 1.2", (0.5 * 1.2) ** 10],
  ["tanh'(0.2)*w with w=2, over 10 steps?", (tanhSlope(0.2) * 2) ** 10],
  ["sigmoid'(0) times w = 3 over 5 steps", (ACTIVATIONS.sigmoid.der(sigmoid(0)) * 3) ** 5],
];

const SLOPE_MAXIMA: Row[] = [
  ["tanh' is at most what", ACTIVATIONS.tanh.gamma],
  ["whats the max of tanh prime", ACTIVATIONS.tanh.gamma],
  ["how big can the derivative of the sigmoid get", ACTIVATIONS.sigmoid.gamma],
  ["largest possible value of sigmoid'", ACTIVATIONS.sigmoid.gamma],
  ["upper bound on σ′ ?", ACTIVATIONS.sigmoid.gamma],
];

const tanhProduct = (as: number[], w: number) => product(as.map((a) => tanhSlope(a) * w));
const SLOPES_OVER_STEPS: Row[] = [
  [
    "pre-activations a_t = 0.5, 1.0 and 0.2 with w = 1.5: product of tanh'(a_t) w?",
    tanhProduct([0.5, 1, 0.2], 1.5),
  ],
  ["w = 1.2 and a = 0.3, 0.8, 1.5 — whats prod tanh'(a_t)*w", tanhProduct([0.3, 0.8, 1.5], 1.2)],
  [
    "tanh'(a_t) w with w = 0.9 and a_t of 0, 0.5, 1, 2: what's the product",
    tanhProduct([0, 0.5, 1, 2], 0.9),
  ],
];

const SURVIVAL_STEPS: Row[] = [
  [
    "a gradient that shrinks by 0.9 each step survives how many steps above 1e-3?",
    Math.floor(Math.log(1e-3) / Math.log(0.9)),
  ],
  [
    "how many steps does the gradient survive with factor 0.8 if survival means above 0.01?",
    Math.floor(Math.log(0.01) / Math.log(0.8)),
  ],
  [
    "with 0.95 per step, how long does the gradient survive above one in a thousand",
    Math.floor(Math.log(1e-3) / Math.log(0.95)),
  ],
  ["how many steps until 0.9^T falls below 0.001?", Math.ceil(Math.log(1e-3) / Math.log(0.9))],
];

const RADIUS_BOUNDS: Row[] = [
  ["spectral radius 1.2 times tanh bound 1, per step?", 1 * 1.2],
  ["spectral radius 0.8 and gamma 1, what's the per-step bound", 0.8],
  ["spectral radius 2 with sigmoid, bound per step?", ACTIVATIONS.sigmoid.gamma * 2],
  ["largest singular value 0.9, tanh, per-step bound", 0.9],
];

const OTHER_FORMS: Row[] = [
  ["forget bias 2, 50 steps, how much survives along the cell?", sigmoid(2) ** 50],
  ["sigmoid(3)^100 ?", sigmoid(3) ** 100],
  ["clip (3, 4) at 10", clipByNorm([3, 4], 10).clipped[0] ?? NaN],
  ["clip gradient (2, 3, 6) at threshold 3.5", clipByNorm([2, 3, 6], 3.5).clipped[0] ?? NaN],
];

describe.each([
  ["a product of listed per-step factors", LISTED_FACTORS],
  ["a count of Jacobians between two named steps", JACOBIAN_COUNTS],
  ["a constant factor over a length in words", CONSTANT_FACTORS],
  ["a linear recurrence or a scaled orthogonal W", RECURRENCES],
  ["tanh'(a)·w per step and over T steps", SLOPE_TIMES_WEIGHT],
  ["the largest slope of an activation", SLOPE_MAXIMA],
  ["a product of tanh'(a_t)·w over listed steps", SLOPES_OVER_STEPS],
  ["steps a gradient survives, steps until it falls below", SURVIVAL_STEPS],
  ["spectral radius times γ, the long-run rate per step", RADIUS_BOUNDS],
  ["the course's other forms", OTHER_FORMS],
])("%s", (_name, rows) => {
  it.each(rows)("%s", (message, expected) => expectResult(message, expected));
});

describe("a survival count names both ends", () => {
  it("says the last step above the level and the first below it", () => {
    const text = calculate(
      "factor 0.9 per step, how many steps does it survive above 0.001?",
    )?.text;
    const last = Math.floor(Math.log(1e-3) / Math.log(0.9));
    expect(text).toContain(`step ${last} is the last above it`);
    expect(text).toContain(`at step ${last + 1}`);
  });
});

describe("a largest slope asked with its reason is left to the explanation", () => {
  it("does not answer the number alone when the message also asks why", () => {
    expect(
      calculate("what's the biggest tanh' can get, and why is that bad for long sequences"),
    ).toBeUndefined();
  });
});

describe("the spectral radius bounds no single step", () => {
  it("calls γ·ρ a long-run rate and gives no bound over a gap from it", () => {
    expect(calculate("spectral radius 0.9 with tanh, whats the per step factor")?.text).toMatch(
      /long-run rate, not a bound/,
    );
    expect(
      calculate("tanh, rho(W) = 0.9: what bound on the gradient after 20 steps"),
    ).toBeUndefined();
  });
});

describe("a dial's noun is no request for a number", () => {
  it("leaves a named run with a gain and a length to the simulation", () => {
    expect(
      calculate("exploding demo with a recurrent gain of 1.4 and forty steps"),
    ).toBeUndefined();
  });
});

describe("a vector's norm is not a product of factors", () => {
  it("leaves a listed gradient whose norm is asked to the vector readers", () => {
    const text = calculate("what is the norm of the gradient (3, 4, 12)?")?.text ?? "";
    expect(text).not.toMatch(/3 × 4 × 12/);
  });
});

describe("a number asked is calculated; a run asked is run", () => {
  const asks = [
    "in the exploding demo, with recurrent scale 1.2 and 30 steps, how big is the gradient?",
    "W = sQ with s = 1.05, 60 steps, gradient norm?",
    "h_t = 0.95 h_{t-1}, gradient from step 30 back to 0?",
    "loss at t=40, gradient wrt h_10, how many jacobian factors?",
  ];
  it.each(asks)("%s", async (message) => {
    const reply = await respond({ message }, {});
    expect(reply.intent).toBe("calculate");
    expect(reply.plot).toBeUndefined();
  });
  const runs = [
    "show me the spectral radius sweep with 0.9 and 50 steps",
    "set the steps to 50 and run",
  ];
  it.each(runs)("%s", async (message) => {
    const reply = await respond({ message }, {});
    expect(reply.intent).toBe("simulate");
  });
});
