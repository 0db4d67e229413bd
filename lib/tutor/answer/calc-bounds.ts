/**
 * Pascanu, Mikolov and Bengio's (2013) bound in the learner's words: each step's Jacobian has
 * norm at most γ·σ_max(W), where γ bounds the activation's derivative (1 for tanh and ReLU, 1/4
 * for the sigmoid), so over a gap of T steps ‖∂h_T/∂h_k‖ ≤ (γ σ_max)^T. Also the threshold the
 * bound gives: σ_max < 1/γ is sufficient for vanishing, and σ_max > 1/γ is necessary for
 * exploding. γ comes from lib/sim's activations, so the tutor and the plots agree.
 */
import { ACTIVATIONS, formatCaptionNumber } from "@/lib/sim";
import { lengthOf, N, num, RUN, rx } from "./calc-read";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";

/** "largest singular value of W is 3", "sigma_max(W_hh) = 2", "spectral norm of W equal to 0.8", "||W|| = 1.5". */
const SIGMA_MAX = String.raw`(?:\b(?:largest|biggest|top|leading|maximum|max|greatest)[\s-]+singular[\s-]+value|\bsigma_?\{?max\}?|σ_?\{?max\}?|\bspectral\s+norm|\b2-norm|\|\|\s*W(?:_?\{?hh\}?)?\s*\|\|(?:_?2)?|‖\s*W(?:_?\{?hh\}?)?\s*‖(?:_?2)?)`;
const SIGMA_VALUE = rx(
  String.raw`${SIGMA_MAX}(?:\s*\(\s*W(?:_?\{?hh\}?)?\s*\))?(?:\s+of\s+(?:the\s+)?(?:recurrent\s+)?(?:matrix\s+|weights?\s+)?(?:W(?:_?\{?hh\}?)?)?)?\s*(?:is|=|of|equal to|equals|at|:|≈)?\s*(?:about\s+)?${N}(?!\d|\.\d)`,
);
/** A γ written out: "gamma = 1/4", "γ = 0.25". */
const GAMMA_VALUE = rx(String.raw`(?:\bgamma|γ)\s*(?:is|=|of)?\s*(?:(1\s*\/\s*4)|${N})`);
/** The unit named: "sigmoid rnn", "tanh network", "logistic units". */
const ACTIVATION = /\b(tanh|sigmoid|logistic|relu)\b/i;

/** γ from the message: a written value, else the named activation's bound on its derivative. */
function gammaOf(m: string): { gamma: number; why: string } | undefined {
  const written = GAMMA_VALUE.exec(m);
  if (written) {
    const g = written[1] ? 0.25 : num(written[2]);
    return g > 0 ? { gamma: g, why: `γ = ${f(g)}` } : undefined;
  }
  const named = ACTIVATION.exec(m)?.[1]?.toLowerCase();
  if (!named) return undefined;
  const name = named === "logistic" ? "sigmoid" : (named as "tanh" | "sigmoid" | "relu");
  const gamma = ACTIVATIONS[name].gamma;
  return { gamma, why: `for ${name} γ = ${f(gamma)} (the largest value of its derivative)` };
}

/** The bound asked for: "bound", "at most", "upper bound", or Pascanu's / γ·σ_max named. */
const ASKS_BOUND =
  /\bbound\b|\bat most\b|\bupper\b|\bpascanu\b|\bgamma\s*\*?\s*(?:sigma|σ)|γ\s*\*?\s*σ/i;
/**
 * "smallest σ_max … explode", "how big must the singular value be before it can explode"; "the
 * largest σ_max that still guarantees vanishing". Both ask for 1/γ; "smallest … vanish" does not.
 */
const ASKS_THRESHOLD = [
  /\b(?:smallest|minimum|least|lowest|how (?:big|large)|what|which|threshold)\b[^.?]*\b(?:explod\w*|blow\w* up)/i,
  /\b(?:largest|biggest|maximum|highest|below what|under what|threshold)\b[^.?]*\bvanish\w*/i,
];

/** "(γ σ_max)^T over a gap of 20 steps" with γ from the named unit. */
function stepBound(m: string): Calculation | undefined {
  if (RUN.test(m) || !ASKS_BOUND.test(m)) return undefined;
  const sigma = SIGMA_VALUE.exec(m);
  const g = gammaOf(m);
  const T = lengthOf(m);
  if (!sigma || !g) return undefined;
  const s = num(sigma[1]);
  if (!(s >= 0)) return undefined;
  const per = g.gamma * s;
  if (!Number.isFinite(T) && ONE_STEP.test(m)) return oneStepBound(g, s, per);
  if (!Number.isFinite(T) || T < 1 || T > 100000) return undefined;
  const v = per ** T;
  const reading =
    per < 1
      ? "Below 1 per step, the bound itself shrinks geometrically: the gradient must vanish."
      : "At or above 1 per step the bound only allows growth; it does not say the gradient explodes (saturated units can still make it vanish).";
  return {
    text: `The bound is **${f(v)}**: each step's Jacobian has $\\|\\partial h_t/\\partial h_{t-1}\\| \\le \\gamma\\,\\sigma_{\\max}(W)$, and ${g.why}, so one step is at most $${f(g.gamma)} \\times ${f(s)} = ${f(per)}$ and a gap of ${f(T)} steps gives $\\|\\partial h_T/\\partial h_k\\| \\le (${f(per)})^{${f(T)}} = ${f(v)}$. ${reading}`,
    lessonId: BPTT,
  };
}

/** "the per-step bound", "each step's Jacobian": one step, no length. */
const ONE_STEP = /\bper[- ]step\b|\b(?:each|one|a single|every) step\b|\bone[- ]step\b/i;

function oneStepBound(g: { gamma: number; why: string }, s: number, per: number): Calculation {
  return {
    text: `The per-step bound is **${f(per)}**: $\\|\\partial h_t/\\partial h_{t-1}\\| \\le \\gamma\\,\\sigma_{\\max}(W)$, and ${g.why}, so each step's Jacobian has norm at most $${f(g.gamma)} \\times ${f(s)} = ${f(per)}$; over a gap of $T$ steps the bound is $${f(per)}^T$.`,
    lessonId: BPTT,
  };
}

/** "smallest σ_max a sigmoid RNN needs before its gradient could explode": 1/γ. */
function explodeThreshold(m: string): Calculation | undefined {
  if (RUN.test(m) || !ASKS_THRESHOLD.some((re) => re.test(m)) || SIGMA_VALUE.test(m))
    return undefined;
  if (!rx(SIGMA_MAX).test(m) && !/\bsingular[\s-]+value\b/i.test(m)) return undefined;
  const g = gammaOf(m);
  if (!g) return undefined;
  const t = 1 / g.gamma;
  return {
    text: `It is **${f(t)}**: Pascanu et al. bound each step by $\\gamma\\,\\sigma_{\\max}(W)$, and ${g.why}, so $\\sigma_{\\max}(W) < 1/\\gamma = ${f(t)}$ is sufficient for the gradient to vanish, and $\\sigma_{\\max}(W) > ${f(t)}$ is necessary (not sufficient) for it to explode.`,
    lessonId: BPTT,
  };
}

/** "spectral radius 0.9", "ρ(W) = 1.2", "rho of 2": the largest eigenvalue's size. */
const RADIUS_VALUE = rx(
  String.raw`(?:\bspectral[\s-]+radius|\brho\b|ρ)(?:\s*\(\s*W[^)]{0,6}\))?(?:\s+of\s+(?:the\s+)?(?:recurrent\s+)?(?:matrix|weights?|W)\w*)?\s*(?:is|=|of|equal to|equals|at|:|≈)?\s*(?:about\s+)?${N}(?!\d|\.\d)`,
);

/**
 * "spectral radius 0.9 with tanh, per step?": γ·ρ, the long-run rate per step. The course is
 * clear that ρ bounds no single step (a non-normal W can stretch by more than ρ at first), so a
 * bound over a gap is declined, and the per-step answer says it is a rate, not a bound.
 */
function radiusRate(m: string): Calculation | undefined {
  if (RUN.test(m) || SIGMA_VALUE.test(m) || !ONE_STEP.test(m) || Number.isFinite(lengthOf(m)))
    return undefined;
  const radius = RADIUS_VALUE.exec(m);
  const g = gammaOf(m);
  if (!radius || !g) return undefined;
  const rho = num(radius[1]);
  if (!(rho >= 0)) return undefined;
  const per = g.gamma * rho;
  return {
    text: `It is about **${f(per)}** per step in the long run: $\\gamma\\,\\rho = ${f(g.gamma)} \\times ${f(rho)} = ${f(per)}$, and ${g.why}. ${per < 1 ? "Below 1, so over many steps the gradient shrinks geometrically." : "At or above 1, so over many steps it need not shrink."} The spectral radius gives only the long-run rate, not a bound on any single step: Pascanu's bound uses $\\sigma_{\\max}(W) \\ge \\rho(W)$, and a non-normal W can stretch a gradient by more than ρ for the first few steps.`,
    lessonId: BPTT,
  };
}

/** The first of these calculators that recognises the message. */
export function boundCalculation(message: string): Calculation | undefined {
  return stepBound(message) ?? radiusRate(message) ?? explodeThreshold(message);
}
