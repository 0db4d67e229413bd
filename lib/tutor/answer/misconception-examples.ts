/**
 * Training sentences for the misconception classifier (misconception-classifier.ts): for each
 * catalogue entry, a few ways a learner states the wrong claim, and a few true statements about
 * the same things, so the classifier learns which words make the claim and which make the
 * correction. Written for this purpose, in learners' vocabulary (synonyms, not one wording per
 * item); the catalogue's label, correction and phrasings are added to these at load time.
 */
export interface MisconceptionExamples {
  claims: readonly string[];
  truths: readonly string[];
}

export const MISCONCEPTION_EXAMPLES: Readonly<Record<string, MisconceptionExamples>> = {
  "lstm-never-explodes": {
    claims: [
      "gated networks are safe from exploding gradients",
      "an lstm's gradient can't blow up because the gates are below one",
      "with a gru you never get huge gradients",
      "lstms don't need gradient clipping, nothing can explode",
    ],
    truths: [
      "an lstm can still explode through the hidden state and the gates",
      "lstms and grus are usually trained with clipping",
    ],
  },
  "lstm-never-vanishes": {
    claims: [
      "the lstm gradient is always preserved over any number of steps",
      "an lstm's gradient can never die out",
      "with an lstm the gradient stays intact forever whatever the gates do",
    ],
    truths: [
      "with the forget gate well below 1 an lstm's gradient still vanishes",
      "the cell path shrinks by the product of the forget gates",
    ],
  },
  "clipping-fixes-vanishing": {
    claims: [
      "clipping keeps gradients from getting too small",
      "clipping brings back a gradient that has faded away",
      "clipping also rescues gradients that are too small",
      "clipping restores the long range signal",
    ],
    truths: [
      "clipping only scales down a gradient whose norm is above the threshold",
      "clipping cannot restore a contribution that has already shrunk",
    ],
  },
  "clipping-changes-direction": {
    claims: [
      "clipping points the gradient in a new direction",
      "after clipping the gradient faces another way",
      "norm clipping turns the update vector",
    ],
    truths: [
      "clipping by norm keeps the direction and caps only the length",
      "the clipped gradient points the same way as before",
    ],
  },
  "clipping-is-elementwise": {
    claims: [
      "norm clipping limits every entry to the threshold one at a time",
      "clip_grad_norm caps each parameter's gradient value separately",
      "clipping by norm works per coordinate",
    ],
    truths: [
      "norm clipping rescales the whole vector by one factor",
      "capping each entry separately is value clipping, a different rule",
    ],
  },
  "relu-alone-fixes-rnns": {
    claims: [
      "with relu the gradient passes through unchanged so rnns train fine",
      "replacing tanh by relu is enough for a recurrent network to learn long gaps",
      "relu units solve the vanishing gradient in rnns by themselves",
    ],
    truths: [
      "relu's derivative is 1 only where the unit is active",
      "a relu rnn still needs a careful initialisation such as the identity",
    ],
  },
  "gates-remove-all-multiplication": {
    claims: [
      "the lstm backward pass has no multiplications at all, only additions",
      "because the cell update is additive nothing multiplies the gradient going back",
      "the gates get rid of every product in backprop",
    ],
    truths: [
      "going back one step the cell multiplies the gradient by the forget gate",
      "the additive update replaces the weight matrix, not multiplication",
    ],
  },
  "forget-gate-always-one": {
    claims: [
      "the forget gate is basically always 1",
      "a newly built lstm begins with its forget gate fully open",
      "the forget gate stays fully open all the time",
      "forget gates are stuck at one",
      "right after initialisation every forget gate is at 1 by default",
    ],
    truths: [
      "with bias 0 the forget gate starts near 0.5",
      "the forget gate is a sigmoid of learned weights",
    ],
  },
  "truncation-is-modern-practice": {
    claims: [
      "modern lstm libraries still cut the gradient at the gates like the 1997 paper",
      "current frameworks' lstms truncate the gate routes as in the original paper",
      "today's lstms still stop the error flow through the gates",
    ],
    truths: [
      "modern lstms backpropagate through every gate path",
      "the 1997 truncation is historical",
    ],
  },
  "full-equals-truncated": {
    claims: [
      "the truncated and the full lstm gradient are the same thing",
      "it doesn't matter whether you use the truncated gradient or the full one",
      "dropping the gate paths gives exactly the full gradient",
    ],
    truths: [
      "with non-zero recurrent weights the full and truncated gradients differ",
      "the full gradient adds terms through the gates that truncation drops",
    ],
  },
  "spectral-radius-suffices": {
    claims: [
      "eigenvalues below 1 guarantee the gradient shrinks at every step",
      "a spectral radius under one means the gradient decays from step one",
      "eigenvalues smaller than one in magnitude mean no growth at any step",
    ],
    truths: [
      "the bounds use the largest singular value, not the spectral radius",
      "a non-normal matrix with small eigenvalues can still grow for a few steps",
    ],
  },
  "large-norm-guarantees-explosion": {
    claims: [
      "a singular value above 1/gamma means the gradient will explode for sure",
      "sigma max above one over gamma guarantees explosion",
    ],
    truths: [
      "a largest singular value above 1/gamma is necessary for explosion, not sufficient",
      "saturated units can still make the gradient shrink",
    ],
  },
  "sigmoid-derivative-one": {
    claims: [
      "the sigmoid's slope is 1 in the middle of its curve",
      "the sigmoid's derivative is 1 at zero",
      "a sigmoid unit can have gradient one",
    ],
    truths: [
      "the sigmoid's derivative is at most one quarter",
      "a chain of sigmoids shrinks the gradient by at least 4 per step",
    ],
  },
  "residual-adds-parameters": {
    claims: [
      "skip connections work because they add more weights",
      "the shortcut has its own parameters that learn to carry the gradient",
    ],
    truths: [
      "an identity shortcut has no parameters",
      "the shortcut adds the input to the block's output",
    ],
  },
  "residual-path-still-multiplies": {
    claims: [
      "through a residual stack the gradient is the branch derivatives multiplied together",
      "shortcuts leave the gradient as the branches' product",
      "the residual gradient is the same as without shortcuts",
    ],
    truths: [
      "each residual block's jacobian is the identity plus the branch's",
      "the product over blocks contains the identity term",
    ],
  },
  "lstm-stores-everything": {
    claims: [
      "an lstm keeps a complete record of everything it has seen",
      "the cell has unlimited memory",
      "lstms remember their whole input history",
    ],
    truths: [
      "the lstm state is a fixed-size vector that the gates overwrite",
      "an lstm forgets what its gates let go",
    ],
  },
  "rnn-cannot-remember-at-all": {
    claims: [
      "a vanilla rnn has no memory whatsoever",
      "a plain rnn forgets each input immediately",
      "simple rnns can't keep any information between steps",
    ],
    truths: [
      "a plain rnn carries information in its hidden state",
      "a plain rnn learns short dependencies well",
    ],
  },
  "bigger-hidden-fixes-vanishing": {
    claims: [
      "more hidden units stop the gradient from vanishing",
      "a wider rnn keeps long-range gradients alive",
      "doubling the hidden size fixes vanishing",
    ],
    truths: [
      "width does not change the per-step factor",
      "more units give more directions in which the gradient shrinks",
    ],
  },
  "cec-has-gates": {
    claims: [
      "the constant error carousel is the forget and input gates",
      "the cec is made of the gates",
    ],
    truths: [
      "the carousel is the cell's linear self-connection with weight 1",
      "the gates sit around the carousel",
    ],
  },
  "gradients-add-over-time": {
    claims: [
      "bptt adds up the per-step factors",
      "the gradient to an early step is a sum of the step jacobians",
      "small factors only add a little, they don't compound",
    ],
    truths: [
      "the gradient to an early state is a product of jacobians",
      "factors below 1 compound geometrically",
      "the per-step factors are multiplied together, not added",
    ],
  },
  "vanishing-is-forward-only": {
    claims: [
      "vanishing means the activations get smaller in the forward pass",
      "the hidden states shrink to zero going forward, that is the vanishing problem",
    ],
    truths: [
      "the vanishing problem is in the backward pass",
      "the error signal shrinks even when forward activations are healthy",
    ],
  },
  "init-fixes-training-forever": {
    claims: [
      "orthogonal initialisation keeps gradients healthy for all of training",
      "a good init means the gradients stay stable permanently",
      "once initialised as identity the rnn never has gradient problems",
    ],
    truths: [
      "the weights move during training, so the problem can come back",
      "a good init only makes the starting jacobians well conditioned",
    ],
  },
  "gru-has-cell-state": {
    claims: [
      "a gru carries a cell state and a hidden state like an lstm",
      "the gru has a separate memory cell",
      "every gru step updates a memory cell as well as the output state",
    ],
    truths: [
      "the gru has no separate cell, only the hidden state",
      "the gru's update gate interpolates the hidden state itself",
    ],
  },
  "explosion-without-large-weights": {
    claims: [
      "gradients can explode even when the recurrent weights are tiny",
      "small recurrent weights can still blow up the gradient",
    ],
    truths: [
      "with small recurrent weights every step's factor is below 1",
      "growth needs the largest singular value above 1/gamma",
    ],
  },
  "bounded-activation-bounds-gradient": {
    claims: [
      "tanh squashes its output so the gradient stays bounded",
      "tanh outputs stay within -1 and 1, so the backward signal stays small too",
      "a bounded activation keeps the backward signal bounded too",
      "tanh limits the gradient because it limits h",
    ],
    truths: [
      "tanh bounds the values of h, not the gradient",
      "with tanh's derivative at most 1 the factor can still exceed 1 through w",
    ],
  },
  "saturation-harmless": {
    claims: [
      "saturated units don't hurt the gradient",
      "saturation has no effect on backprop",
      "it's fine if the tanh units saturate, the gradient is unaffected",
    ],
    truths: [
      "a saturated unit has derivative near 0",
      "every saturated step multiplies the gradient by a small number",
    ],
  },
  "forget-bias-irrelevant": {
    claims: [
      "the forget gate bias is a minor detail",
      "it makes no difference what the forget bias is",
      "a forget bias of 0 works as well as a large one",
    ],
    truths: [
      "a forget bias of 1 or more keeps much more of the cell gradient",
      "with bias 0 the cell path keeps 0.5 to the power of the steps",
    ],
  },
  "truncation-cuts-cell-path": {
    claims: [
      "the 1997 truncation cuts the cell's own path too",
      "truncating removes the carousel from the gradient",
    ],
    truths: [
      "the truncation keeps the carousel c_{t-1} to c_t",
      "the truncation cuts only the routes through h_{t-1}",
    ],
  },
  "clipping-not-applied": {
    claims: [
      "above the threshold the small components stay as they are",
      "clipping only shrinks the big entries and leaves the small ones",
    ],
    truths: [
      "above the threshold every component is multiplied by the same factor",
      "components already below theta shrink too",
    ],
  },
  "clipping-sets-length": {
    claims: [
      "clipping makes every gradient exactly as long as the threshold",
      "clipping stretches short gradients up to theta",
      "after clipping every gradient has norm theta",
    ],
    truths: [
      "a gradient shorter than the threshold is left as it is",
      "clipping never lengthens a gradient",
    ],
  },
  "clipping-useless-for-explosion": {
    claims: [
      "clipping does nothing against exploding gradients",
      "clipping can't help when the gradient explodes",
    ],
    truths: [
      "clipping caps the step when the gradient explodes",
      "clipping stops one update throwing the weights far away",
    ],
  },
  "derivative-is-value": {
    claims: [
      "the gradient with respect to w is the forward value itself",
      "the derivative equals x_T",
    ],
    truths: ["the derivative of w^T x_0 is T w^{T-1} x_0", "the forward value is not the gradient"],
  },
  "update-gate-always-copies": {
    claims: [
      "the gru's update gate copies the old state by default",
      "a freshly initialised gru holds on to its state unchanged",
      "the update gate always keeps the previous hidden state",
    ],
    truths: [
      "with bias 0 the update gate starts near 0.5",
      "the update gate is a sigmoid of learned weights",
      "the update gate mixes the old state with the candidate",
    ],
  },
  "update-bias-irrelevant": {
    claims: [
      "the gru's update bias doesn't matter",
      "there is no need to tune b_z for long sequences",
      "the update-gate bias is a minor setting",
    ],
    truths: ["with b_z 0 the copy path vanishes", "an update bias of 4 keeps much of the gradient"],
  },
  "gru-convention-mixup": {
    claims: [
      "an update gate near 1 always means the gru writes the candidate",
      "z close to 1 takes the new candidate in every gru",
    ],
    truths: [
      "in pytorch's convention an update gate near 1 copies the old state",
      "conventions differ between cho and chung",
    ],
  },
  "init-irrelevant": {
    claims: [
      "the recurrent initialisation hardly matters",
      "training sorts out whatever recurrent init you pick",
      "it makes no difference how you initialise the recurrent matrix",
    ],
    truths: [
      "with identity init active relu units pass the gradient unchanged",
      "a random orthogonal matrix switches off about half the relu units",
    ],
  },
  "explosion-treated-as-vanishing": {
    claims: [
      "exploding and vanishing gradients are fixed the same way",
      "one remedy, clipping, covers both exploding and vanishing",
      "the remedy for vanishing is the same as for exploding",
    ],
    truths: [
      "exploding and vanishing gradients are opposite failures",
      "spikes call for clipping while a stall calls for gating",
    ],
  },
  "lstm-no-better-on-long-lags": {
    claims: [
      "an lstm is no better than a tanh rnn at long lags",
      "on long dependencies the lstm learns as badly as a vanilla rnn",
    ],
    truths: [
      "on the adding problem the lstm learns where a tanh rnn stays at chance",
      "the lstm's cell path lets it learn long lags",
    ],
  },
};
