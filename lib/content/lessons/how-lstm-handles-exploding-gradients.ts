import type { LessonInput } from "../schema";
import { practiceLogMarkdown } from "./practice";
import { REF } from "./references";

export const lesson: LessonInput = {
  id: "how-lstm-handles-exploding-gradients",
  title: "How does the LSTM handle exploding gradients?",
  summary:
    "Forget gates at most 1 keep the cell path from growing, but gradients can still explode " +
    "through the hidden state and the gates. Clipping the gradient norm is the standard fix.",
  concepts: ["exploding-gradient", "gradient-clipping", "cell-state-path", "spectral-norm"],
  scenarioId: "how-lstm-handles-exploding-gradients",
  kind: "seed",
  prerequisites: ["why-lstm-solves-vanishing-gradients"],
  sections: [
    {
      id: "what-exploding-is",
      heading: "What an exploding gradient is",
      body: String.raw`The product of Jacobians that makes gradients vanish can just as well make them grow. For a linear
network with $W = sQ$ and $Q$ orthogonal, $\|\partial h_T/\partial h_0\|_2 = s^T$: with $s = 1.1$
and $T = 50$ that is about 117. Pascanu, Mikolov and Bengio (2013) show that a largest singular
value of $W$ above $1/\gamma$ is necessary for this ($\gamma = 1$ for $\tanh$). The trouble is not
only the size. Pascanu et al. draw the loss surface of a one-unit network,
$x_t = w\,\sigma(x_{t-1}) + b$, and find a cliff: a narrow region where the loss changes abruptly.
For the linear version $x_t = w\,x_{t-1}$ the derivatives have closed forms,
$\partial x_T/\partial w = T w^{T-1} x_0$ and $\partial^2 x_T/\partial w^2 = T(T-1) w^{T-2} x_0$, so
whenever the first derivative explodes, so does the second. With numbers of our choosing,
$x_0 = 0.5$ and $w = 1.1$, after 50 steps $x \approx 58.7$, $\partial x/\partial w \approx 2668$
and $\partial^2 x/\partial w^2 \approx 1.19 \times 10^5$: the curvature grows with the gradient. The
loss surface has steep walls, and one plain gradient step taken on a wall can throw the weights
far from anywhere useful. In the scenario beside this lesson ($s = 1.3$, small inputs) the RNN's gradient at step 0 comes out more than 10 times its value at step $T$ at seed 1, and larger than at step $T$ at every seed.`,
    },
    {
      id: "cell-path",
      heading: "The cell path is damped",
      body: String.raw`Along the LSTM's cell, one step back multiplies the gradient by $\operatorname{diag}(f_t)$, and every
forget-gate activation lies strictly between 0 and 1. A product of such factors cannot grow:
$$\Big\|\operatorname{diag}\Big(\prod_{t=k+1}^{T} f_t\Big)\Big\|_2 \le 1 .$$
So the part of the gradient that travels purely along the cell is protected against explosion, just
as, with $f_t$ near 1, it is protected against vanishing. In the 1997 LSTM without a forget gate
the carousel's factor is exactly 1.`,
    },
    {
      id: "other-paths",
      heading: "The other paths are not",
      body: String.raw`The cell is not the only route back. The gates and the candidate depend on $h_{t-1}$ through the
recurrent weights, and $h_{t-1}$ depends on $c_{t-1}$, so
$$\frac{\partial c_t}{\partial c_{t-1}} = \operatorname{diag}(f_t) + \big(\text{terms through } W_{hh}, h_{t-1} \text{ and the gates}\big),$$
and $\partial h_t/\partial h_{t-1}$ is made entirely of such terms. With large recurrent weights
these terms can exceed 1 in norm step after step, and their product grows like an RNN's. The
forget gate bounds one term of the sum, not the sum. LSTMs can and do produce exploding
gradients; in the scenario, raise the recurrent scale and watch the LSTM's full gradient. At
$s = 3$ (seed 1) its $\|\partial L/\partial h_0\|$ comes out more than 10 times $\|\partial L/\partial h_T\|$. Other seeds can shrink at the same scale, because saturated units and gates pull the product down: large recurrent weights are necessary for growth, not sufficient.`,
    },
    {
      id: "clipping",
      heading: "The standard fix: clip the gradient norm",
      body: String.raw`Pascanu et al. (2013, Algorithm 1) rescale the whole gradient when it is too long:
$$\text{if } \|g\| \ge \theta: \qquad g \leftarrow \frac{\theta}{\|g\|}\, g .$$
For $g = (3, 4)$, whose norm is 5, a threshold of 1 gives $(0.6, 0.8)$, a threshold of 2 gives
$(1.2, 1.6)$, and any threshold of 5 or more leaves it unchanged. The direction is kept, only the
length is capped, so a step taken on a wall stays a reasonable size. Capping each entry
separately (value clipping) is a different rule and does change the direction.`,
    },
    {
      id: "what-clipping-cannot-do",
      heading: "What clipping cannot do",
      body: String.raw`Clipping makes long gradients shorter; it never makes short ones longer. A contribution from a
distant step that has already shrunk to $10^{-8}$ stays negligible after clipping, because the
whole vector is scaled by one factor: in the scenario the clipped curve is the raw one moved down, its shape unchanged. On the one-unit recurrence, plain gradient descent from $w = 1.1$ overflows within a few updates, while every clipped step is at most the learning rate times $\theta$. Clipping is the answer to exploding gradients; for
vanishing ones you need a different path for the gradient, such as the LSTM's cell.`,
    },
  ],
  deepDives: [
    {
      id: "practice-log",
      heading: "In practice: reading a training log, choosing a threshold",
      body: practiceLogMarkdown(),
    },
  ],
  references: [
    { ...REF.zaremba2014, note: "LSTM language models, gradient norm clipped at 5." },
    { ...REF.sutskever2014, note: "Sequence-to-sequence LSTMs, gradient norm clipped at 5." },
    {
      ...REF.pascanu2013,
      note: "Conditions for exploding gradients; norm clipping (Algorithm 1).",
    },
    { ...REF.gers2000, note: "Forget gates in (0, 1) on the cell path." },
    { ...REF.hochreiter1997, note: "The carousel with fixed weight 1.0." },
  ],
  sourceNote: {
    verdict: "wrong",
    sourceGist:
      "The LSTM separates the cell state from the hidden output and only adds to the cell, so memory in the cell is stable and its gradient hard to lose.",
    correction:
      "That answers a different question: it is about vanishing, not exploding. The LSTM damps explosion on the cell path (forget gates at most 1) but does not prevent it through h and the gates; gradient clipping (Pascanu et al. 2013) is the standard fix.",
  },
};
