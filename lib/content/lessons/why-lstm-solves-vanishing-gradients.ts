import type { LessonInput } from "../schema";
import { REF } from "./references";

export const lesson: LessonInput = {
  id: "why-lstm-solves-vanishing-gradients",
  title: "Why does the LSTM solve the vanishing gradient problem?",
  summary:
    "The cell state is updated by addition, so going back one step multiplies the gradient " +
    "by the forget gate rather than by a squashing derivative and a weight matrix.",
  concepts: ["vanishing-gradient", "cell-state-path", "forget-gate-bias", "lstm-gates"],
  scenarioId: "why-lstm-solves-vanishing-gradients",
  kind: "seed",
  prerequisites: ["what-problem-lstm-solves"],
  sections: [
    {
      id: "rnn-factor",
      heading: "The factor a plain RNN pays",
      body: String.raw`In a $\tanh$ RNN every step back multiplies the gradient by
$J_t = \operatorname{diag}\big(1 - h_t^2\big)\,W$. Both parts tend to shrink it: the derivative
$1 - h_t^2$ is at most 1 and well below 1 once units saturate, and unless $W$ is scaled just right
its singular values push the product towards zero (or infinity). Over fifty steps the result is
typically many orders of magnitude.`,
    },
    {
      id: "cell-jacobian",
      diagram: "lstm",
      heading: "The cell's Jacobian, precisely",
      body: String.raw`The LSTM cell update (Gers, Schmidhuber and Cummins 2000) is
$$c_t = f_t \odot c_{t-1} + i_t \odot g_t .$$
Differentiate with respect to $c_{t-1}$. The first term gives $\operatorname{diag}(f_t)$ directly.
The gates $f_t$, $i_t$, $g_t$ also depend on $c_{t-1}$, but only indirectly, through
$h_{t-1} = o_{t-1} \odot \tanh(c_{t-1})$ and the recurrent weights. So
$$\frac{\partial c_t}{\partial c_{t-1}} = \operatorname{diag}(f_t) + \big(\text{terms through } h_{t-1} \text{ and the gates}\big).$$
The first term is the additive path: no weight matrix, no squashing derivative, just the forget
gate's activation. The other terms carry $W_{hh}$ and gate derivatives like any RNN; "Going
deeper" below derives them term by term.`,
    },
    {
      id: "forget-product",
      heading: "Along the cell: a product of forget gates",
      body: String.raw`Following only the additive path back from step $T$ to step $k$ gives
$$\frac{\partial c_T}{\partial c_k} \approx \operatorname{diag}\Big(\prod_{t=k+1}^{T} f_t\Big).$$
This is exact when the recurrent weights are zero (and in the 1997 truncated gradient). It is
still a product, so the LSTM does not remove multiplication; it changes what is multiplied. The
network controls $f_t$: when it learns to keep something, $f_t$ sits near 1 and the gradient to
the moment of storing passes almost unchanged.`,
    },
    {
      id: "forget-bias",
      heading: "How close to 1? The forget-gate bias",
      body: String.raw`With input weights at zero, $f = \sigma(b_f)$, and the cell gradient after $T$ steps is
$\sigma(b_f)^T$. A zero bias gives $f = 0.5$: after 10 steps only $9.8 \times 10^{-4}$ is left,
which is no better than a poorly scaled RNN. With $b_f = 1$, $f \approx 0.731$, and 50 steps leave
about $1.6 \times 10^{-7}$. With $b_f = 3$, 100 steps leave about $7.8 \times 10^{-3}$; with
$b_f = 5$, about $0.51$. Gers, Schmidhuber and Cummins (2000) already advocated a positive
forget bias, and Jozefowicz, Zaremba and Sutskever (2015) measured its effect: initialising it to
1 closed most of the gap between the LSTM and the GRU on their tasks. Keras and TensorFlow set it
to 1 by default (Keras's unit_forget_bias option); PyTorch does not, its LSTM draws every bias from the same
small uniform range, so you add $b_f$ yourself. See the bias as a dial: it sets the default memory
span before training moves the gates.`,
    },
    {
      id: "forget-bias-pytorch",
      heading: "Setting the forget bias in PyTorch",
      body: String.raw`PyTorch's nn.LSTM has no constructor argument for the forget bias: after building the layer,
fill the forget gate's slice of its biases by hand. It stacks the gates as input, forget, cell,
output, so with hidden size $H$ the forget gate is the second block of $H$ entries of each
layer's bias_ih and bias_hh. The two vectors are added, so their sum is the gate's bias: fill the
forget slice of one with the value you want and zero the other's.`,
    },
    {
      id: "limits",
      heading: "What this argument does not say",
      body: String.raw`The additive path is one path among many. The full gradient adds the terms through $h_{t-1}$ and
the gates, which can be large or small, and which can make the full gradient differ from the cell
path alone. Vanishing is mitigated, not abolished: a forget gate that closes, by design or by
accident, cuts the path.

The scenario beside this lesson draws both, labelled. The "cell path only" curve is
$\|(\prod_{t>k} f_t) \odot \partial L/\partial c_T\|$, built from the forget gates the run actually
had. They depend on the inputs and on the drawn biases, so it differs from the dashed
$\sigma(b_f)^{T-k}$, which assumes every gate at its bias: at the defaults it sits above the dashed line. The "full" curve is the whole
$\partial L/\partial c_k$. At the defaults (forget bias 1, seed 1) the full gradient keeps more than 5 times what the cell path alone carries: with forget gates around 0.7, the terms through $h_{t-1}$ and the gates are as large as $\operatorname{diag}(f_t)$
and dominate the product. At forget bias 3 the two agree within a factor of 2 for this seed, because $f_t$ near 1 makes the additive term the largest one. Other seeds, widths and lengths move
the gap by orders of magnitude in either direction, since the extra terms can add to the cell
path or partly cancel it. Over 100 steps the RNN keeps less than $10^{-15}$ of its gradient, and
the LSTM's full gradient at least a million times more than the RNN.`,
    },
  ],
  deepDives: [
    {
      id: "cell-jacobian-derivation",
      heading: "The cell's Jacobian, step by step",
      body: String.raw`The LSTM cell update (Gers, Schmidhuber and Cummins 2000) is
$$c_t = f_t \odot c_{t-1} + i_t \odot g_t .$$
Differentiate it with respect to $c_{t-1}$ in four steps.

1. **The direct term.** Holding the gates fixed, $c_{t-1}$ enters once, multiplied by $f_t$:
   this gives $\operatorname{diag}(f_t)$.
2. **How $c_{t-1}$ reaches the gates.** Each gate sees the previous output through its
   recurrent weights: $f_t = \sigma(W_{xf} x_t + W_{hf} h_{t-1} + b_f)$, and likewise $i_t$
   (weights $W_{hi}$) and $g_t = \tanh(\cdot)$ (weights $W_{hg}$). The output is
   $h_{t-1} = o_{t-1} \odot \tanh(c_{t-1})$, so
   $\partial h_{t-1}/\partial c_{t-1} = \operatorname{diag}\big(o_{t-1} \odot (1 - \tanh^2 c_{t-1})\big)$.
   The output gate $o_{t-1}$ itself depends on $h_{t-2}$, not on $c_{t-1}$.
3. **The gate derivatives.** $\partial f_t/\partial h_{t-1} = \operatorname{diag}\big(f_t(1-f_t)\big) W_{hf}$,
   $\partial i_t/\partial h_{t-1} = \operatorname{diag}\big(i_t(1-i_t)\big) W_{hi}$ and
   $\partial g_t/\partial h_{t-1} = \operatorname{diag}(1-g_t^2)\, W_{hg}$.
4. **The product rule.** $f_t \odot c_{t-1}$ contributes $\operatorname{diag}(c_{t-1})\,\partial f_t$,
   and $i_t \odot g_t$ contributes $\operatorname{diag}(g_t)\,\partial i_t + \operatorname{diag}(i_t)\,\partial g_t$.

Together:
$$\frac{\partial c_t}{\partial c_{t-1}} = \operatorname{diag}(f_t) + \Big[\operatorname{diag}\big(c_{t-1} f_t (1-f_t)\big) W_{hf} + \operatorname{diag}\big(g_t\, i_t(1-i_t)\big) W_{hi} + \operatorname{diag}\big(i_t (1-g_t^2)\big) W_{hg}\Big] \operatorname{diag}\big(o_{t-1}(1-\tanh^2 c_{t-1})\big).$$
The first term is the additive path: no weight matrix, no squashing derivative, just the forget
gate's activation. The bracket carries the recurrent weights and gate derivatives like any RNN,
scaled by $o_{t-1}(1 - \tanh^2 c_{t-1}) \le 1$. This is the cell block of the LSTM's full per-step
Jacobian; the state $(c, h)$ has three more blocks, for instance $h_{t-1}$ also reaches $c_t$
through $h_{t-2}$ and $o_{t-1}$ one step earlier.`,
    },
    {
      id: "per-step",
      heading: "One step back, measured",
      body: String.raw`The scenario's second panel plots, for the same run, the RNN's per-step factor
$\|\operatorname{diag}(\tanh'(a_t))\,W\|_2$ and the LSTM's $\|\partial c_t/\partial c_{t-1}\|_2$ from
the formula above, and dashed, the factor each gradient actually shrank by. A norm is only an upper
bound on what one step can do to a vector. At the defaults the RNN's factor stays between 0.85 and 1.15 at every step, yet its gradient shrinks by less than 0.7 per step on average, because the direction $W$ stretches most is not
the direction the gradient points in. The LSTM's factor sits above its mean forget gate, since the gate terms add to $\operatorname{diag}(f_t)$, and its gradient shrinks by a factor between 0.7 and 0.9 per step. Raise the forget bias to 5 and the LSTM's factor comes within 0.1 of 1.`,
    },
  ],
  references: [
    { ...REF.gers2000, note: "The forget gate and the cell update c_t = f_t c_{t-1} + i_t g_t." },
    { ...REF.jozefowicz2015, note: "A forget-gate bias of 1." },
    { ...REF.hochreiter1997, note: "The constant error carousel this builds on." },
  ],
  sourceNote: {
    verdict: "loose",
    sourceGist:
      "Its additive cell update, with the forget gate's activation entering the gradient directly, lets the network keep gradient alive step by step.",
    correction:
      "The source's wording is garbled. Precisely: the Jacobian of the cell is diag(f_t) plus terms through the gates and h_{t-1}; when f_t is near 1 the cell path carries the error almost unchanged. The gradient is still a product, of forget-gate activations rather than weight matrices and squashing derivatives.",
  },
};
