/**
 * The misconception catalogue. Every wrong option of a choice question, and every mapped wrong
 * numeric answer, ordering or phrase, names one of these ids; mastery and the instructor
 * dashboard count them. Corrections are one sentence and agree with the results the lessons
 * cite (lib/content/README.md).
 */
import { z } from "zod";
import { Misconception } from "./schema";

const MISCONCEPTIONS_DATA = [
  {
    id: "lstm-never-explodes",
    label: "Gated networks (LSTM, GRU) can never explode",
    correction:
      "Gates at most 1 damp growth on the cell (or copy) path only; the gradient can still explode through the hidden state and the gates, which is why LSTMs and GRUs are trained with gradient clipping.",
  },
  {
    id: "lstm-never-vanishes",
    label: "LSTM gradients can never vanish",
    correction:
      "The cell path shrinks by the product of the forget-gate activations, so with forget gates well below 1 (e.g. bias 0, f = 0.5) the LSTM's gradient still vanishes geometrically.",
  },
  {
    id: "clipping-fixes-vanishing",
    label: "Gradient clipping fixes vanishing gradients",
    correction:
      "Clipping only scales a gradient down when its norm exceeds a threshold; it cannot restore a contribution from distant steps that has already shrunk towards zero.",
  },
  {
    id: "clipping-changes-direction",
    label: "Norm clipping changes the gradient's direction",
    correction:
      "Clipping by norm multiplies the whole gradient by one positive factor, so the direction is kept and only the length is capped.",
  },
  {
    id: "clipping-is-elementwise",
    label: "Norm clipping caps each component separately",
    correction:
      "Pascanu et al.'s Algorithm 1 rescales the whole vector $g$ to $\\theta\\,g/\\|g\\|$; capping each entry separately is value clipping, a different rule that changes the direction.",
  },
  {
    id: "relu-alone-fixes-rnns",
    label: "Switching to ReLU alone fixes recurrent networks",
    correction:
      "ReLU's derivative is 1 only where the unit is active, and the recurrent matrix still multiplies the gradient at every step, so without a careful initialisation (such as IRNN's identity) it can still vanish or explode.",
  },
  {
    id: "gates-remove-all-multiplication",
    label: "Gates remove all multiplication from the backward path",
    correction:
      "Going back one step along the cell multiplies the gradient by $\\operatorname{diag}(f_t)$, plus terms through the gates; the additive update replaces the weight matrix and squashing derivative, not multiplication itself.",
  },
  {
    id: "forget-gate-always-one",
    label: "The forget gate is always (close to) 1",
    correction:
      "The forget gate is a sigmoid of learned weights and inputs: with bias 0 it starts near 0.5, which is why a forget-gate bias of 1 or more is recommended (Jozefowicz et al. 2015).",
  },
  {
    id: "truncation-is-modern-practice",
    label: "Modern LSTMs truncate the gradient like the 1997 paper",
    correction:
      "The cut of the gate paths in Hochreiter & Schmidhuber 1997 (appendix A.1) is historical: modern LSTMs use full backpropagation through every gate path; windowed truncated BPTT, which detaches the state every k steps on long streams, is a different practice that limits how far back the gradient reaches.",
  },
  {
    id: "full-equals-truncated",
    label: "The 1997 truncated gradient equals the full gradient",
    correction:
      "With non-zero recurrent weights the full gradient adds terms through the gates and $h_{t-1}$ that the truncated one drops, so the two can differ sharply, even in sign, and every plot must say which one it shows.",
  },
  {
    id: "spectral-radius-suffices",
    label: "Spectral radius < 1 means the gradient shrinks from the first step",
    correction:
      "The bounds use the largest singular value: a non-normal W with spectral radius 0.5 can have $\\|W^T\\|$ above 1 for the first few steps, and once derivatives switch from step to step (ReLU units taking turns) a W with spectral radius 0.71 can still make the gradient grow.",
  },
  {
    id: "large-norm-guarantees-explosion",
    label: "A largest singular value above 1/γ guarantees explosion",
    correction:
      "Pascanu et al. 2013 show that a largest singular value above $1/\\gamma$ is necessary for explosion, not sufficient: saturated units can still make the gradient shrink.",
  },
  {
    id: "sigmoid-derivative-one",
    label: "The sigmoid's derivative can reach 1",
    correction:
      "The sigmoid's derivative $s(1 - s)$ is at most $1/4$ (at $s = 0.5$), so a chain of sigmoids shrinks the gradient by at least a factor of 4 per step unless the weights compensate.",
  },
  {
    id: "residual-adds-parameters",
    label: "Residual connections work by adding parameters",
    correction:
      "An identity shortcut has no parameters: it adds the input to the block's output, so the Jacobian becomes $I + J_F$ and the gradient has a path that is not multiplied by small factors.",
  },
  {
    id: "residual-path-still-multiplies",
    label: "The gradient through a residual stack is just the product of the branches",
    correction:
      "Each block's Jacobian is $I + J_F$, so the product over blocks contains the identity term; for $x + a\\tanh(x)$ at 0 it is $(1 + a)^L$ rather than $a^L$.",
  },
  {
    id: "lstm-stores-everything",
    label: "A gated network (LSTM, GRU) stores everything it has seen",
    correction:
      "Its state is a fixed-size vector that the gates overwrite and decay; the network learns what to keep, and it forgets whatever its gates let go.",
  },
  {
    id: "rnn-cannot-remember-at-all",
    label: "A plain RNN cannot remember anything",
    correction:
      "A plain RNN carries information in its hidden state and learns short dependencies well; it struggles with long gaps because the training signal across the gap vanishes.",
  },
  {
    id: "bigger-hidden-fixes-vanishing",
    label: "A bigger hidden state fixes vanishing gradients",
    correction:
      "Width does not change the per-step factor: the Jacobian is still a product of $\\operatorname{diag}(\\phi')\\,W$ terms, so more units only give more directions in which the gradient shrinks.",
  },
  {
    id: "cec-has-gates",
    label: "The constant error carousel is the gates",
    correction:
      "The constant error carousel is the cell's linear self-connection with weight 1.0; the gates sit around it and control what enters and leaves it.",
  },
  {
    id: "gradients-add-over-time",
    label: "Backpropagation through time adds the per-step factors",
    correction:
      "The gradient to an early state is a product of one Jacobian per step, so factors below 1 compound geometrically rather than adding up.",
  },
  {
    id: "vanishing-is-forward-only",
    label: "Vanishing gradients are about activations shrinking in the forward pass",
    correction:
      "The problem is in the backward pass: the error signal to early steps is a long product of Jacobians, even when the forward activations stay a healthy size.",
  },
  {
    id: "init-fixes-training-forever",
    label: "A good initialisation keeps gradients stable throughout training",
    correction:
      "Orthogonal or identity initialisation makes the starting Jacobians well-conditioned, but the weights move during training, so the problem can come back.",
  },
  {
    id: "gru-has-cell-state",
    label: "The GRU keeps a separate cell state like the LSTM",
    correction:
      "The GRU has no separate cell: its update gate interpolates the hidden state itself, $h_t = (1 - z_t) \\odot n_t + z_t \\odot h_{t-1}$ in PyTorch's convention, which gives a similar additive path.",
  },
  {
    id: "explosion-without-large-weights",
    label: "Gradients can explode even with small recurrent weights",
    correction:
      "Growth needs the largest singular value of the recurrent matrix above $1/\\gamma$ (Pascanu et al. 2013); with small recurrent weights every step's factor is below 1 and the product shrinks.",
  },
  {
    id: "bounded-activation-bounds-gradient",
    label: "A bounded activation like tanh keeps the gradient bounded",
    correction:
      "tanh bounds the values of h, not the gradient: with $\\tanh' \\le 1$ each step's factor can still be as large as the largest singular value of W, and a product of factors above 1 grows without bound.",
  },
  {
    id: "saturation-harmless",
    label: "Saturating units do not affect the gradient",
    correction:
      "Where tanh or the sigmoid saturate their derivative is near 0, and every saturated step multiplies the gradient by that small number.",
  },
  {
    id: "forget-bias-irrelevant",
    label: "The forget-gate bias hardly matters",
    correction:
      "With small input weights the forget gate sits near $\\sigma(b_f)$, so the cell path keeps about $\\sigma(b_f)^T$ after $T$ steps: $0.5^{100}$ for $b_f = 0$ but about 0.51 for $b_f = 5$.",
  },
  {
    id: "truncation-cuts-cell-path",
    label: "The 1997 truncation cuts the cell's own path",
    correction:
      "The truncation cuts only the routes from the gates and the cell input back into $h_{t-1}$; the carousel $c_{t-1} \\to c_t$ is kept, and with zero recurrent weights the truncated and full gradients are identical.",
  },
  {
    id: "clipping-not-applied",
    label: "A gradient above the threshold keeps its components",
    correction:
      "Whenever $\\|g\\| \\ge \\theta$ the rule applies: the whole vector is multiplied by $\\theta/\\|g\\|$, so every component shrinks, including those already below $\\theta$.",
  },
  {
    id: "clipping-sets-length",
    label: "Clipping always sets the gradient's length to the threshold",
    correction:
      "The rule only acts when $\\|g\\| \\ge \\theta$: a gradient shorter than the threshold is left as it is, so clipping never lengthens a gradient.",
  },
  {
    id: "clipping-useless-for-explosion",
    label: "Clipping does not protect against exploding gradients",
    correction:
      "When the gradient explodes on a steep wall of the loss, clipping caps the step at the threshold, so one update cannot throw the weights far away (Pascanu et al. 2013).",
  },
  {
    id: "derivative-is-value",
    label: "A forward value stands in for its derivative",
    correction:
      "A derivative is a rate of change: for $x_T = w^T x_0$ the derivative with respect to $w$ is $T\\,w^{T-1} x_0$, larger than $x_T$ by the factor $T/w$, so the forward value is not the gradient.",
  },
  {
    id: "update-gate-always-copies",
    label: "The GRU's update gate always keeps the old state",
    correction:
      "The update gate is a sigmoid of learned weights and inputs: with bias 0 it starts near 0.5, so the copy path keeps only about $0.5^T$ of the gradient after $T$ steps.",
  },
  {
    id: "update-bias-irrelevant",
    label: "The GRU's update-gate bias hardly matters",
    correction:
      "With small weights the update gate sits near $\\sigma(b_z)$, so the copy path keeps about $\\sigma(b_z)^T$ of the gradient: vanishing for $b_z = 0$, much of it for $b_z = 4$ or more.",
  },
  {
    id: "gru-convention-mixup",
    label: "In a GRU, an update gate near 1 always means writing the candidate",
    correction:
      "Conventions differ: in PyTorch's $h_t = (1 - z_t) \\odot n_t + z_t \\odot h_{t-1}$ an update gate near 1 copies the old state, as in Cho et al. (2014), while Chung et al. (2014) write it the other way round, so read the equation before setting the bias.",
  },
  {
    id: "init-irrelevant",
    label: "The recurrent matrix's initialisation hardly matters",
    correction:
      "The starting recurrent matrix sets every step's factor: with the identity (IRNN) active ReLU units pass the gradient unchanged, while a random orthogonal matrix switches off about half of them at each step.",
  },
  {
    id: "explosion-treated-as-vanishing",
    label: "Exploding and vanishing gradients have the same fix",
    correction:
      "They are opposite failures: spikes and NaNs call for capping the step (clipping, a lower learning rate), while a silent stall calls for a path that keeps the gradient (gating, forget bias, initialisation).",
  },
  {
    id: "lstm-no-better-on-long-lags",
    label: "An LSTM learns a long lag no better than a tanh RNN",
    correction:
      "The LSTM's cell path multiplies the error only by its forget gates, which training can hold near 1, so on long-lag tasks such as the adding problem it learns where a tanh RNN stays at chance (Hochreiter & Schmidhuber 1997; the training lab shows it at lag 50).",
  },
];

export const misconceptions: readonly Misconception[] = z
  .array(Misconception)
  .parse(MISCONCEPTIONS_DATA);

const byId = new Map(misconceptions.map((m) => [m.id, m]));

export function getMisconception(id: string): Misconception | undefined {
  return byId.get(id);
}
