/**
 * The constant factor each step multiplies the gradient by, however the message gives it: a
 * number ("keeps 0.8", "0.9^n"), a sigmoid gate ("σ(2)^n", "forget bias 2"), a GRU's update bias
 * (its copy path), a linear unit's weight ("w = 0.85", "w^T" with w given), or by its role
 * ("shrinking by 0.5 each step"). `why` is the working that says where the factor comes from.
 */
import { formatCaptionNumber, sigmoid } from "@/lib/sim";
import { N, num, rx } from "./calc-read";
import { factorOf } from "./calc-roles";

const f = (x: number) => formatCaptionNumber(x);

export interface StepFactor {
  s: number;
  /** A sentence (or empty) saying why each step multiplies by s. */
  why: string;
  /** The lesson that teaches where this factor comes from, when it is not BPTT's. */
  lessonId?: string;
}

export function stepFactorOf(m: string): StepFactor | undefined {
  return (
    gruFactor(m) ??
    gateFactor(m) ??
    numberFactor(m) ??
    weightFactor(m) ??
    wordFactor(m) ??
    roleFactor(m)
  );
}

/** "the gradient halves every step", "doubles at each step": the factor said as a verb. */
function wordFactor(m: string): StepFactor | undefined {
  const hit =
    /\b(halve[sd]?|is halved|doubles?|is doubled)\b[^.?;]{0,20}?\b(?:each|every|per|a)\s+(?:time ?)?step/i.exec(
      m,
    );
  if (!hit?.[1]) return undefined;
  const s = /halv/i.test(hit[1]) ? 0.5 : 2;
  return {
    s,
    why: `${/halv/i.test(hit[1]) ? "Halving" : "Doubling"} at each step is a factor of ${s}. `,
  };
}

function numberFactor(m: string): StepFactor | undefined {
  const hit =
    rx(String.raw`\b(?:keeps?|multipl\w*(?:\s+by)?|factor(?: of)?|shrinks? (?:by|to))\s+${N}`).exec(
      m,
    ) ?? rx(String.raw`(?<![\w(])${N}\s*\^\s*\{?\s*[nkt]\b`).exec(m);
  return hit ? { s: num(hit[1]), why: "" } : undefined;
}

function gateFactor(m: string): StepFactor | undefined {
  const hit =
    rx(String.raw`(?:σ|sigma|sigmoid)\s*\(\s*${N}\s*\)\s*\^\s*\{?\s*[nkt]\b`).exec(m) ??
    rx(String.raw`\bforget(?:[- ]gate)?\s+bias\s*(?:of|is|=|at)?\s*${N}`).exec(m);
  if (!hit) return undefined;
  const b = num(hit[1]);
  return { s: sigmoid(b), why: `Each step multiplies by $\\sigma(${f(b)}) = ${f(sigmoid(b))}$. ` };
}

/**
 * "gru, update bias 1, all else zero": the copy path's factor. PyTorch's convention keeps
 * z_t = σ(b_z) of the old state; the one that writes z_t on the candidate keeps 1 − z_t.
 */
function gruFactor(m: string): StepFactor | undefined {
  if (!/\bgrus?\b|update[- ]gate|\bb_?z\b/i.test(m)) return undefined;
  const bias = rx(
    String.raw`(?:update[- ]?(?:gate[- ]?)?bias|\bb_?\{?z\}?|\bz[- ]bias|\bgru bias|\bbias)\s*(?:of|is|=|at|:)?\s*${N}`,
  ).exec(m);
  if (!bias) return undefined;
  const b = num(bias[1]);
  const z = sigmoid(b);
  const chung = /\bchung\b|\bz_?t?\s*(?:\*|·|\\odot)?\s*(?:h̃|\\tilde|n_?t|candidate)/i.test(m);
  const lessonId = "gru";
  return chung
    ? {
        lessonId,
        s: 1 - z,
        why: `In the convention $h_t = z_t\\,\\tilde h_t + (1 - z_t)\\,h_{t-1}$ (Chung et al.), with the other weights and biases at zero the copy path multiplies by $1 - \\sigma(${f(b)}) = ${f(1 - z)}$ per step. `,
      }
    : {
        lessonId,
        s: z,
        why: `In PyTorch's convention $h_t = (1 - z_t)\\,n_t + z_t\\,h_{t-1}$, with the other weights and biases at zero the copy path multiplies by $z_t = \\sigma(${f(b)}) = ${f(z)}$ per step. `,
      };
}

/** "linear unit with w = 0.85", "w^T" with w given: a linear unit's derivative is its weight. */
function weightFactor(m: string): StepFactor | undefined {
  const letter = /(?<![\w\\])([a-zA-Z])\s*\^\s*\{?\s*[nkTt]\b/.exec(m)?.[1];
  const named =
    (letter ? rx(String.raw`(?<![\w^_])${letter}\s*(?:=|is)\s*${N}`).exec(m) : null) ??
    (/\blinear\b/i.test(m)
      ? rx(String.raw`(?:\bw\b|\b(?:recurrent )?weight)\s*(?:=|is|of|at)?\s*${N}`).exec(m)
      : null);
  if (!named) return undefined;
  const w = num(named[1]);
  const why = /\blinear\b/i.test(m)
    ? `A linear unit's per-step derivative is its weight, ${f(w)}. `
    : "";
  return { s: w, why };
}

/** Said another way ("shrinking by 0.5 each step"), the factor is read by its role. */
function roleFactor(m: string): StepFactor | undefined {
  const s = factorOf(m);
  return Number.isFinite(s) ? { s, why: "" } : undefined;
}
