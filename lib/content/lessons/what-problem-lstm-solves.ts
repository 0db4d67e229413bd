import type { LessonInput } from "../schema";
import { REF } from "./references";

export const lesson: LessonInput = {
  id: "what-problem-lstm-solves",
  title: "What problem does the LSTM solve?",
  summary:
    "Plain recurrent networks cannot learn links across long gaps because the error signal " +
    "fades on its way back. The LSTM adds a memory cell with gates that decide what to keep, " +
    "write and read.",
  concepts: ["vanishing-gradient", "lstm-gates", "cell-state-path", "long-term-dependencies"],
  scenarioId: "what-problem-lstm-solves",
  kind: "seed",
  prerequisites: ["bptt-basics"],
  sections: [
    {
      id: "long-gaps",
      heading: "The task a plain RNN fails at",
      body: String.raw`Picture a sequence where the first symbol decides the answer and fifty distracting symbols follow
before the answer is asked for. A plain recurrent network can hold the first symbol in its
hidden state, at least in principle. What it cannot do well is learn to hold it. The training
signal that says "the first symbol mattered" has to travel back fifty steps, and on the way it is
multiplied by fifty Jacobians $\operatorname{diag}(\phi'(a_t))\,W$. With typical weights that
product is vanishingly small, so the weights that would store the symbol barely move. This is the
vanishing gradient problem (Hochreiter 1991; Bengio, Simard and Frasconi 1994).`,
    },
    {
      id: "the-cell",
      diagram: "lstm",
      heading: "A memory cell with an additive update",
      body: String.raw`Hochreiter and Schmidhuber (1997) answered with a unit whose state is not squashed and
re-multiplied by $W$ at every step. The LSTM keeps a cell state $c_t$ next to its output $h_t$.
In the form used today, with the forget gate of Gers, Schmidhuber and Cummins (2000),
$$c_t = f_t \odot c_{t-1} + i_t \odot g_t, \qquad h_t = o_t \odot \tanh(c_t).$$
The new cell is the old one, scaled element by element, plus something new. Going back one step
along the cell multiplies the gradient by $f_t$ rather than by a weight matrix and a squashing
derivative, so when $f_t$ is close to 1 the signal survives many steps.`,
    },
    {
      id: "gates",
      heading: "Three gates: keep, write, read",
      body: String.raw`Each gate is a sigmoid of the current input and the previous output, so it lies between 0 and 1:
- the **forget gate** $f_t$ decides how much of the old cell to keep;
- the **input gate** $i_t$ decides how much of the candidate $g_t = \tanh(\cdot)$ to write;
- the **output gate** $o_t$ decides how much of the cell to expose as $h_t$.

The LSTM's cell state $c_t$ is the memory carried from step to step, rewritten only through the
forget and input gates; the hidden state $h_t$ is what the unit shows, the output passed to the
next layer and fed back into the gates and the candidate at the next step.

Because the gates depend on the data, the network learns when to store (open $i$, keep $f$ near
1), when to hold (close $i$), when to read ($o$) and when to clear ($f$ near 0). The original 1997
LSTM had only input and output gates; its cell kept everything unless the gates blocked it.

Many variants followed. Peephole connections (Gers, Schraudolph and Schmidhuber 2002) let the gates
read the cell itself, $c_{t-1}$ for $f$ and $i$ and $c_t$ for $o$, which helps with precise timing.
Greff et al. (2017) compared eight variants over thousands of runs on speech, handwriting and music
and found none clearly better than the standard cell: the forget gate and the output activation
mattered most, while dropping the peepholes or coupling the input and forget gates, as the GRU
does, changed little.`,
    },
    {
      id: "what-it-does-not-do",
      heading: "What the LSTM does not do",
      body: String.raw`The LSTM does not store everything it has seen: the cell is a fixed-size vector that is decayed
by $f_t$ and overwritten by new writes. It does not make gradients immune to vanishing either:
with $f_t = 0.5$ the cell path still shrinks by half per step. And it does not solve exploding
gradients, which can still arise through $h_t$ and the gates. What it changes is the default:
a path exists along which the gradient is multiplied by numbers the network can learn to keep
near 1. In the scenario beside this lesson a bit is stored, distractors follow, and the plot shows
how much gradient reaches the moment of storing, for the LSTM and for a plain RNN.

The plain RNN there is a one-unit latch, $h_t = \tanh(2h_{t-1} + x_t)$. It can hold the bit: with distractors of size 0.3 it ends with the right sign in every one of the first 40 seeds. It cannot learn to: its gradient from $h_T$ back to step 0 is below $10^{-20}$, while the LSTM's cell gradient there is above 0.1. Turn the distractors up to 1 and the latch loses the bit in the forward pass in about half the seeds; then it is not the gradient that fails. A read-out with $|h_T|$ below 0.1 is too weak to count as either bit, and the caption calls it undecided: that is what a forget bias of 0 gives.`,
    },
  ],
  references: [
    { ...REF.hochreiter1997, note: "The LSTM and its constant error carousel." },
    { ...REF.gers2000, note: "The forget gate, c_t = f_t c_{t-1} + i_t g_t." },
    { ...REF.hochreiter1991, note: "First analysis of the vanishing gradient (in German)." },
    { ...REF.bengio1994, note: "Why long gaps are hard for gradient descent." },
    { ...REF.gers2002, note: "Peephole connections." },
    { ...REF.greff2017, note: "Eight LSTM variants compared." },
  ],
  sourceNote: {
    verdict: "accurate",
    sourceGist:
      "The LSTM largely solves the vanishing gradient in backpropagation; gates control what is stored, written and read.",
    correction:
      "Right in substance. Two refinements: it is a mitigation, not immunity (forget gates below 1 still shrink the cell gradient), and it does not address exploding gradients, which need clipping.",
  },
};
