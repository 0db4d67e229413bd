/**
 * Readable names of the concepts mastery is tracked on. Pages show these; the ids stay in
 * exports and URLs. Every concept a lesson teaches must have one (tests/unit/content).
 */
export const CONCEPT_TITLES: Readonly<Record<string, string>> = {
  "vanishing-gradient": "Vanishing gradients",
  "exploding-gradient": "Exploding gradients",
  "long-term-dependencies": "Long-term dependencies",
  "lstm-gates": "LSTM gates",
  "cell-state-path": "The cell-state path",
  "forget-gate-bias": "The forget-gate bias",
  "gradient-clipping": "Gradient clipping",
  "spectral-norm": "Singular values and spectral norm",
  "activation-derivatives": "Activation derivatives",
  initialisation: "Initialisation",
  "residual-connections": "Residual connections",
  "constant-error-carousel": "The constant error carousel",
  "truncated-bptt": "The 1997 truncated gradient",
  bptt: "Backpropagation through time",
  "gru-gates": "GRU gates",
};

/** The concept's title; an unknown id is shown as words rather than as a slug. */
export function conceptTitle(id: string): string {
  const title = CONCEPT_TITLES[id];
  if (title) return title;
  const words = id.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
