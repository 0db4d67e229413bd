import type { LessonInput } from "../schema";
import { REF } from "./references";
import { workedBpttMarkdown } from "./worked-bptt";

export const lesson: LessonInput = {
  id: "bptt-basics",
  title: "Backpropagation through time: a product of Jacobians",
  summary:
    "Training a recurrent network means running the chain rule backwards through every step. " +
    "The gradient reaching an early state is a product of one Jacobian per step, so it shrinks " +
    "or grows geometrically with the gap.",
  concepts: [
    "bptt",
    "vanishing-gradient",
    "exploding-gradient",
    "spectral-norm",
    "activation-derivatives",
  ],
  scenarioId: "spectral-radius-sweep",
  kind: "supplement",
  prerequisites: [],
  sections: [
    {
      id: "unrolling",
      heading: "Unrolling the network",
      body: String.raw`A vanilla recurrent network applies one update at every step:
$$h_t = \phi(a_t), \qquad a_t = W h_{t-1} + U x_t + b,$$
where $\phi$ is a squashing function such as $\tanh$. The same $W$, $U$ and $b$ are used at
every step. To train it we unroll the loop over $T$ steps: the result is a deep feed-forward
network, one layer per time step, whose layers share their weights. Backpropagation through
time (BPTT) is ordinary backpropagation on that unrolled graph (Werbos 1990).`,
    },
    {
      id: "product",
      heading: "The gradient is a product",
      body: String.raw`By the chain rule, the sensitivity of the last state to an earlier one is a product of
per-step Jacobians, the later steps on the left:
$$\frac{\partial h_T}{\partial h_k} = J_T J_{T-1} \cdots J_{k+1}, \qquad J_t = \frac{\partial h_t}{\partial h_{t-1}} = \operatorname{diag}\big(\phi'(a_t)\big)\, W.$$
For $\phi = \tanh$, $\tanh'(a_t) = 1 - \tanh^2(a_t) = 1 - h_t^2$, so one step's Jacobian is
$\partial h_t/\partial h_{t-1} = \operatorname{diag}(1 - h_t^2)\,W$: row $i$ of $W$ scaled by unit
$i$'s slope, which is at most 1 and shrinks towards 0 where the unit saturates.
The gradient of the loss with respect to $W$ is a sum over steps, and the part of it that links
an output at step $T$ to an input at step $k$ passes through this product of $T-k$ factors. Long
gaps mean long products.`,
    },
    {
      id: "geometric",
      heading: "Why products vanish or explode",
      body: String.raw`Take one linear unit, $h_t = w\,h_{t-1}$. Then $\partial h_T / \partial h_0 = w^T$. With $w = 0.9$
and $T = 50$ this is about $5.2 \times 10^{-3}$; with $w = 1.1$ it is about $117$. Nothing
in between is stable: a factor a little below 1 makes distant contributions negligible, a factor
a little above 1 makes them dominate. The same holds for matrices. If $W = sQ$ with $Q$
orthogonal, the linear network has $\|\partial h_T/\partial h_0\|_2 = s^T$ exactly. Bengio,
Simard and Frasconi (1994) showed that this tension is built in: storing information robustly
over long gaps pushes the dynamics into the regime where the gradient vanishes.`,
    },
    {
      id: "bounds",
      heading: "What bounds the product",
      body: String.raw`Pascanu, Mikolov and Bengio (2013) bound each factor by $\|J_t\|_2 \le \gamma\,\sigma_{\max}(W)$, where
$\gamma$ bounds $|\phi'|$: $\gamma = 1$ for $\tanh$ and $\gamma = \tfrac14$ for the sigmoid. If
$\sigma_{\max}(W) < 1/\gamma$, every factor is at most $\eta < 1$ and
$\|\partial h_T/\partial h_k\|_2 \le \eta^{T-k}$: the gradient must vanish. That condition is
sufficient for vanishing. The reverse, $\sigma_{\max}(W) > 1/\gamma$, is only necessary for
exploding: saturated units have small derivatives and can still pull the product down.

The bound is on the largest singular value, not the spectral radius. The matrix
$W = \begin{pmatrix} 0.5 & 1 \\ 0 & 0.5 \end{pmatrix}$ has both eigenvalues equal to $0.5$, yet
$\|W\|_2 \approx 1.207$ and $\|W^2\|_2 \approx 1.059$; only from $T = 3$ on does $\|W^T\|_2$ fall
below 1, reaching about $0.0196$ at $T = 10$. For a linear network a spectral radius below 1
guarantees decay in the long run, though not from the first step.

With a nonlinearity it guarantees nothing, because each factor is $\operatorname{diag}(\phi'(a_t))\,W$
and the diagonal changes from step to step. Take
$W = \begin{pmatrix} 1 & 1.5 \\ -1 & -1 \end{pmatrix}$: its eigenvalues are $\pm i/\sqrt2$, so its
spectral radius is about 0.71 and $\|W^t\|_2 \to 0$. Now let two ReLU units take turns being
active, $d_t$ alternating $(1, 0)$ and $(0, 1)$. Every two steps multiply the product
$\operatorname{diag}(d_t) W \cdots \operatorname{diag}(d_1) W$ by 1.5, and after 30 steps its norm is above 100, while $\|W^{30}\|_2$ is below $10^{-3}$. The scenario's second panel draws both. Pascanu's bound is not broken: $\sigma_{\max}(W) \approx 2.28$, above $1/\gamma = 1$.

In the first panel, inputs push the units into saturation: with inputs of size 2 the measured gradient after 30 steps stays below 1 even at $\sigma = 2.5$, which is what "necessary, not sufficient" looks like.`,
    },
    {
      id: "consequence",
      heading: "What this means for learning",
      body: String.raw`Because the weight gradient is a sum over gaps, the short-gap terms dominate whenever the
product vanishes. The network then learns dependencies over a few steps and is nearly blind to
ones over fifty, even though nothing in the forward pass prevents it from carrying the
information. When the product explodes, one update can throw the weights far away. The rest of
the course is about changing the factors $J_t$: gates, ReLU with identity initialisation,
residual paths, and, for explosion, clipping.`,
    },
  ],
  deepDives: [
    {
      id: "worked-example",
      heading: "A worked example: three steps of BPTT, every number",
      body: workedBpttMarkdown(),
    },
  ],
  references: [
    { ...REF.werbos1990, note: "Backpropagation through time." },
    {
      ...REF.bengio1994,
      note: "Why long-term dependencies are hard to learn by gradient descent.",
    },
    {
      ...REF.pascanu2013,
      note: "The singular-value conditions for vanishing and exploding (Section 2.1).",
    },
  ],
};
