/**
 * The course glossary: one entry per term the lessons lean on, in our words. `match` lists the
 * phrasings (case-insensitive, whole words) that make a text link to the entry, so lessons,
 * feedback and tutor replies can point at the same definitions. Pure data, safe in the browser.
 */
import { z } from "zod";

export const GlossaryEntry = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  term: z.string().min(2),
  match: z.array(z.string().min(2)).min(1),
  /** Markdown with TeX. */
  definition: z.string().min(20),
  /** Lesson that teaches it in depth. */
  lessonId: z.string().min(1),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

const entries: GlossaryEntry[] = [
  {
    id: "jacobian",
    term: "Jacobian",
    match: ["jacobian", "jacobians"],
    definition: String.raw`The matrix of partial derivatives of one vector with respect to another. For a recurrent network the one-step Jacobian $\partial h_t/\partial h_{t-1}$ is what the backward pass multiplies the gradient by at each step, and $\partial h_T/\partial h_k$ is the product of $T-k$ of them.`,
    lessonId: "bptt-basics",
  },
  {
    id: "spectral-norm",
    term: "Spectral norm (largest singular value)",
    match: ["spectral norm", "largest singular value", "singular value", "singular values"],
    definition: String.raw`$\|A\|_2 = \sigma_{\max}(A)$, the most $A$ can stretch any vector. A product's norm is at most the product of the norms, which is why $\sigma_{\max}(W) < 1/\gamma$ forces vanishing (Pascanu et al. 2013). A bound, not the growth itself: factors of norm 1 can still multiply to something tiny.`,
    lessonId: "bptt-basics",
  },
  {
    id: "spectral-radius",
    term: "Spectral radius",
    match: ["spectral radius"],
    definition: String.raw`$\rho(A)$, the largest absolute eigenvalue. For a fixed linear map, $\rho < 1$ means $\|A^t\| \to 0$ eventually, though it can grow first when $A$ is non-normal. Once the factors change from step to step, as with switching ReLU derivatives, $\rho(W) < 1$ guarantees nothing; the number that bounds the gradient is the spectral norm, the largest singular value $\sigma_{\max}(W)$.`,
    lessonId: "bptt-basics",
  },
  {
    id: "bptt",
    term: "Backpropagation through time (BPTT)",
    match: ["backpropagation through time", "backprop through time", "bptt"],
    definition: String.raw`Ordinary backpropagation on the network unrolled over its time steps, with the weights shared by every step (Werbos 1990). "Full BPTT" differentiates every path, as autograd does.`,
    lessonId: "bptt-basics",
  },
  {
    id: "truncated-1997",
    term: "1997 truncated gradient",
    match: ["1997 truncation", "1997 truncated", "truncated gradient", "1997-style truncation"],
    definition: String.raw`The gradient of the original LSTM (Hochreiter and Schmidhuber 1997, appendix A.1): error reaching the gates and the cell input is not sent back into $h_{t-1}$, so only the cell's self-loop carries it back in time. Historical; not how LSTMs are trained today.`,
    lessonId: "why-lstm-gradients-do-not-vanish-backward",
  },
  {
    id: "windowed-tbptt",
    term: "Windowed truncated BPTT",
    match: ["windowed truncated", "windowed truncation", "truncated bptt", "detach", "detached"],
    definition: String.raw`Training on a long stream in windows of $k$ steps: the state is carried into the next window but detached at the boundary, so no gradient flows back more than $k$ steps (Williams and Peng 1990). Every path inside a window is differentiated. Standard practice for long sequences.`,
    lessonId: "why-lstm-gradients-do-not-vanish-backward",
  },
  {
    id: "vanishing-gradient",
    term: "Vanishing gradient",
    match: ["vanishing gradient", "vanishing gradients", "vanishing", "vanishes", "vanish"],
    definition: String.raw`The gradient reaching early steps is multiplied by a factor below 1 per step, so it shrinks geometrically with the gap and long-range dependencies barely move the weights. Each factor is a Jacobian, the activation's derivative (at most 1 for $\tanh$, $\tfrac14$ for the sigmoid) times the recurrent weight matrix. Silent in a training log: the loss just stalls on long-range structure.`,
    lessonId: "what-problem-lstm-solves",
  },
  {
    id: "exploding-gradient",
    term: "Exploding gradient",
    match: [
      "exploding gradient",
      "exploding gradients",
      "exploding",
      "explode",
      "explodes",
      "explosion",
    ],
    definition: String.raw`The gradient reaching early steps is multiplied by a factor above 1 per step, so it grows geometrically with the gap; one update can throw the weights far away. Loud in a training log: loss spikes, huge gradient norms, NaN. Clipping is the standard fix.`,
    lessonId: "how-lstm-handles-exploding-gradients",
  },
  {
    id: "saturation",
    term: "Saturation",
    match: ["saturation", "saturate", "saturates", "saturated"],
    definition: String.raw`A sigmoid or $\tanh$ unit whose input is large in size sits on a flat part of its curve, where the derivative is near 0; every gradient through it is multiplied by that small number.`,
    lessonId: "how-to-fix-vanishing-gradients",
  },
  {
    id: "constant-error-carousel",
    term: "Constant error carousel",
    match: ["constant error carousel", "carousel"],
    definition: String.raw`The 1997 LSTM's memory cell: a linear unit with a self-connection of weight exactly 1, so error on it flows back in time unchanged, $\partial s_c(t)/\partial s_c(t-1) = 1$. Exactly 1 because a self-weight below 1 would shrink the error at every step and one above 1 would grow it, geometrically over many steps.`,
    lessonId: "why-lstm-gradients-do-not-vanish-backward",
  },
  {
    id: "cell-state",
    term: "Cell state and the cell path",
    match: ["cell state", "cell path", "cell-state path"],
    definition: String.raw`The LSTM's memory $c_t = f_t \odot c_{t-1} + i_t \odot g_t$. Going back one step along it multiplies the gradient by $\operatorname{diag}(f_t)$; the full $\partial c_t/\partial c_{t-1}$ adds terms through $h_{t-1}$ and the gates.`,
    lessonId: "why-lstm-solves-vanishing-gradients",
  },
  {
    id: "forget-gate",
    term: "Forget gate and its bias",
    match: ["forget gate", "forget gates", "forget-gate bias", "forget bias"],
    definition: String.raw`The sigmoid gate $f_t$, with values between 0 and 1, that scales the old cell $c_{t-1}$ (Gers, Schmidhuber and Cummins 2000): near 1 it keeps the old cell, near 0 it erases it. A positive bias $b_f$ starts it near 1, so the cell keeps its content and its gradient; Keras and TensorFlow default to $b_f = 1$, PyTorch does not.`,
    lessonId: "why-lstm-solves-vanishing-gradients",
  },
  {
    id: "gradient-clipping",
    term: "Gradient clipping (by norm)",
    match: ["clipping", "clipped", "clip"],
    definition: String.raw`A rule that rescales the whole gradient when its norm reaches a threshold: if $\|g\| \ge \theta$, replace $g$ by $\theta g/\|g\|$ (Pascanu et al. 2013). Every component is multiplied by the same positive factor $\theta/\|g\|$, so the direction is kept and only the length is capped; a shorter gradient is left as it is. It bounds a step on a steep wall; it only shortens long gradients, so it does nothing for vanishing ones.`,
    lessonId: "how-lstm-handles-exploding-gradients",
  },
  {
    id: "value-clipping",
    term: "Value clipping",
    match: ["value clipping", "clipping by value", "clip by value", "clip_grad_value"],
    definition: String.raw`A different rule from norm clipping: each component of the gradient is capped separately to $[-c, c]$. Components are cut by different factors, so the direction changes, unlike norm clipping, which rescales the whole vector by one factor and keeps it.`,
    lessonId: "how-lstm-handles-exploding-gradients",
  },
  {
    id: "residual-connection",
    term: "Residual connection",
    match: ["residual connection", "residual connections", "residual", "shortcut"],
    definition: String.raw`A block $x + F(x)$ whose Jacobian is $I + \partial F/\partial x$: the identity gives the gradient a path that skips the branch (He et al. 2016). It stops vanishing, not growth.`,
    lessonId: "how-to-fix-vanishing-gradients",
  },
  {
    id: "orthogonal-init",
    term: "Orthogonal and identity initialisation",
    match: ["orthogonal", "identity initialisation", "irnn"],
    definition: String.raw`Starting $W$ with all singular values 1 (orthogonal, Saxe et al. 2014) or as $I$ with ReLU (the IRNN of Le, Jaitly and Hinton 2015), so the product of Jacobians neither shrinks nor grows at the start of training.`,
    lessonId: "how-to-fix-vanishing-gradients",
  },
  {
    id: "lstm",
    term: "LSTM (long short-term memory)",
    match: ["lstm", "lstms", "long short-term memory"],
    definition: String.raw`A recurrent network (Hochreiter and Schmidhuber 1997) that keeps a memory cell $c_t = f_t \odot c_{t-1} + i_t \odot g_t$ beside its output $h_t = o_t \odot \tanh(c_t)$. Because the cell is updated by addition, going back one step along it multiplies the gradient by the forget gate, not by the weight matrix and a squashing derivative, so it can carry information over long gaps.`,
    lessonId: "what-problem-lstm-solves",
  },
  {
    id: "lstm-gates",
    term: "Input and output gates",
    match: ["input gate", "input gates", "output gate", "output gates"],
    definition: String.raw`Two of the LSTM's three sigmoid gates, each between 0 and 1 and computed from $x_t$ and $h_{t-1}$: the input gate $i_t$ decides how much of the candidate $g_t$ is written (added) to the cell, the output gate $o_t$ how much of $\tanh(c_t)$ is exposed as the hidden state $h_t$. The forget gate $f_t$ decides how much of the old cell is kept.`,
    lessonId: "what-problem-lstm-solves",
  },
  {
    id: "gru",
    term: "GRU (gated recurrent unit)",
    match: ["gru", "grus", "gated recurrent unit", "gated recurrent units"],
    definition: String.raw`A gated recurrent network with one state and no separate cell (Cho et al. 2014). A reset gate $r_t$ decides how much of the old state the candidate $n_t$ may look at; an update gate $z_t$ interpolates, unit by unit, between the old hidden state and the candidate. Keeping and writing are coupled through the update gate: the weights $z_t$ and $1 - z_t$ sum to one, where the LSTM has separate forget and input gates, and an output gate the GRU lacks. Going back one step multiplies the gradient by $\operatorname{diag}(z_t)$ plus terms through the gates, the counterpart of the LSTM's $\operatorname{diag}(f_t)$.`,
    lessonId: "gru",
  },
  {
    id: "update-gate",
    term: "Update gate and its bias",
    match: ["update gate", "update gates", "update-gate bias", "update gate bias", "update bias"],
    definition: String.raw`The GRU's sigmoid gate $z_t$ that chooses, per unit, between copying the old state and taking the candidate. In PyTorch's convention $h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}$, so $z$ near 1 copies, the role the forget gate plays in the LSTM, but coupled: keeping and writing sum to one. A positive bias starts $z$ near 1, as a positive forget bias does for the LSTM; a strongly negative one starts $z$ near 0, so the candidate overwrites the state at every step and the gradient along the copy path vanishes. Papers differ on which side $z$ multiplies.`,
    lessonId: "gru",
  },
];

export const glossary: readonly GlossaryEntry[] = z.array(GlossaryEntry).parse(entries);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patterns = glossary.map((e) => ({
  entry: e,
  re: new RegExp(
    `(^|[^\\p{L}\\p{N}])(${e.match.map(escape).join("|")})(?=$|[^\\p{L}\\p{N}])`,
    "iu",
  ),
}));

/** Glossary entries whose phrasings occur in the text, in glossary order. */
export function glossaryTermsIn(text: string): GlossaryEntry[] {
  return patterns.filter((p) => p.re.test(text)).map((p) => p.entry);
}
