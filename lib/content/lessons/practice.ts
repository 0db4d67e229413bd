/**
 * "In practice" deep dives whose numbers come from the scenarios and small computations here,
 * so the text cannot drift from what the plots show (checked in
 * tests/unit/content/practice.test.ts).
 */
import { runScenario, sigmoid, type ScenarioResult } from "@/lib/sim";

/** Markdown code marks, kept out of String.raw (where an escaped backtick stays escaped). */
const BT = "`";
const FENCE = "```";

const n = (v: number | null | undefined) => {
  if (v === null || v === undefined || !Number.isFinite(v)) return "NaN";
  const a = Math.abs(v);
  return a !== 0 && (a >= 1e4 || a < 1e-3) ? v.toExponential(1) : String(Number(v.toPrecision(3)));
};

function ys(r: ScenarioResult, panel: string, id: string): (number | null)[] {
  const s = r.panels.find((p) => p.id === panel)?.series.find((q) => q.id === id);
  if (!s) throw new Error(`no series ${panel}/${id}`);
  return s.points.map((p) => p.y);
}

/** The cliff run as a training log (loss and gradient norm per update), plain and clipped. */
export function explodingLog() {
  const r = runScenario("how-lstm-handles-exploding-gradients", {});
  return {
    plainLoss: ys(r, "cliff-loss", "plain").slice(0, 4),
    plainGrad: ys(r, "cliff-grad", "plain-g").slice(0, 4),
    clippedLoss: ys(r, "cliff-loss", "clipped").slice(0, 4),
  };
}

/** The vanishing run: ‖∂L/∂h_k‖ of the RNN every 25 steps back from T = 100. */
export function vanishingLog() {
  const r = runScenario("why-lstm-solves-vanishing-gradients", {});
  const g = ys(r, "grad-norms", "rnn-h");
  return [100, 75, 50, 25, 0].map((k) => ({ k, norm: g[k] ?? null }));
}

export function practiceLogMarkdown(): string {
  const e = explodingLog();
  const v = vanishingLog();
  const rows = [0, 1, 2, 3]
    .map((u) => `| ${u} | ${n(e.plainLoss[u])} | ${n(e.plainGrad[u])} | ${n(e.clippedLoss[u])} |`)
    .join("\n");
  const vRows = v.map((x) => `| ${x.k} | ${n(x.norm)} |`).join("\n");
  return String.raw`**Exploding is loud.** Here is the one-unit recurrence of the scenario as a training log, with
the defaults (learning rate 0.01, $\theta = 1$):

| update | loss, plain | $\|g\|$, plain | loss, clipped |
| --- | --- | --- | --- |
${rows}

The signs to look for: the gradient norm jumps by orders of magnitude from one update to the next,
the loss spikes instead of falling, and within a step or two it reads NaN or inf. Log the global
gradient norm every update (most frameworks return it from their clipping call) and these show
at once.

**Vanishing is silent.** Nothing overflows and the loss falls normally, on the short-range part of
the task. The evidence is in per-step (or per-layer) gradient norms, which you have to ask for. The
RNN of the LSTM lesson's scenario, 100 steps back from $\|\partial L/\partial h_{100}\| = 4$:

| step $k$ | $\|\partial L/\partial h_k\|$ |
| --- | --- |
${vRows}

A model in this state learns what the last few steps predict and never improves on anything
longer; a validation metric that needs long context stays flat. Check with a synthetic task
whose answer depends only on an early input, like the scenario's remember-a-bit task.

**Clipping thresholds.** Pascanu et al. suggest watching the average gradient norm for a while and
setting $\theta$ somewhat above it, so clipping only catches the spikes. Published values differ
because the norm depends on the model and on how the loss is averaged: the LSTM language models of
Zaremba, Sutskever and Vinyals (2014) and the translation LSTMs of Sutskever, Vinyals and Le (2014)
clipped the norm at 5; PyTorch's word-language-model example defaults to 0.25. If almost every
update is clipped, $\theta$ is acting as a second learning rate and is too low.`;
}

/** σ′ of some gate pre-activations before and after layer normalisation. */
export function layerNormExample() {
  const a = [-6, -2, 2, 6];
  const mean = a.reduce((s, x) => s + x, 0) / a.length;
  const sd = Math.sqrt(a.reduce((s, x) => s + (x - mean) ** 2, 0) / a.length);
  const normed = a.map((x) => (x - mean) / sd);
  const der = (x: number) => sigmoid(x) * (1 - sigmoid(x));
  return { a, normed, before: a.map(der), after: normed.map(der) };
}

export function normInitMarkdown(): string {
  const ln = layerNormExample();
  const list = (xs: number[]) => xs.map(n).join(", ");
  const fix = runScenario("how-to-fix-vanishing-gradients", {});
  const orth = runScenario("how-to-fix-vanishing-gradients", { recurrentInit: "orthogonal" });
  const kept = (r: ScenarioResult) => {
    const g = ys(r, "chains", "rnn-relu");
    return (g[0] ?? 0) / (g[g.length - 1] ?? 1);
  };
  return String.raw`**Layer-normalised LSTMs.** Ba, Kiros and Hinton (2016) normalise the gate pre-activations of each
step across the units, separately for $W_x x_t$ and $W_h h_{t-1}$, and normalise $c_t$ before the
output $\tanh$; a learned gain and bias per unit follow. The point for gradients is saturation.
Pre-activations $(${list(ln.a)})$ give sigmoid derivatives $(${list(ln.before)})$: two of the four
gates pass almost nothing back. Normalised to mean 0 and standard deviation 1 they become
$(${list(ln.normed)})$, with derivatives $(${list(ln.after)})$. Normalisation keeps every step's
factors in the range where they are not tiny, whatever the scale the weights drift to.

**Orthogonal and identity initialisation.** In PyTorch, ${BT}torch.nn.init.orthogonal_${BT} on each
recurrent block (for an LSTM, each of the four $H \times H$ blocks of weight_hh) gives singular values
all 1, so the linear part of every step's factor starts out norm-preserving (Saxe, McClelland and
Ganguli 2014). For a ReLU RNN, the IRNN of Le, Jaitly and Hinton (2015) sets $W = I$ and $b = 0$:
while the pre-activations stay positive, each Jacobian is exactly $I$. The scenario shows the
difference the choice makes: with identity recurrent weights the ReLU chain keeps ${n(kept(fix))} of
its gradient over 50 steps, with a random orthogonal matrix ${n(kept(orth))}, because the rotation
sends activity to units that ReLU then switches off. Both are starting points; training moves
the weights, which is why normalisation and gating are used alongside.`;
}

export function windowedMarkdown(): string {
  return String.raw`In code, windowed truncation is a loop over windows that keeps the state and cuts its history:

${FENCE}python
h, c = zeros, zeros
for window in stream.windows(k):          # k steps each
    h, c = h.detach(), c.detach()         # keep the values, drop the graph behind them
    out, (h, c) = lstm(window.x, (h, c))
    loss = criterion(out, window.y)
    loss.backward()                       # reaches back at most k steps
    clip_grad_norm_(lstm.parameters(), theta)
    optimizer.step(); optimizer.zero_grad()
${FENCE}

Forget the detach and the graph grows with every window until memory runs out, and the gradient
silently reaches back through all earlier windows. Two refinements are common: vary $k$ a little
from window to window so that no position is always at a boundary, and, if the data are
independent sequences rather than one stream, reset $h$ and $c$ to zero at each new sequence
instead of carrying them. The trade-off to remember: $k$ bounds both memory and the longest
dependency the gradient can teach, so choose it from the dependencies you need, not from what fits
on the device alone.`;
}
