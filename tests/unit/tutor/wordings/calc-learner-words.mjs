// Writes calc-learner-words.json: calculation questions in learners' own words (numbers in
// words, tokens and timesteps as steps, a gate "stuck at" a value, Pascanu's stated bound,
// parameter counts, a small BPTT by hand), with expected values computed here, not by hand:
// node tests/unit/tutor/wordings/calc-learner-words.mjs tests/unit/tutor/wordings/calc-learner-words.json
// then npx prettier --write on the file. The "aside" third was run once, after the readers
// were finished.
import { writeFileSync } from "node:fs";
const sig = (x) => 1 / (1 + Math.exp(-x));
/** One-unit BPTT, h_t = tanh(w h_{t-1} + u x_t), h_0 = 0, L = ½ h_T²: dL/dw. */
const bptt = (w, u, xs) => {
  const h = [0];
  for (const x of xs) h.push(Math.tanh(w * h.at(-1) + u * x));
  let dh = h.at(-1);
  let dw = 0;
  for (let t = xs.length; t >= 1; t--) {
    const d = dh * (1 - h[t] ** 2);
    dw += d * h[t - 1];
    dh = d * w;
  }
  return dw;
};
/** A plain sigmoid stack from x = 0: the product of σ'(x_l) along the states it passes. */
const sigstack = (L) => {
  let [x, v] = [0, 1];
  for (let l = 0; l < L; l++) {
    const y = sig(x);
    v *= y * (1 - y);
    x = y;
  }
  return v;
};
const items = [
  [
    "dev",
    "ten plain layers, no residual connection, each x -> 0.5 tanh(x) at 0: how much gradient reaches the input?",
    0.5 ** 10,
  ],
  [
    "dev",
    "twenty layers without skip connections, each computing 0.3 tanh(x), evaluated at x = 0. what's the gradient through the stack?",
    0.3 ** 20,
  ],
  [
    "dev",
    "x_t = w * x_(t-1) with x_0 = 1 and w = 0.9, forty steps: compute dx_T/dw",
    40 * 0.9 ** 39 * 1,
  ],
  ["dev", "h_t = 0.8 * h_(t-1), linear, how much is left after 30 steps?", 0.8 ** 30],
  [
    "dev",
    "tanh rnn, largest singular value of W_hh is 1.5, bound gamma*sigma_max per step, what's the bound on the gradient over 10 steps?",
    1.5 ** 10,
  ],
  [
    "dev",
    "sigmoid network, sigma_max(W) = 2. using the per-step bound gamma times sigma_max, bound on ||dh_T/dh_k|| for a gap of 8 steps?",
    0.5 ** 8,
  ],
  [
    "dev",
    "for a tanh RNN what's the smallest largest-singular-value of W needed before the gradient can explode?",
    1,
  ],
  [
    "dev",
    "how many parameters does a single LSTM layer have with input size 32 and hidden size 64, one bias per gate?",
    4 * (64 * (32 + 64) + 64),
  ],
  [
    "dev",
    "how many parameters in a GRU layer, input dim 8, hidden size 16, one bias vector per gate?",
    3 * (16 * (8 + 16) + 16),
  ],
  [
    "dev",
    "parameter count of a vanilla RNN layer with 5 inputs and 10 hidden units, with one bias vector",
    10 * (5 + 10) + 10,
  ],
  [
    "dev",
    "forget gate stuck at 0.95 at every step. how much of the cell gradient survives back 40 tokens?",
    0.95 ** 40,
  ],
  [
    "dev",
    "if the forget gate is fixed at 0.8, how much of the cell gradient gets back thirty timesteps?",
    0.8 ** 30,
  ],
  [
    "dev",
    "each step multiplies the gradient by 0.9. how much is left after fifty tokens?",
    0.9 ** 50,
  ],
  [
    "dev",
    "bptt by hand: one tanh unit h_t = tanh(w*h_(t-1) + x_t), h_0 = 0, w = 0.8, inputs x_1 = 1, x_2 = 0, loss L = 0.5 h_2^2. what's dL/dw?",
    bptt(0.8, 1, [1, 0]),
  ],
  [
    "dev",
    "single tanh neuron h_t = tanh(w h_{t-1} + x_t), w = 0.6, h_0 = 0, inputs x_1 = 0.2, x_2 = 0.4, x_3 = -0.1, loss L = 0.5 h_3^2: compute dL/dw",
    bptt(0.6, 1, [0.2, 0.4, -0.1]),
  ],
  [
    "dev",
    "a 12 layer plain sigmoid stack, each layer x -> sigmoid(x), at x = 0: how much gradient survives?",
    sigstack(12),
  ],
  [
    "dev",
    "lstm with input size 100 and hidden size 50: how many weights and biases, counting one bias per gate?",
    4 * (50 * (100 + 50) + 50),
  ],
  [
    "dev",
    "forget gate held at 0.99 for two hundred tokens, how much of the cell gradient is left?",
    0.99 ** 200,
  ],
  ["dev", "what's (0.25*3)^20", 0.75 ** 20],
  ["dev", "gradient per step scales by 1.1, what is it after twenty five timesteps?", 1.1 ** 25],
  [
    "dev",
    "x_t = w*x_(t-1), x_0 = 0.5, w = 1.2, 10 steps. second derivative d\u00b2x_T/dw\u00b2?",
    10 * 9 * 1.2 ** 8 * 0.5,
  ],
  [
    "dev",
    "tanh recurrent net with spectral norm of W equal to 0.8, what upper bound does gamma*sigma_max give over 15 steps?",
    0.8 ** 15,
  ],
  [
    "aside",
    "eight layers without a residual connection, each x -> 0.4 tanh(x) at zero. total gradient through them?",
    0.4 ** 8,
  ],
  [
    "aside",
    "x_t = w*x_(t-1), start x_0 = 3, w = 1.1, fifteen steps. what's dx_T/dw?",
    15 * 1.1 ** 14 * 3,
  ],
  [
    "aside",
    "sigmoid rnn whose largest singular value of W is 2, pascanu's bound gamma*sigma_max per step: bound after 12 steps?",
    0.5 ** 12,
  ],
  [
    "aside",
    "what's the minimum sigma_max of W for which a sigmoid RNN's gradient could explode?",
    4,
  ],
  [
    "aside",
    "how many parameters does one LSTM layer have with input size 3 and hidden size 4, with one bias vector per gate?",
    4 * (4 * (3 + 4) + 4),
  ],
  [
    "aside",
    "how many weights and biases in one GRU layer with input size 20, hidden size 30, one bias per gate?",
    3 * (30 * (20 + 30) + 30),
  ],
  [
    "aside",
    "forget gate stuck at 0.7 every step: how much of the cell gradient reaches back 10 tokens",
    0.7 ** 10,
  ],
  [
    "aside",
    "forget gate pinned at 0.9, how much cell gradient is left after sixty timesteps",
    0.9 ** 60,
  ],
  [
    "aside",
    "bptt by hand: tanh neuron h_t = tanh(w*h_prev + x_t), h_0 = 0, w = 0.4, inputs x_1 = 1, x_2 = 0.5, loss L = 0.5 h_2^2. what is dL/dw?",
    bptt(0.4, 1, [1, 0.5]),
  ],
  [
    "aside",
    "each step keeps 0.85 of the gradient; how much remains after twenty tokens?",
    0.85 ** 20,
  ],
  [
    "aside",
    "tanh rnn with sigma_max(W_hh) = 1.2: bound gamma*sigma_max, what's the bound on ||dh_T/dh_k|| over 5 steps?",
    1.2 ** 5,
  ],
];
const count = { dev: 0, aside: 0 };
const cases = items.map(([part, question, number]) => ({
  id: `${part}-${String(++count[part]).padStart(2, "0")}`,
  question,
  expect: { number },
}));
writeFileSync(process.argv[2], JSON.stringify({ family: "calc", cases }, null, 2) + "\n");
