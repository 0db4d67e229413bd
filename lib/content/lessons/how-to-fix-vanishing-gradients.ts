import type { LessonInput } from "../schema";
import { normInitMarkdown } from "./practice";
import { REF } from "./references";

export const lesson: LessonInput = {
  id: "how-to-fix-vanishing-gradients",
  title: "How can the vanishing gradient problem be solved?",
  summary:
    "Activations with derivatives near 1, careful initialisation, residual shortcuts, " +
    "gating and normalisation each keep the backward signal from shrinking.",
  concepts: [
    "activation-derivatives",
    "residual-connections",
    "initialisation",
    "vanishing-gradient",
    "spectral-norm",
    "gradient-clipping",
  ],
  scenarioId: "how-to-fix-vanishing-gradients",
  kind: "seed",
  prerequisites: ["bptt-basics"],
  sections: [
    {
      id: "the-factor",
      heading: "Three places to intervene",
      body: String.raw`Every step back multiplies the gradient by $J_t = \operatorname{diag}(\phi'(a_t))\,W$. A fix has to
change the derivative $\phi'$, the matrix $W$, or the structure, by giving the gradient a path that
is not a long product of such factors. The remedies below each work on one of these, and none is
enough on its own in every case.`,
    },
    {
      id: "activations",
      heading: "Activations whose derivative is not small",
      body: String.raw`The sigmoid's derivative $\sigma(a)\big(1 - \sigma(a)\big)$ is at most $\tfrac14$. A chain of sigmoid
units held at their midpoint shrinks the gradient by exactly 4 per step: after 10 steps
$0.25^{10} \approx 9.5 \times 10^{-7}$. The $\tanh$ derivative reaches 1, but only at 0, and
falls quickly as units saturate. ReLU has derivative exactly 1 wherever the unit is active, so it
removes the squashing loss on active units. It does not remove $W$: a ReLU network with a badly
scaled recurrent matrix still vanishes or explodes, and units that are inactive pass no gradient
at all. ReLU helps; ReLU alone does not fix a recurrent network.`,
    },
    {
      id: "initialisation",
      heading: "Initialise the recurrent matrix carefully",
      body: String.raw`If $W$ is orthogonal, all its singular values are 1, so in the linear regime the product of
Jacobians neither shrinks nor grows (Saxe, McClelland and Ganguli 2014). Le, Jaitly and Hinton
(2015) combined ReLU with the identity: the IRNN sets $W = I$ and $b = 0$, and while the
pre-activations stay positive every Jacobian is exactly $I$, for any number of steps. These
choices set a good starting point. Training moves the weights, so they do not guarantee the
gradient stays healthy later.`,
    },
    {
      id: "residual",
      heading: "Residual connections: add a path, not parameters",
      body: String.raw`He et al. (2016) write a residual unit as $x_{l+1} = x_l + F(x_l)$. Its Jacobian is
$I + \partial F/\partial x_l$, and unrolling gives
$$\frac{\partial E}{\partial x_l} = \frac{\partial E}{\partial x_L}\Big(1 + \frac{\partial}{\partial x_l}\sum_{i=l}^{L-1} F(x_i)\Big).$$
The 1 is the shortcut: the gradient at the top reaches every layer without passing through any
branch. The shortcut is an identity, with no parameters of its own. A stack of $L = 10$ blocks
$x + 0.1\tanh(x)$ at $x = 0$ has gradient $(1.1)^{10} \approx 2.59$; the same stack without
shortcuts has $0.1^{10}$. In time, the LSTM's cell update and the GRU's interpolation play the same
role. Highway networks (Srivastava, Greff and Schmidhuber 2015) are the bridge between the two: they
carried the LSTM's gating into depth, $y = T(x) \odot F(x) + (1 - T(x)) \odot x$, with a learned
transform gate $T$ biased towards carrying $x$ through at first. A residual block is the same
idea with the gate removed, both paths always open.

An identity path stops vanishing, not growth. Each block's Jacobian $I + \partial F/\partial x_l$ can
have norm above 1, and fifty such factors multiply. In the scenario the stacks have their own
branch scale $a$ (each layer is $x + \phi(a\,Q_l x)$ with $Q_l$ orthogonal). At the default
$a = 0.1$, through 50 $\tanh$ layers the plain stack keeps less than $10^{-10}$ of its gradient while the residual stack keeps between 0.5 and 2 times it. At $a = 1$ the residual stack's gradient grows more than tenfold (with ReLU
branches more than a millionfold). Keeping the branches small, by scaling them down at
initialisation or by normalising their inputs, is what holds a deep residual stack near 1.`,
    },
    {
      id: "gating-and-norm",
      heading: "Gating, normalisation, and what does not help",
      body: String.raw`Gated units (LSTM, GRU) make the additive path learnable: a gate near 1 keeps it open.
Normalisation, such as layer normalisation (Ba, Kiros and Hinton 2016), keeps pre-activations in the
range where derivatives are not tiny. A bigger hidden state does not help by itself: the
per-step factor is still $\operatorname{diag}(\phi')W$. Gradient clipping does not help either;
it only shortens long gradients. In the scenario beside this lesson, compare the chains and the
stacks as you change the weight scale (the chains), the branch scale (the stacks) and the
activation. Where a ReLU chain keeps exactly 0, every path back went through a unit that was
inactive at some step: lower the weight scale to 0.5 and no unit stays active.`,
    },
  ],
  deepDives: [
    {
      id: "norm-and-init",
      heading: "In practice: layer-normalised LSTMs, orthogonal and identity initialisation",
      body: normInitMarkdown(),
    },
  ],
  references: [
    { ...REF.le2015, note: "IRNN: ReLU with identity recurrent initialisation." },
    { ...REF.he2016, note: "Identity mappings: dE/dx_l = dE/dx_L (1 + d/dx_l sum F)." },
    { ...REF.saxe2014, note: "Orthogonal initialisation." },
    { ...REF.srivastava2015, note: "Highway networks: gated shortcuts in depth." },
    {
      ...REF.pascanu2013,
      note: "gamma = 1/4 for the sigmoid; clipping is for exploding gradients.",
    },
    { ...REF.ba2016, note: "Layer normalisation." },
  ],
  sourceNote: {
    verdict: "loose",
    sourceGist:
      "Use activations like ReLU whose derivative is not small; residual networks add shortcut connections to earlier layers.",
    correction:
      "Both help but the list is incomplete and ReLU is oversold: the recurrent matrix still multiplies the gradient each step. Careful initialisation (orthogonal, identity for ReLU RNNs), gating (LSTM, GRU) and normalisation belong on the list, and a residual shortcut is an identity path, not extra parameters.",
  },
};
