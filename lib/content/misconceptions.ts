/**
 * The misconception catalogue. Every wrong option of a choice question, and every mapped wrong
 * numeric answer, ordering or phrase, names one of these ids; mastery and the instructor
 * dashboard count them. Corrections are one sentence and follow SCIENCE.md.
 */
import { z } from "zod";
import { Misconception } from "./schema";

const MISCONCEPTIONS_DATA = [
  {
    id: "lstm-never-explodes",
    label: "LSTMs can never explode",
    correction:
      "Forget gates at most 1 damp growth on the cell path only; the gradient can still explode through the hidden state and the gates, which is why LSTMs are trained with gradient clipping.",
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
      "Pascanu et al.'s Algorithm 1 rescales the whole vector g to threshold·g/||g||; capping each entry separately is value clipping, a different rule that changes the direction.",
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
      "Going back one step along the cell multiplies the gradient by diag(f_t), plus terms through the gates; the additive update replaces the weight matrix and squashing derivative, not multiplication itself.",
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
      "The cut of the gate paths in Hochreiter & Schmidhuber 1997 (appendix A.1) is historical: modern LSTMs backpropagate through every gate path; windowed truncated BPTT, which detaches the state every k steps on long streams, is a different practice that limits how far back the gradient reaches.",
  },
  {
    id: "full-equals-truncated",
    label: "The 1997 truncated gradient equals the full gradient",
    correction:
      "With non-zero recurrent weights the truncated and the full gradient can differ sharply, even in sign, so every plot must say which one it shows.",
  },
  {
    id: "spectral-radius-suffices",
    label: "Spectral radius < 1 means the gradient shrinks from the first step",
    correction:
      "The bounds use the largest singular value: a non-normal W with spectral radius 0.5 can have ||W^T|| above 1 for the first few steps, and once derivatives switch from step to step (ReLU units taking turns) a W with spectral radius 0.71 can make the gradient grow without end.",
  },
  {
    id: "large-norm-guarantees-explosion",
    label: "A largest singular value above 1/gamma guarantees explosion",
    correction:
      "Pascanu et al. 2013 show that a largest singular value above 1/gamma is necessary for explosion, not sufficient: saturated units can still make the gradient shrink.",
  },
  {
    id: "sigmoid-derivative-one",
    label: "The sigmoid's derivative can reach 1",
    correction:
      "The sigmoid's derivative s(1 - s) is at most 1/4 (at s = 0.5), so a chain of sigmoids shrinks the gradient by at least a factor of 4 per step unless the weights compensate.",
  },
  {
    id: "residual-adds-parameters",
    label: "Residual connections work by adding parameters",
    correction:
      "An identity shortcut has no parameters: it adds the input to the block's output, so the Jacobian becomes I + J_F and the gradient has a path that is not multiplied by small factors.",
  },
  {
    id: "residual-path-still-multiplies",
    label: "The gradient through a residual stack is just the product of the branches",
    correction:
      "Each block's Jacobian is I + J_F, so the product over blocks contains the identity term; for x + a·tanh(x) at 0 it is (1 + a)^L rather than a^L.",
  },
  {
    id: "lstm-stores-everything",
    label: "An LSTM stores everything it has seen",
    correction:
      "The cell is a fixed-size vector that the gates overwrite and decay; the LSTM learns what to keep, and it forgets whatever the forget gate lets go.",
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
      "Width does not change the per-step factor: the Jacobian is still a product of diag(act') W terms, so more units only give more directions in which the gradient shrinks.",
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
      "The GRU has no separate cell: its update gate interpolates the hidden state itself, h_t = (1 - z_t) n_t + z_t h_{t-1} in PyTorch's convention, which gives a similar additive path.",
  },
  {
    id: "explosion-without-large-weights",
    label: "Gradients can explode even with small recurrent weights",
    correction:
      "Growth needs the largest singular value of the recurrent matrix above 1/gamma (Pascanu et al. 2013); with small recurrent weights every step's factor is below 1 and the product shrinks.",
  },
  {
    id: "bounded-activation-bounds-gradient",
    label: "A bounded activation like tanh keeps the gradient bounded",
    correction:
      "tanh bounds the values of h, not the gradient: with tanh' <= 1 each step's factor can still be as large as the largest singular value of W, and a product of factors above 1 grows without bound.",
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
      "With small input weights the forget gate sits near sigma(b_f), so the cell path keeps about sigma(b_f)^T after T steps: 0.5^100 for b_f = 0 but about 0.51 for b_f = 5.",
  },
  {
    id: "truncation-cuts-cell-path",
    label: "The 1997 truncation cuts the cell's own path",
    correction:
      "The truncation cuts only the routes from the gates and the cell input back into h_{t-1}; the carousel c_{t-1} -> c_t is kept, and with zero recurrent weights the truncated and full gradients are identical.",
  },
];

export const misconceptions: readonly Misconception[] = z
  .array(Misconception)
  .parse(MISCONCEPTIONS_DATA);

const byId = new Map(misconceptions.map((m) => [m.id, m]));

export function getMisconception(id: string): Misconception | undefined {
  return byId.get(id);
}
