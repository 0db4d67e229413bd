/**
 * A what-if that puts the recurrent matrix's scale on one side of 1 ("what if the recurrent
 * scale goes above 1?", "…singular value below one with tanh") is answered by Pascanu, Mikolov
 * and Bengio's bound $\|J_t\|_2 \le \gamma\,\sigma_{\max}(W)$: below $1/\gamma$ the gradient
 * must vanish; above it, it can explode, but need not. The reply opens on that and cites the
 * lesson that teaches the side asked about, not one that only shares "recurrent matrix".
 */

const SCALE =
  /\b(?:recurrent (?:matrix |weights? )?scale|scale of (?:the )?(?:recurrent (?:matrix|weights?)|w(?:_hh)?)|(?:largest |top )?singular values?(?: of w)?|sigma_max|spectral norm|norm of w)\b|σ_max/i;
const ABOVE =
  /\b(?:above|over|greater than|bigger than|larger than|more than|exceeds?|past)\s*(?:1|one)\b|>\s*1\b/i;
const BELOW = /\b(?:below|under|less than|smaller than)\s*(?:1|one)\b|<\s*1\b/i;

const GROWS = String.raw`Then the gradient can explode. Each step back multiplies it by $J_t = \operatorname{diag}(\phi'(a_t))\,W$, and for a linear network with $W = sQ$ ($Q$ orthogonal) the product grows like $s^T$: $s = 1.1$ over 50 steps is about 117. With $\tanh$ ($\gamma = 1$) a largest singular value above $1/\gamma = 1$ is necessary for explosion, not sufficient: saturated units, whose derivative is well below 1, can still pull the product down.`;

const SHRINKS = String.raw`Then the gradient must vanish: every factor obeys $\|J_t\|_2 \le \gamma\,\sigma_{\max}(W)$, with $\gamma = 1$ for $\tanh$, so with the largest singular value below $1/\gamma$ each step multiplies its norm by at most $\eta = \gamma\,\sigma_{\max}(W) < 1$ and the product falls at least geometrically with the gap.`;

const SIGMOID = String.raw`With the sigmoid ($\gamma = \tfrac14$) the threshold is $1/\gamma = 4$: a largest singular value between 1 and 4 still guarantees vanishing.`;

export interface ScaleWhatIf {
  opening: string;
  lessonId: string;
}

/** The answer to a what-if on the recurrent scale's side of 1, or undefined. */
export function scaleWhatIf(message: string): ScaleWhatIf | undefined {
  const named = SCALE.exec(message);
  if (!named) return undefined;
  const after = message.slice(named.index + named[0].length);
  const above = ABOVE.test(after);
  if (above === BELOW.test(after)) return undefined;
  if (!above) return { opening: SHRINKS, lessonId: "bptt-basics" };
  // Above 1 is below the sigmoid's 1/γ = 4: for a sigmoid network that is still vanishing.
  if (/\bsigmoid/i.test(message)) return { opening: SIGMOID, lessonId: "bptt-basics" };
  return { opening: GROWS, lessonId: "how-lstm-handles-exploding-gradients" };
}
