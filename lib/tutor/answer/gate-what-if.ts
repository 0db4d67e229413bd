/**
 * A what-if that holds the forget gate at one value ("what if f sat at 0.5 for every step?",
 * "…at exactly 1?") is answered by the cell path's rule: under the usual truncation each step
 * back along the cell multiplies the gradient by $f_t$, so a constant $f$ leaves $f^T$ after $T$
 * steps. The reply opens on that consequence, worked at the value asked, rather than on a
 * passage that only shares the words "forget gate" (a passage about the bias, say).
 */

/** "the forget gate … at 0.5", "f_t = 1", "forget gates stuck at one". */
const GATE_VALUE =
  /\b(?:forget[- ]gates?(?: activations?| values?)?|f_?t|f)\s+(?:\w+\s+){0,3}?(?:at|=|to|of|is|are|be|equals?|held|holds|kept|fixed|pinned)\s*(?:exactly\s+|about\s+|around\s+|roughly\s+|always\s+)?(\d*\.\d+|\d+|one|zero|half)\b|\b(?:forget[- ]gates?|f_?t|f)\s*=\s*(\d*\.\d+|\d+)/i;

/** A question about the bias sets $\sigma(b_f)$, not the gate itself: another answer. */
const ABOUT_BIAS = /\bbias\w*|\bb_f\b/i;

const WORDS: Readonly<Record<string, number>> = { one: 1, zero: 0, half: 0.5 };

/** The constant value the what-if holds the forget gate at, if it names one in [0, 1]. */
export function forgetGateValue(message: string): number | undefined {
  if (ABOUT_BIAS.test(message)) return undefined;
  const m = GATE_VALUE.exec(message);
  const raw = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (raw === undefined) return undefined;
  const value = WORDS[raw] ?? Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined;
}

/** $9.8 \times 10^{-4}$-style TeX for a positive number, two significant figures. */
export function texNumber(x: number): string {
  if (x >= 0.01) return String(Number(x.toPrecision(2)));
  const [mantissa, exponent] = x.toExponential(1).split("e");
  return String.raw`${mantissa} \times 10^{${Number(exponent)}}`;
}

const CAROUSEL = String.raw`Then the cell path is the 1997 constant error carousel: each step back along the cell multiplies the gradient by exactly 1, so it arrives unchanged however far back it goes. The price is memory that never lets go: nothing is ever forgotten, so on a long stream the cell can grow until $\tanh(c_t)$ saturates, the problem the forget gate (Gers, Schmidhuber and Cummins 2000) was added to solve.`;

const ERASED = String.raw`Then the cell is erased at every step: the cell path multiplies the gradient by 0, so nothing travels back along it past one step, and what is left has to go through the gates and $h_{t-1}$, as in a plain RNN.`;

/** The consequence of holding the forget gate at `f` for every step. */
function consequence(f: number): string {
  if (f === 1) return CAROUSEL;
  if (f === 0) return ERASED;
  const v = String(f);
  const halves = f === 0.5 ? ", so the gradient halves every step" : "";
  return String.raw`Then each step back along the cell multiplies the gradient by $${v}$${halves}: after $T$ steps the cell path keeps $${v}^T$, about $${texNumber(f ** 10)}$ after 10 steps and $${texNumber(f ** 50)}$ after 50. It decays geometrically, more slowly the closer $f$ is to 1, and only $f = 1$ keeps it whole.`;
}

/** The opening sentence for a what-if that holds the forget gate at a value, or undefined. */
export function gateWhatIfOpening(message: string): string | undefined {
  const f = forgetGateValue(message);
  return f === undefined ? undefined : consequence(f);
}
