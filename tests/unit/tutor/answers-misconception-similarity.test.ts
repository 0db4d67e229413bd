/**
 * The similarity fallback for catalogued misconceptions: claims and leading questions in
 * learner wordings no phrasing or meaning rule foresees, and true statements and neutral
 * questions on the same topics, which must not be taken for a misconception. The threshold in
 * misconception-similarity.ts is calibrated on these.
 */
import { describe, expect, it } from "vitest";
import { detectMisconceptions, respond } from "@/lib/tutor";
import { claimOrLeading } from "@/lib/tutor/answer/misconception-similarity";

/** Learner wordings of catalogued claims, with the id they state. */
const CLAIMS: readonly (readonly [string, string])[] = [
  ["my lstm cant blow up since the gates are all below 1, right?", "lstm-never-explodes"],
  ["gru's are immune to exploding grads so no need to worry", "lstm-never-explodes"],
  ["lstms basically solved vanishing for good, the signal always survives", "lstm-never-vanishes"],
  [
    "my gradients vanish so I turned on clip_grad_norm_, that should pump them back up, yeah?",
    "clipping-fixes-vanishing",
  ],
  ["surely clipping rescales the tiny gradients upward too", "clipping-fixes-vanishing"],
  ["clipping by norm rotates the gradient a bit, yeah?", "clipping-changes-direction"],
  [
    "norm clipping just caps every entry at the threshold one by one, right?",
    "clipping-is-elementwise",
  ],
  [
    "so clip_grad_norm clamps each coordinate to plus minus 5 individually",
    "clipping-is-elementwise",
  ],
  ["relu has derivative 1 so a relu rnn can't have vanishing, yeah?", "relu-alone-fixes-rnns"],
  [
    "the gates get rid of every multiplication on the way back, isn't it?",
    "gates-remove-all-multiplication",
  ],
  ["the forget gate is basically always ~1 anyway isn't it?", "forget-gate-always-one"],
  ["forget gates sit at one pretty much all the time so memory is kept", "forget-gate-always-one"],
  [
    "pytorch's lstm cuts the gradient through the gates like hochreiter did",
    "truncation-is-modern-practice",
  ],
  [
    "the truncated gradient from the 97 paper is exactly the same as the full one",
    "full-equals-truncated",
  ],
  [
    "spectral radius under 1 so the grad shrinks right from step one, yeah?",
    "spectral-radius-suffices",
  ],
  ["if rho(W) < 1 the gradient gets smaller at every single step", "spectral-radius-suffices"],
  ["once sigma_max > 4 explosion is certain, isn't it?", "large-norm-guarantees-explosion"],
  ["sigmoid's slope can hit 1 near zero, right?", "sigmoid-derivative-one"],
  ["resnets help because the skip adds extra weights to learn", "residual-adds-parameters"],
  [
    "skip connections work since they give the net more parameters, yeah?",
    "residual-adds-parameters",
  ],
  [
    "a residual stack still multiplies all the layer derivatives, nothing changes, right?",
    "residual-path-still-multiplies",
  ],
  ["an lstm remembers literally everything it has read", "lstm-stores-everything"],
  ["a vanilla rnn has zero memory at all", "rnn-cannot-remember-at-all"],
  ["plain rnns can't remember even the previous step, right?", "rnn-cannot-remember-at-all"],
  ["more hidden units should stop the gradient vanishing, yeah?", "bigger-hidden-fixes-vanishing"],
  ["the constant error carousel is just another name for the gates, right?", "cec-has-gates"],
  ["bptt sums the per-step jacobians so nothing can vanish", "gradients-add-over-time"],
  ["the factors over time get added up, not multiplied, right?", "gradients-add-over-time"],
  ["so it's the forward signal that dies out, yeah?", "vanishing-is-forward-only"],
  [
    "if I init orthogonally the gradients stay fine for the whole training",
    "init-fixes-training-forever",
  ],
  ["the gru has its own cell state c_t like the lstm", "gru-has-cell-state"],
  ["gru keeps a separate memory cell apart from h, yeah?", "gru-has-cell-state"],
  ["small W can still make the gradients blow up", "explosion-without-large-weights"],
  ["tanh is bounded so the gradient is bounded too, right?", "bounded-activation-bounds-gradient"],
  ["saturated tanh units dont really hurt the gradient", "saturation-harmless"],
  ["units stuck at +-1 are fine for backprop, yeah?", "saturation-harmless"],
  ["setting forget bias to 1 makes no real difference, right?", "forget-bias-irrelevant"],
  ["the 1997 lstm truncated the gradient along the cell too, right?", "truncation-cuts-cell-path"],
  ["if the norm is over the threshold the entries stay as they are", "clipping-not-applied"],
  ["a gradient above the limit keeps its components unchanged, yeah?", "clipping-not-applied"],
  [
    "so every gradient comes out with length exactly 5 after clipping at 5?",
    "clipping-sets-length",
  ],
  ["clipping does nothing against exploding grads really", "clipping-useless-for-explosion"],
  ["the gate's value 0.9 is its derivative too, right?", "derivative-is-value"],
  ["tanh(x)=0.8 so the local gradient is 0.8", "derivative-is-value"],
  ["gru update gate just copies h forever", "update-gate-always-copies"],
  ["the update gate bias in a gru hardly matters, yeah?", "update-bias-irrelevant"],
  ["z near 1 always means the gru writes the candidate, right?", "gru-convention-mixup"],
  [
    "pytorch and cho both use z for the new candidate the same way so z=1 writes it",
    "gru-convention-mixup",
  ],
  ["init of W_hh is irrelevant, training sorts it out, right?", "init-irrelevant"],
  ["exploding and vanishing are fixed the same way, just clip", "explosion-treated-as-vanishing"],
  ["an lstm isn't any better than a tanh rnn at long lags", "lstm-no-better-on-long-lags"],
  [
    "lstms dont actually learn longer dependencies than vanilla rnns, right?",
    "lstm-no-better-on-long-lags",
  ],
];

/** True statements and neutral questions: none states a misconception. */
const TRUE_OR_NEUTRAL: readonly string[] = [
  "clipping keeps the gradient's direction",
  "PyTorch and Cho et al. write the GRU the same way",
  "why does clipping not fix vanishing gradients?",
  "how does the forget gate control the cell gradient?",
  "the forget gate starts near 0.5 when its bias is 0",
  "clipping only scales the gradient down when its norm exceeds the threshold",
  "the sigmoid derivative is at most 0.25",
  "what does the constant error carousel do?",
  "how is norm clipping different from value clipping?",
  "residual connections add an identity term to the jacobian",
  "why do saturated units hurt the gradient?",
  "the forget bias of 1 helps the lstm remember",
  "clipping protects against exploding gradients",
  "bptt multiplies the per-step jacobians",
  "how should I initialise the recurrent matrix?",
  "the lstm learns long lags better than a tanh rnn",
  "an lstm can still vanish if the forget gates are small",
  "how many jacobians are multiplied from step 100 to step 1?",
  "the derivative of tanh is 1 minus tanh squared",
  "explain the update gate of a gru",
  "modern lstms use the full gradient, not the truncated one",
  "why is the forget gate bias set to 1?",
  "clipping a gradient of norm 10 at 5 halves it",
  "the gru update gate interpolates between the old state and the candidate",
  "an lstm does not store everything, it forgets",
  "what is the largest singular value used for?",
  "gates still multiply the gradient by the forget gate",
  "my recurrent weights are tiny so explosion is impossible",
];

/** The share of claims whose first detected id is the one stated. */
const recognised = () =>
  CLAIMS.filter(([message, id]) => detectMisconceptions(message)[0] === id).length / CLAIMS.length;

describe("misconceptions in unforeseen wordings", () => {
  it("recognises at least 65 % of the claims, each as the claim stated", () => {
    expect(recognised()).toBeGreaterThanOrEqual(0.65);
  });

  it("takes at most two true statements or neutral questions for a misconception", () => {
    const flagged = TRUE_OR_NEUTRAL.filter((m) => detectMisconceptions(m).length > 0);
    expect(flagged.length).toBeLessThanOrEqual(2);
  });

  it.each([
    ["the forget gate is basically always ~1 anyway isn't it?", "forget-gate-always-one"],
    [
      "my gradients vanish so I turned on clip_grad_norm_, that should pump them back up, yeah?",
      "clipping-fixes-vanishing",
    ],
    [
      "so clip_grad_norm clamps each coordinate to plus minus 5 individually",
      "clipping-is-elementwise",
    ],
    ["once sigma_max > 4 explosion is certain, isn't it?", "large-norm-guarantees-explosion"],
  ])("%s -> %s", (message, id) => {
    expect(detectMisconceptions(message)).toEqual([id]);
  });

  it.each([
    "clipping keeps the gradient's direction",
    "PyTorch and Cho et al. write the GRU the same way",
    "the 1997 LSTM truncated the gradient",
    "clipping protects against exploding gradients",
    "the lstm learns long lags better than a tanh rnn",
  ])("does not correct the true statement %s", (message) => {
    expect(detectMisconceptions(message)).toEqual([]);
  });
});

describe("what counts as a claim", () => {
  it.each([
    "the forget gate is basically always ~1 anyway isn't it?",
    "so I can drop the clipping, yeah?",
    "surely a bigger hidden state helps",
    "so every gradient comes out with length 5?",
    "lstms never vanish",
  ])("claims or leads: %s", (message) => {
    expect(claimOrLeading(message)).toBe(true);
  });

  it.each([
    "why does clipping not fix vanishing gradients?",
    "how does the forget gate control the cell gradient?",
    "is relu a good choice for an rnn?",
    "explain the update gate of a gru",
  ])("asks neutrally: %s", (message) => {
    expect(claimOrLeading(message)).toBe(false);
  });
});

describe("the reply to a recognised claim", () => {
  it("opens with the correction and records the misconception", async () => {
    const reply = await respond(
      { message: "the forget gate is basically always ~1 anyway isn't it?", history: [] },
      {},
    );
    expect(reply.misconceptions).toEqual(["forget-gate-always-one"]);
    expect(reply.reply).toMatch(/^(?:No|Not quite): The forget gate is a sigmoid/);
  });
});
