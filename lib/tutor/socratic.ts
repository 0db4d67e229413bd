/**
 * Guiding questions by concept, for when the hints are used up or a reply had to be withheld.
 * They point at the reasoning, never at a result; the leak guard still checks them.
 */
const BY_CONCEPT: Readonly<Record<string, readonly string[]>> = {
  bptt: [
    "Write the gradient at an early step as a chain of per-step factors. How many factors are there, and what is each one?",
  ],
  "vanishing-gradient": [
    "What happens to a product of many factors that are each a little below 1? Try five factors of 0.9.",
    "Which quantity is multiplied at every step on the way back, and how big is it here?",
  ],
  "exploding-gradient": [
    "What happens to a product of many factors that are each a little above 1? Try five factors of 1.1.",
    "Which path back through time is not protected by a gate, and what multiplies the gradient along it?",
  ],
  "spectral-norm": [
    "Which number bounds how much one multiplication by W can stretch a vector: an eigenvalue or a singular value?",
  ],
  "activation-derivatives": [
    "What is the largest value the activation's derivative can take, and where is it reached?",
  ],
  "lstm-gates": [
    "For each gate, ask: does it decide what to keep, what to write, or what to show?",
  ],
  "gru-gates": ["Which gate decides how much of the old state is copied forward unchanged?"],
  "forget-gate-bias": [
    "With the input weights at zero, the forget gate is σ(b_f). What is that for your bias, and how many times is it multiplied?",
  ],
  "cell-state-path": [
    "Differentiate c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t with respect to c_{t-1}. What is the term that involves no weight matrix?",
  ],
  "long-term-dependencies": [
    "Which signal has to travel back across the gap for the network to learn to keep the information?",
  ],
  "gradient-clipping": [
    "Norm clipping multiplies the whole gradient by one number. What does that keep, and what does it change?",
  ],
  "residual-connections": [
    "Differentiate x + F(x) with respect to x. What does the identity term contribute, whatever F does?",
  ],
  initialisation: [
    "What are the singular values of an orthogonal matrix, and what does that mean for a product of them?",
  ],
  "constant-error-carousel": [
    "If a unit's self-connection has weight exactly 1 and no squashing, what is the derivative of its state with respect to the previous one?",
  ],
  "truncated-bptt": [
    "Which routes back in time did the 1997 gradient cut, and which one did it keep?",
  ],
};

const GENERIC = [
  "Which lesson idea does the question hinge on? Say it in one sentence, then test each option against it.",
  "Try a tiny case first: one unit, two or three steps. What does the chain rule give you?",
];

/** A guiding question for the n-th request past the last hint (cycles through the concepts). */
export function socraticQuestion(concepts: readonly string[], n: number): string {
  const pool = concepts.flatMap((c) => BY_CONCEPT[c] ?? []);
  const all = pool.length > 0 ? pool : GENERIC;
  return all[((n % all.length) + all.length) % all.length] ?? GENERIC[0] ?? "";
}
