import type { LessonInput } from "../schema";
import { REF } from "./references";

export const lesson: LessonInput = {
  id: "gru",
  title: "The GRU: gating with one state",
  summary:
    "The gated recurrent unit keeps no separate cell: an update gate interpolates between the " +
    "old hidden state and a candidate, which gives the gradient the same kind of additive path.",
  concepts: ["gru-gates", "lstm-gates", "vanishing-gradient", "forget-gate-bias"],
  scenarioId: "gru-vs-lstm",
  kind: "supplement",
  prerequisites: ["why-lstm-solves-vanishing-gradients"],
  sections: [
    {
      id: "equations",
      heading: "Two gates and a candidate",
      body: String.raw`Cho et al. (2014) proposed a simpler gated unit. In the convention PyTorch uses,
$$r_t = \sigma(W_{ir} x_t + W_{hr} h_{t-1} + b_r), \qquad z_t = \sigma(W_{iz} x_t + W_{hz} h_{t-1} + b_z),$$
$$n_t = \tanh\big(W_{in} x_t + r_t \odot (W_{hn} h_{t-1} + b_{hn}) + b_{in}\big), \qquad h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}.$$
The reset gate $r_t$ decides how much of the old state the candidate $n_t$ may look at; the update
gate $z_t$ decides, unit by unit, whether to keep the old state or take the candidate. Papers
differ on which side $z$ multiplies (Chung et al. 2014 swap $z$ and $1 - z$), so always check the
equations before reading a bias.`,
    },
    {
      id: "gradient-path",
      diagram: "gru",
      heading: "The additive path, again",
      body: String.raw`Differentiate $h_t$ with respect to $h_{t-1}$:
$$\frac{\partial h_t}{\partial h_{t-1}} = \operatorname{diag}(z_t) + \big(\text{terms through } n_t, r_t \text{ and } z_t\big).$$
The first term plays the role of the LSTM's $\operatorname{diag}(f_t)$. In the convention of Chung et al.
(2014), where $z$ and $1 - z$ swap places, the same copy term is $\operatorname{diag}(1 - z_t)$, and
long memory needs $z$ near 0, so a negative update-gate bias. When a unit's update gate is
near 1 it copies its state forward, and the gradient flows back along that copy almost unchanged.
A positive bias on the update gate pushes $z$ towards 1 at the start of training, much as a
positive forget bias does for the LSTM. With small weights and an update-gate bias of 4, $z \approx \sigma(4) \approx 0.982$, and 100 steps of that factor still leave about $0.16$ of the gradient; with a bias of 0 the copy path alone contributes about $0.5$ per step, $0.5^{100} \approx 8 \times 10^{-31}$ over 100 steps. That is the copy path's share, not the gradient: the terms through the candidate and the gates add to every step's factor, so the full gradient keeps more. In the scenario at update bias 0 the GRU keeps between $10^{-24}$ and $10^{-16}$ of its gradient over 100 steps, many orders of magnitude above $0.5^{100}$ and still vanished. Those extra terms can be large when the recurrent weights are.`,
    },
    {
      id: "differences",
      heading: "How it differs from the LSTM",
      body: String.raw`The GRU has no cell separate from its output and no output gate: the state it carries is the state
it shows. Its keep and write decisions are coupled, since $z_t$ and $1 - z_t$ sum to one, whereas
the LSTM's forget and input gates are independent. It has three blocks of weights instead of four,
so it is a little cheaper. None of this changes the main idea: gating makes the per-step factor
along the memory path a learned number near 1 instead of a product of a weight matrix and a
squashing derivative.`,
    },
    {
      id: "which",
      heading: "Which one to use",
      body: String.raw`Empirical comparisons (Chung et al. 2014; Jozefowicz, Zaremba and Sutskever 2015) found the two
close, with no consistent winner, and found that giving the LSTM a forget-gate bias of 1 removed
most of the gap where the GRU had been ahead. Like the LSTM, the GRU mitigates vanishing but does
not prevent exploding gradients through its candidate path, so clipping is still used. In the
scenario beside this lesson, compare the gradient curves of a GRU, an LSTM and a plain RNN as you
move the two gate biases. Both start at 1, so the comparison is like for like: at the default seed the GRU and the LSTM keep gradients within a factor of 10 of each other, and both more than a million times what the RNN keeps. Other seeds move the gap between the two gated networks, sometimes by orders of magnitude; unequal biases move it much more, which says more about the biases than about the architectures.`,
    },
  ],
  references: [
    { ...REF.cho2014, note: "The gated recurrent unit." },
    { ...REF.chung2014, note: "GRU against LSTM on sequence modelling." },
    { ...REF.jozefowicz2015, note: "Forget bias 1 closes the gap to the GRU." },
  ],
};
