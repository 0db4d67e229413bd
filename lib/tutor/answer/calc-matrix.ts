/**
 * Calculations on the learner's matrices and vectors: a scaled orthogonal matrix's powers, the
 * 2-norm or spectral radius of a small matrix's power, and a vector's Euclidean norm (what norm
 * clipping compares with θ). Numbers come from lib/sim, so the tutor and the plots agree.
 */
import { formatCaptionNumber, spectralNorm, spectralRadius } from "@/lib/sim";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";
const FIXES = "how-to-fix-vanishing-gradients";
const EXPLODING = "how-lstm-handles-exploding-gradients";
const N = String.raw`([-+−]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+−]?\d+)?)`;
const SCALED_Q = [
  new RegExp(String.raw`W\s*=\s*${N}\s*(?:·|\*|×|x)?\s*Q`, "i"),
  // "W = 1.2 times an orthogonal matrix", "1.2 × a random orthogonal W"
  new RegExp(String.raw`${N}\s*(?:times|×|\*|·)\s*(?:an?\s+)?(?:random\s+)?orthogonal`, "i"),
  // "an orthogonal matrix scaled by 0.9"
  new RegExp(
    String.raw`orthogonal\s+(?:matrix\s+|W\s+|Q\s+)?(?:scaled|multiplied)\s+by\s+${N}`,
    "i",
  ),
];
/** "W = sQ, Q orthogonal, … s = 1.2": the scale named by a symbol, its value given apart. */
function symbolicScale(m: string): RegExpExecArray | null {
  const form = /\bW\s*=\s*([a-z])\s*(?:·|\*|×)?\s*Q\b/i.exec(m);
  if (!form?.[1] || !/orthogonal/i.test(m)) return null;
  return new RegExp(String.raw`\b${form[1]}\s*=\s*${N}`).exec(m.slice(form.index + form[0].length));
}
const num = (s: string | undefined) => Number((s ?? "NaN").replace("−", "-"));

/** "W = 0.9·Q with Q orthogonal: ||dh_20/dh_0||" in a linear RNN: 0.9^20. */
export function scaledOrthogonal(m: string): Calculation | undefined {
  // The bound s^T is exact for linear units only; a squashing unit's derivative shrinks it.
  if (!/orthogonal/i.test(m) || /\b(?:tanh|sigmoid|relu)\b/i.test(m)) return undefined;
  const scale = SCALED_Q.map((re) => re.exec(m)).find((hit) => hit !== null) ?? symbolicScale(m);
  const T =
    /dh_?\{?(\d+)\}?\s*\/\s*dh_?\{?0/i.exec(m) ??
    /(\d+)\s*steps/i.exec(m) ??
    /\bT\s*=\s*(\d+)\b/.exec(m);
  if (!scale || !T) return undefined;
  const [s, steps] = [num(scale[1]), Number(T[1])];
  return {
    text: `It is **${f(s ** steps)}**: an orthogonal Q keeps every length, so each step of the linear RNN scales the gradient by exactly ${f(s)}, and ${steps} steps give $${f(s)}^{${steps}} = ${f(s ** steps)}$ in every direction.`,
    lessonId: FIXES,
  };
}

/** "W = [[0.5, 1], [0, 0.5]]: the 2-norm (or spectral radius) of W^2". */
export function matrixPower(m: string): Calculation | undefined {
  const mat = /\[\s*(\[[^\]]*\](?:\s*[,;]\s*\[[^\]]*\])*)\s*\]/.exec(m);
  if (!mat) return undefined;
  const rows = [...(mat[1] ?? "").matchAll(/\[([^\]]*)\]/g)].map((r) =>
    (r[1] ?? "")
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map(num),
  );
  const n = rows.length;
  if (n < 2 || n > 6 || rows.some((r) => r.length !== n || r.some((x) => !Number.isFinite(x))))
    return undefined;
  const rest = m.slice(mat.index + mat[0].length);
  const k = Number(/W\s*\^\s*\{?(\d+)/i.exec(rest)?.[1] ?? /\bW\^?(\d+)/.exec(rest)?.[1] ?? 1);
  if (!(k >= 1 && k <= 1000)) return undefined;
  let p: Float64Array = Float64Array.from(rows.flat());
  const a = p.slice();
  for (let i = 1; i < k; i++) p = multiply(p, a, n);
  const radius =
    /spectral radius|eigen/i.test(m) && !/2-norm|norm/i.test(m.replace(/spectral radius/gi, ""));
  const value = radius ? spectralRadius(p, n) : spectralNorm(p, n, n);
  const what = radius
    ? "spectral radius (largest |eigenvalue|)"
    : "2-norm (largest singular value)";
  return {
    text: `It is **${f(value)}**: the ${what} of $W^{${k}}$, with $W^{${k}}$ = [${Array.from({ length: n }, (_, r) => `[${Array.from(p.slice(r * n, r * n + n), (x) => f(x)).join(", ")}]`).join(", ")}]. ${radius ? "" : `Its spectral radius is ${f(spectralRadius(p, n))}; the 2-norm, not the radius, bounds how much one step can stretch a gradient.`}`.trim(),
    lessonId: BPTT,
  };
}

function multiply(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++)
      for (let j = 0; j < n; j++) out[i * n + j]! += a[i * n + k]! * b[k * n + j]!;
  return out;
}

/** "the norm (length) of (3, 4)": the Euclidean norm clipping compares with θ. */
export function vectorNorm(m: string): Calculation | undefined {
  const v =
    /\b(?:norm|length|magnitude|size)\s+of\s+(?:the\s+)?(?:vector\s+|gradient\s+)?(?:g\s*=\s*)?[([]\s*([^)\]]+)[)\]]/i.exec(
      m,
    );
  if (!v || /\bclip/i.test(m)) return undefined;
  const xs = (v[1] ?? "").split(/[,;]/).map((x) => num(x.trim()));
  if (xs.length < 2 || xs.some((x) => !Number.isFinite(x))) return undefined;
  const norm = Math.hypot(...xs);
  return {
    text: `It is **${f(norm)}**: $\\|g\\| = \\sqrt{${xs.map((x) => `${f(x)}^2`).join(" + ")}} = ${f(norm)}$, the length norm clipping compares with the threshold θ.`,
    lessonId: EXPLODING,
  };
}
