import type { LessonInput } from "../schema";
import { windowedMarkdown } from "./practice";
import { REF } from "./references";

export const lesson: LessonInput = {
  id: "why-lstm-gradients-do-not-vanish-backward",
  title: "Why do LSTM gradients not vanish in the backward pass?",
  summary:
    "The 1997 LSTM truncated the gradient so error on the cell's self-loop flows back " +
    "unchanged: the constant error carousel. Modern LSTMs use full backpropagation instead.",
  concepts: [
    "constant-error-carousel",
    "truncated-bptt",
    "cell-state-path",
    "forget-gate-bias",
    "windowed-tbptt",
  ],
  scenarioId: "why-lstm-gradients-do-not-vanish-backward",
  kind: "seed",
  prerequisites: ["why-lstm-solves-vanishing-gradients"],
  sections: [
    {
      id: "carousel",
      heading: "The constant error carousel",
      body: String.raw`Hochreiter and Schmidhuber (1997) started from a simple observation: for the error flowing back
through a unit's self-connection to stay constant, the unit must be linear and its self-weight must
be exactly 1.0. Their memory cell is such a unit. Its internal state is updated by
$$s_c(t) = s_c(t-1) + y^{\text{in}}(t)\, g\big(\text{net}_c(t)\big),$$
so along the self-loop $\partial s_c(t)/\partial s_c(t-1) = 1$. They called it the constant error
carousel: error placed on the cell state circulates back in time without shrinking or growing.
An input gate and an output gate guard the carousel, deciding when new input may disturb it and
when its content may disturb the rest of the network.`,
    },
    {
      id: "truncation",
      heading: "The 1997 gradient was truncated on purpose",
      body: String.raw`The cell is not the only recurrent route. The gates and the cell input receive the previous
outputs of the network, so a full gradient would also flow from them back into $h_{t-1}$ and on
through the weights. The 1997 paper (appendix A.1) cuts those routes: error arriving at the net
inputs of the gates and of the cell input is not propagated further back in time. What remains is
the carousel alone, where $\partial s_c(t)/\partial s_c(t-1) = 1$ exactly, for any number of
steps. The truncation also made the learning rule local in space and time and cheap per step.
The scenario starts with this 1997 cell, which has no forget gate: its truncated cell gradient is the same at every step, it keeps exactly 1 of $\|\partial L/\partial c_T\|$, whatever the length, the seed or the recurrent weights. One thing can stop it: over a few hundred steps with nothing to forget, the cell can grow until $\tanh(c_T)$ saturates and no gradient enters the cell at all, which is the problem the forget gate was added to solve.`,
    },
    {
      id: "forget-gate",
      heading: "Adding the forget gate",
      body: String.raw`A carousel with weight 1.0 never lets go: on a continual input stream its state can grow without
bound. Gers, Schmidhuber and Cummins (2000) replaced the fixed 1.0 with a learned gate,
$$s_c(t) = f(t)\, s_c(t-1) + i(t)\, g(t),$$
so under the same truncation the cell gradient becomes
$\partial c_T/\partial c_k = \operatorname{diag}\big(\prod_{t=k+1}^{T} f_t\big)$. The carousel is now
constant only when $f_t = 1$; the forget gate trades perfect memory for the ability to reset.
Switch the scenario to "with forget gate" and the dashed curve, now labelled a 1997-style truncation, decays by the product of the forget gates.`,
    },
    {
      id: "modern",
      heading: "Modern LSTMs use the full gradient",
      body: String.raw`Today's LSTMs are trained with full backpropagation through time, as autograd computes it; Graves
and Schmidhuber (2005) already trained LSTMs with the exact full gradient. No gate path is cut:
error flows from every gate and from the cell input back into $h_{t-1}$. The full Jacobian of the cell is $\operatorname{diag}(f_t)$ plus terms through $h_{t-1}$ and the
gates. When the recurrent weights are zero the two gradients coincide. When they are not, the
extra terms can add to or cancel the carousel's contribution, and the full and the truncated
gradient can differ sharply, even in sign. Any plot of LSTM gradients should say which one it
shows; the scenario beside this lesson draws both. At its defaults the two differ at step 0 by more than half of the truncated value, and some cell-gradient entries have opposite signs.`,
    },
    {
      id: "windowed",
      heading: "A different truncation: windows of k steps",
      body: String.raw`There is a truncation that is standard practice today, and it is a different thing. On a long
stream, such as a language model reading a whole corpus, the sequence is cut into windows of $k$
steps. The hidden and cell states are carried from one window into the next, so the forward pass
sees the whole stream, but they are detached at each boundary (in PyTorch, by replacing h and c with
h.detach() and c.detach()), so no gradient flows back more than $k$ steps. This is
windowed truncated BPTT (Williams and Peng 1990). Inside a window every path is differentiated,
the gate paths included; the 1997 truncation instead kept all of time but cut the gate paths.
Windowed truncation bounds the memory and the cost of one update; its price is that a dependency
longer than $k$ steps can be carried by the forward pass but never receives a gradient directly.
Typical windows are tens to a few hundred steps; pick $k$ longer than the dependencies you need
the network to learn.`,
    },
    {
      id: "why-then",
      heading: "So why do modern LSTM gradients not vanish?",
      body: String.raw`Not because of truncation. The full gradient still contains the additive path $\operatorname{diag}(f_t)$,
and with forget gates near 1 (helped by a positive forget bias) that path carries error back over
long gaps. Within each step the other terms are added to $\operatorname{diag}(f_t)$ rather than
multiplied into it, so they do not shrink that path by themselves, although across many steps they
can reinforce or partly cancel it. The protection is partial: if the forget gates sit at 0.5, the
carousel shrinks by half per step, full gradient or not.`,
    },
  ],
  deepDives: [
    {
      id: "windowed-in-code",
      heading: "In practice: windows, detaching state, and resets",
      body: windowedMarkdown(),
    },
  ],
  references: [
    {
      ...REF.hochreiter1997,
      note: "The constant error carousel; truncated gradient in appendix A.1.",
    },
    { ...REF.gers2000, note: "The forget gate replaces the carousel's fixed weight 1.0." },
    { ...REF.graves2005, note: "LSTM trained with the full BPTT gradient." },
    { ...REF.williams1990, note: "Truncated BPTT over a window of recent steps." },
  ],
  sourceNote: {
    verdict: "loose",
    sourceGist:
      "To enforce constant error flow, the gradient computation is truncated so error does not flow back into the input or candidate gates' inputs.",
    correction:
      "True of the 1997 LSTM (Hochreiter & Schmidhuber, appendix A.1), but presented as if it were how LSTMs work today. Modern LSTMs use full BPTT through every gate path (on long streams within windows of k steps, a different truncation); their gradients survive because the additive cell path with forget gates near 1 is part of that gradient.",
  },
};
