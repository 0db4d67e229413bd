// Writes calc-free-form.json: the questions with their expected values computed here, not by
// hand (node tests/unit/tutor/wordings/calc-free-form.mjs tests/unit/tutor/wordings/calc-free-form.json,
// then npx prettier --write on the file).
// Every third item is kept aside ("aside-…") and run only after the readers are finished.
import { writeFileSync } from "node:fs";
const s = (x) => 1 / (1 + Math.exp(-x));
const clip = (g, t) => {
  const n = Math.hypot(...g);
  return n >= t ? g.map((x) => (x * t) / n) : g;
};
const first = (f, lvl) => Math.floor(Math.log(lvl) / Math.log(f)) + 1;
const dt = (x) => 1 - Math.tanh(x) ** 2;
const ds = (x) => s(x) * (1 - s(x));
const items = [
  ["Clip g = [6,8] to a max norm of 5. What do I get?", { numbers: clip([6, 8], 5) }],
  ["what does norm clipping at threshold two do to (3, 4)?", { numbers: clip([3, 4], 2) }],
  [
    "gradient components 3, 4 and 12, clip threshold 6.5: result?",
    { numbers: clip([3, 4, 12], 6.5) },
  ],
  ["if g = 6i + 8j and θ = 2.5, what is the clipped gradient?", { numbers: clip([6, 8], 2.5) }],
  [
    "My gradient is 9 and 12 and I clip its norm at three. Which vector comes out?",
    { numbers: clip([9, 12], 3) },
  ],
  ["θ = ten, vector (5, 12): clip it by norm", { numbers: clip([5, 12], 10) }],
  [
    "with a forget gate bias of two, how much of the cell gradient survives T=50?",
    { number: s(2) ** 50 },
  ],
  ["forget bias 1, t of 100: what's left along the cell path?", { number: s(1) ** 100 }],
  [
    "How much gradient does the cell path keep for fifty timesteps if b_f = 3?",
    { number: s(3) ** 50 },
  ],
  [
    "forget-gate bias of four over 1k steps: how much survives on the cell?",
    { number: s(4) ** 1000 },
  ],
  ["σ(1.5) to the 30th: what fraction is kept?", { number: s(1.5) ** 30 }],
  [
    "Forget bias = minus one, 20 steps: how much does the cell gradient keep?",
    { number: s(-1) ** 20 },
  ],
  [
    "each step multiplies the gradient by zero point nine; what's left after 50 steps?",
    { number: 0.9 ** 50 },
  ],
  ["a factor of 0.95 per step for a thousand steps: how much remains?", { number: 0.95 ** 1000 }],
  ["per-step factor 1.1, T = 30: how big does the gradient get?", { number: 1.1 ** 30 }],
  [
    "If each Jacobian shrinks the gradient to 80 % of its size, how much is left after 25 steps?",
    { number: 0.8 ** 25 },
  ],
  ["what's 0.99^1k?", { number: 0.99 ** 1000 }],
  ["a half per step over ten steps: what fraction survives?", { number: 0.5 ** 10 }],
  ["multiply the per-step factors 0.9, 1.2, 0.5 and 0.8", { number: 0.9 * 1.2 * 0.5 * 0.8 }],
  [
    "the Jacobian norms are 1.5, 0.5, 2 and 0.25, what's the total factor?",
    { number: 1.5 * 0.5 * 2 * 0.25 },
  ],
  ["what is the product of one half, 0.8 and 1.5?", { number: 0.5 * 0.8 * 1.5 }],
  [
    "five steps with factors 1.1 × 0.9 × 1.1 × 0.9 × 1.0, what's the combined factor?",
    { number: 1.1 * 0.9 * 1.1 * 0.9 },
  ],
  [
    "each step keeps 0.9 of the gradient; after how many steps is it below one in a thousand?",
    { number: first(0.9, 1e-3) },
  ],
  ["smallest T with 0.95^T below 1e-3?", { number: first(0.95, 1e-3) }],
  ["How many steps until 0.8^n drops under 10^-3?", { number: first(0.8, 1e-3) }],
  [
    "with a factor of 0.99 per step, after how many steps has the gradient fallen below 0.1%?",
    { number: first(0.99, 1e-3) },
  ],
  [
    "how many steps before a per-step factor of 0.5 leaves less than 5 % of the gradient?",
    { number: first(0.5, 0.05) },
  ],
  [
    "forget bias 2: after how many steps is the cell gradient under one percent?",
    { number: first(s(2), 0.01) },
  ],
  ["what is the derivative of tanh at a half?", { number: dt(0.5) }],
  ["slope of the sigmoid at zero?", { number: ds(0) }],
  ["tanh'(x) for x = 2?", { number: dt(2) }],
  ["sigmoid derivative at x=-1", { number: ds(-1) }],
  ["What does σ'(3) come out to?", { number: ds(3) }],
  ["the gradient of sigmoid at 2?", { number: ds(2) }],
  ["gradient (1, 2, 2) clipped at 1.5: new vector?", { numbers: clip([1, 2, 2], 1.5) }],
  ["b_f=2.5, T=40: cell path gradient?", { number: s(2.5) ** 40 }],
];
const cases = items.map(([question, expect], i) => ({
  id: `${i % 3 === 2 ? "aside" : "dev"}-${String(i + 1).padStart(2, "0")}`,
  question,
  expect,
}));
const round = (x) => Number(x.toPrecision(10));
for (const c of cases) {
  if (c.expect.number !== undefined) c.expect.number = round(c.expect.number);
  if (c.expect.numbers) c.expect.numbers = c.expect.numbers.map(round);
}
writeFileSync(process.argv[2], JSON.stringify({ family: "calc-free-form", cases }, null, 2) + "\n");
console.log(cases.length, cases.filter((c) => c.id.startsWith("aside")).length);
