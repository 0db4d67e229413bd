/**
 * The course's one-unit calculations, on the learner's numbers, with the working: a GRU's copy
 * path σ(b_z)^T, a tanh or sigmoid unit h_t = φ(w h_{t-1} + b) at a fixed point or from h_0,
 * residual and plain stacks x + a·φ(c·x), an activation's derivative given its output ("tanh'
 * when h = 0.5" is 1 − h²), and the ratio of two cell paths σ(b_1)^T / σ(b_2)^T. Numbers come from
 * lib/sim's activations, so the tutor and the plots agree.
 */
import { ACTIVATIONS, formatCaptionNumber, sigmoid, type ActivationName } from "@/lib/sim";
import type { Calculation } from "./calculation";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";
const CELL = "why-lstm-solves-vanishing-gradients";
const FIXES = "how-to-fix-vanishing-gradients";
const GRU = "gru";

const NUM = String.raw`[-+−]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+−]?\d+)?`;
const N = `(${NUM})`;
const FN = String.raw`(tanh|sigmoid|sigma|σ|relu)`;
const num = (s: string | undefined) => Number((s ?? "NaN").replace("−", "-"));
const fnName = (s: string): ActivationName =>
  /^(?:sigmoid|sigma|σ)$/i.test(s) ? "sigmoid" : (s.toLowerCase() as ActivationName);
/** A request to run something is a simulation, not arithmetic. */
const RUN = /\b(?:what if|run|re-?run|simulate|plot|show me|compare)\b/i;
/** Asks for a number, not for a run: a question, or the quantity named. */
const ASKS =
  /\?|\bwhat\b|\bhow (?:much|big|small|large)\b|\bcompute\b|\bcalculate\b|\bwork out\b|\bd[hxc]_?\{?[t\d]|∂|\|d|\bfraction\b|\bleft\b|\bsurviv|\bkeeps?\b/i;
const cache = new Map<string, RegExp>();
function rx(source: string): RegExp {
  let r = cache.get(source);
  if (!r) cache.set(source, (r = new RegExp(source, "i")));
  return r;
}

/** The sequence length the message names: "T = 40", "40 steps", "after 40", "dh_40/dh_0". */
export function lengthOf(m: string): number {
  const s =
    rx(String.raw`\bT\s*=\s*(\d+)`).exec(m) ??
    rx(String.raw`(\d+)\s*(?:time ?)?steps`).exec(m) ??
    rx(String.raw`\b(?:over|after|across|for)\s+(\d+)\b(?!\s*(?:%|percent|layers|blocks))`).exec(
      m,
    ) ??
    rx(String.raw`d[hxc]_?\{?(\d+)\}?\s*/\s*d[hxc]_?\{?0`).exec(m);
  return s ? Number(s[1]) : NaN;
}

/** Where a number (a group at the end of the match) sits, so "and with 0?" can replace it. */
function spanOf(match: RegExpExecArray, group: number): { vary?: [number, number] } {
  const text = match[group];
  if (text === undefined) return {};
  const start = match.index + match[0].lastIndexOf(text);
  return { vary: [start, start + text.length] };
}

/** "GRU, update-gate bias b_z = 3, |dh_T/dh_0| after 40 steps": the copy path keeps z^T. */
function gruCopyPath(m: string): Calculation | undefined {
  if (RUN.test(m) || !ASKS.test(m) || !/\bgrus?\b|update[- ]gate|\bb_?z\b|\bz_?t\b/i.test(m))
    return undefined;
  if (/\bwhich\b|\bwhat (?:bias|value)\b/i.test(m)) return undefined;
  const bias = rx(
    String.raw`(?:update[- ]?(?:gate[- ]?)?bias|\bb_?\{?z\}?|\bz[- ]bias|\bgru bias)\s*(?:of|is|=|at|:)?\s*${N}`,
  ).exec(m);
  const T = lengthOf(m);
  if (!bias || !Number.isFinite(T) || T < 1) return undefined;
  const b = num(bias[1]);
  const z = sigmoid(b);
  // Chung et al. write h_t = z h̃ + (1 − z) h_{t-1}: there the old state keeps 1 − z.
  const swapped =
    /\(1\s*[-−]\s*z_?t?\)\s*\\?(?:odot\s*)?\*?\s*h_?\{?t\s*-\s*1|z_?t?\s*\\?(?:odot\s*)?\*?\s*(?:\\tilde|h̃|n_?t)/i.test(
      m.replace(/\(1\s*[-−]\s*z_?t?\)\s*\\?(?:odot\s*)?\*?\s*n_?t/gi, ""),
    );
  const keep = swapped ? 1 - z : z;
  const gate = swapped ? `1 - \\sigma(${f(b)}) = ${f(keep)}` : `\\sigma(${f(b)}) = ${f(z)}`;
  const convention = swapped
    ? "In this convention the old state is multiplied by $1 - z_t$"
    : "In PyTorch's convention $h_t = (1 - z_t)\\,n_t + z_t\\,h_{t-1}$ the old state is multiplied by $z_t$";
  const v = keep ** T;
  return {
    text: `It is **${f(v)}**: ${convention}; with the other weights and biases at zero the candidate does not depend on $h_{t-1}$ and $z_t = ${gate}$ at every step, so going back ${T} steps multiplies ${T} of them: $${f(keep)}^{${T}} = ${f(v)}$.${v < 1e-3 ? " Along the copy path the gradient vanishes." : ""}`,
    lessonId: GRU,
    ...spanOf(bias, 1),
  };
}

/** The derivative of φ given its output y: 1 − y² (tanh), y(1 − y) (sigmoid), 0 or 1 (relu). */
function derivativeAtOutput(name: ActivationName, y: number): { value: number; formula: string } {
  if (name === "tanh") return { value: 1 - y * y, formula: `1 - ${f(y)}^2` };
  if (name === "sigmoid") return { value: y * (1 - y), formula: `${f(y)}\\,(1 - ${f(y)})` };
  return { value: y > 0 ? 1 : 0, formula: y > 0 ? "1" : "0" };
}

/**
 * "h_t = tanh(1.2 h_{t-1} + b) at the fixed point h = 0.5, |dh_T/dh_0| after 6 steps": each step
 * multiplies by w·φ'(·); at a fixed point that factor is the same every step.
 */
function unitRecurrence(m: string): Calculation | undefined {
  const unit = rx(
    String.raw`h_?\{?t\}?\s*=\s*${FN}\s*\(\s*(?:${N}\s*\*?\s*)?h_?\{?t\s*[-−]\s*1\}?\s*(?:([-+−])\s*(${NUM}|b))?\s*\)`,
  ).exec(m);
  if (!unit) return undefined;
  const name = fnName(unit[1] ?? "");
  const act = ACTIVATIONS[name];
  const w = unit[2] === undefined ? 1 : num(unit[2]);
  const symbolicBias = unit[4] === "b";
  const b =
    unit[4] === undefined || symbolicBias ? 0 : num(`${unit[3] ?? ""}${unit[4]}`.replace("+", ""));
  const T = lengthOf(m);
  if (!Number.isFinite(T) || T < 1 || T > 10000 || !Number.isFinite(w)) return undefined;
  const fixed = rx(
    String.raw`fixed point\s*(?:of\s+)?(?:at\s+)?(?:h_?\{?0?\}?\s*=\s*|h\*?\s*=\s*)?${N}`,
  ).exec(m);
  const stated = rx(String.raw`\bh(?:_?\{?0\}?|\*)?\s*=\s*${N}`).exec(
    m.slice(unit.index + unit[0].length),
  );
  const atFixed = fixed ?? (/fixed point|every step|stays at/i.test(m) ? stated : null);
  if (atFixed && (symbolicBias || /fixed point/i.test(m))) {
    const h = num(atFixed[1]);
    const d = derivativeAtOutput(name, h);
    const per = w * d.value;
    const v = per ** T;
    return {
      text: `It is **${f(v)}**: at the fixed point $h = ${f(h)}$ every step's derivative is $w\\,\\phi'(\\cdot) = ${f(w)} \\times (${d.formula}) = ${f(w)} \\times ${f(d.value)} = ${f(per)}$ (${name}'s derivative written with its output), the same at every step, so $\\partial h_{${T}}/\\partial h_0 = ${f(per)}^{${T}} = ${f(v)}$.`,
      lessonId: BPTT,
    };
  }
  const h0 = num(stated?.[1] ?? "0");
  let h = Number.isFinite(h0) ? h0 : 0;
  let d = 1;
  for (let t = 0; t < T; t++) {
    h = act.output(w * h + b);
    d *= w * act.der(h);
  }
  const still = Math.abs(act.output(w * h0 + b) - h0) < 1e-9;
  const working = still
    ? `the state stays at $h = ${f(h0)}$, where each step's derivative is $${f(w)}\\,\\phi'(\\cdot) = ${f(w * act.der(h0))}$, so the product is $${f(w * act.der(h0))}^{${T}} = ${f(d)}$`
    : `multiplying $${f(w)}\\,\\phi'$ at each of the ${T} states gives ${f(d)}`;
  return {
    text: `It is **${f(d)}**: $\\partial h_{${T}}/\\partial h_0 = \\prod_t ${f(w)}\\,\\phi'(${f(w)} h_{t-1}${b ? ` ${b > 0 ? "+" : "-"} ${f(Math.abs(b))}` : ""})$ from $h_0 = ${f(h0)}$; ${working}.`,
    lessonId: BPTT,
  };
}

/** "15 residual blocks x_{l+1} = x_l + tanh(0.2 x_l) from x_0 = 0", "10 plain layers 0.1 tanh(x)". */
function stack(m: string): Calculation | undefined {
  const X = String.raw`x(?:_?\{?[l\d]\}?)?`;
  const branch = rx(
    String.raw`(${X}\s*\+\s*)?(?:${N}\s*\*?\s*)?${FN}\s*\(\s*(?:${N}\s*\*?\s*)?${X}\s*\)`,
  ).exec(m);
  const depth =
    /(\d+)\s*(?:[\w-]+\s+){0,3}(?:blocks|layers)\b/i.exec(m) ??
    /\bdx_?\{?(\d+)\}?\s*\/\s*dx_?\{?0/i.exec(m);
  if (!branch || !depth || (branch[2] === undefined && branch[4] === undefined)) return undefined;
  const residual = branch[1] !== undefined || /\bresidual\b|\bshortcut\b|\bskip\b/i.test(m);
  const plain =
    !residual ||
    /\bno shortcut\b|\bplain\b|\bwithout (?:a |the )?(?:shortcut|skip|residual)/i.test(m);
  const a = branch[2] === undefined ? 1 : num(branch[2]);
  const c = branch[4] === undefined ? 1 : num(branch[4]);
  const act = ACTIVATIONS[fnName(branch[3] ?? "")];
  const x0 = num(rx(String.raw`\b(?:at\s+)?x_?\{?0?\}?\s*=\s*${N}`).exec(m)?.[1] ?? "0");
  const L = Number(depth[1]);
  if (!(L >= 1 && L <= 10000) || !Number.isFinite(a) || !Number.isFinite(c)) return undefined;
  let x = x0;
  let v = 1;
  let first = NaN;
  for (let l = 0; l < L; l++) {
    const y = act.output(c * x);
    const per = (plain ? 0 : 1) + a * c * act.der(y);
    if (l === 0) first = per;
    v *= per;
    x = (plain ? 0 : x) + a * y;
  }
  const branchTeX = `${a === 1 ? "" : `${f(a)}\\,`}\\phi(${c === 1 ? "" : f(c)}x)`;
  const label = `${plain ? "" : "1 + "}${f(a * c)}\\,\\phi'(${f(c * x0)}) = ${f(first)}`;
  const steady = Math.abs(x - x0) < 1e-9;
  return {
    text: `It is **${f(v)}**: each ${plain ? "layer" : "block"} $${plain ? "" : "x + "}${branchTeX}$ has derivative $${label}$ at $x = ${f(x0)}$${steady ? ` (the state stays at ${f(x0)}, so every ${plain ? "layer" : "block"} gives the same factor), and ${L} of them multiply to $${f(first)}^{${L}} = ${f(v)}$` : `, and the product over the ${L} states is ${f(v)}`}. ${plain ? "Without a shortcut the product of small factors vanishes." : "The shortcut's 1 keeps the product from vanishing."}`,
    lessonId: FIXES,
  };
}

/** "the tanh derivative when h = 0.5": written with the unit's output, 1 − h². */
function derivativeOfOutput(m: string): Calculation | undefined {
  const hit =
    rx(
      String.raw`${FN}\s*(?:'|′|’)?\s*(?:derivative|slope|gradient)?\b[^?.]{0,30}?\b(?:when|at|for|with|if)\s+(?:the\s+)?(?:output\s+|state\s+|unit\s+)?(?:h|y|output|activation)(?:_?\{?t\}?)?\s*(?:=|is)\s*${N}`,
    ).exec(m) ??
    rx(
      String.raw`(?:derivative|slope)\s+of\s+(?:a\s+|the\s+)?${FN}\b[^?.]{0,30}?\b(?:when|at|for|with|if)\s+(?:its\s+)?(?:h|y|output|activation)\s*(?:=|is)\s*${N}`,
    ).exec(m);
  if (!hit || !/derivative|slope|gradient|'|′|’/i.test(m)) return undefined;
  const name = fnName(hit[1] ?? "");
  const y = num(hit[2]);
  if (!Number.isFinite(y)) return undefined;
  const d = derivativeAtOutput(name, y);
  return {
    text: `It is **${f(d.value)}**: written with the unit's output $h = ${name === "sigmoid" ? "\\sigma" : name === "tanh" ? "\\tanh" : "\\operatorname{relu}"}(a)$, the derivative of ${name} is $${name === "tanh" ? "1 - h^2" : name === "sigmoid" ? "h(1 - h)" : "1 if h > 0, else 0"}$, so at $h = ${f(y)}$ it is $${d.formula} = ${f(d.value)}$. Every step of the backward pass multiplies by this factor (times the weight).`,
    lessonId: BPTT,
    ...spanOf(hit, 2),
  };
}

/** "σ(3)^40 / σ(1)^40", "how many times more does forget bias 3 keep than bias 1 over 40 steps". */
function cellRatio(m: string): Calculation | undefined {
  const S = String.raw`(?:σ|sigma|sigmoid)\s*\(\s*${N}\s*\)\s*\^\s*\{?\s*(\d+)\s*\}?`;
  const explicit = rx(String.raw`${S}\s*/\s*${S}`).exec(m);
  let pair: [number, number, number, number] | undefined;
  if (explicit)
    pair = [num(explicit[1]), Number(explicit[2]), num(explicit[3]), Number(explicit[4])];
  else if (/\bhow many times\b|\bratio\b|\btimes (?:more|less|as much)\b/i.test(m)) {
    const biases = [
      ...m.matchAll(/\bbias(?:es)?\s*(?:of|=|b_?f\s*=)?\s*([-+−]?\d+(?:\.\d+)?)(?!\s*steps)/gi),
    ];
    const T = lengthOf(m);
    const [b1, b2] = [
      biases[0]?.[1],
      biases[1]?.[1] ?? /\bthan\s+(?:a\s+)?(?:bias\s+)?([-+−]?\d+(?:\.\d+)?)/i.exec(m)?.[1],
    ];
    if (b1 !== undefined && b2 !== undefined && Number.isFinite(T)) pair = [num(b1), T, num(b2), T];
  }
  if (!pair || pair.some((x) => !Number.isFinite(x))) return undefined;
  const [b1, t1, b2, t2] = pair;
  const [p1, p2] = [sigmoid(b1) ** t1, sigmoid(b2) ** t2];
  return {
    text: `It is **${f(p1 / p2)}**: $\\sigma(${f(b1)})^{${t1}} = ${f(sigmoid(b1))}^{${t1}} = ${f(p1)}$ and $\\sigma(${f(b2)})^{${t2}} = ${f(sigmoid(b2))}^{${t2}} = ${f(p2)}$, so the first keeps ${f(p1 / p2)} times as much. A small difference per step becomes a large one over many steps.`,
    lessonId: CELL,
  };
}

/**
 * "what does f come out as with bias 1?", "a forget bias of 1 gives f around 0.73?": the gate's
 * value σ(b_f) with the other weights at zero; with a length, what the cell path keeps over it.
 */
function forgetGateValue(m: string): Calculation | undefined {
  const asksF =
    /(?:\bgives?|\bmakes?|\bwhat(?:'s| is| does| would))\s+(?:the\s+)?(?:f|f_t|forget gate)\b|\b(?:f|f_t)\s*(?:≈|=|~|around|about|comes?|is|would be)(?!\w)/i;
  if (RUN.test(m) || !asksF.test(m) || /\bupdate\b|\bgru\b/i.test(m)) return undefined;
  const bias = rx(String.raw`(?:\bbias|\bb_?\{?f\}?)\s*(?:of|=|is|at)?\s*${N}`).exec(m);
  if (!bias) return undefined;
  const b = num(bias[1]);
  const s = sigmoid(b);
  const T = lengthOf(m);
  const gate = `$f = \\sigma(${f(b)}) = 1/(1+e^{${f(-b)}}) = ${f(s)}$`;
  const text = Number.isFinite(T)
    ? `About **${f(s ** T)}** of the cell gradient is left after ${T} steps: with the other weights at zero ${gate} at every step, and the cell path multiplies ${T} of them: $${f(s)}^{${T}} = ${f(s ** T)}$.`
    : `It is **${f(s)}**: with the other weights at zero the forget gate is ${gate} at every step, so the cell path keeps that share of its gradient per step (over $T$ steps, $${f(s)}^T$).`;
  return { text, lessonId: CELL, ...spanOf(bias, 1) };
}

/** "gradient through 10 sigmoid units held at their midpoint": γ^n, the largest derivative. */
function chainAtMidpoint(m: string): Calculation | undefined {
  const chain = rx(String.raw`(\d+)\s+${FN}\s+(?:units|layers|steps|neurons)\b`).exec(m);
  if (!chain || RUN.test(m) || !/\bmidpoint\b|\bat (?:0|zero)\b|\bcent(?:re|er)\b/i.test(m))
    return undefined;
  const name = fnName(chain[2] ?? "");
  const act = ACTIVATIONS[name];
  const n = Number(chain[1]);
  const d = act.der(act.output(0));
  return {
    text: `It is **${f(d ** n)}**: at its midpoint ${name}'s derivative is at its largest, ${f(d)}, so with unit weights ${n} units multiply ${n} factors of ${f(d)}: $${f(d)}^{${n}} = ${f(d ** n)}$.${d < 1 ? " Even at the best point the gradient shrinks geometrically." : ""}`,
    lessonId: FIXES,
  };
}

/** The first of these calculators that recognises the message. */
export function unitCalculation(message: string): Calculation | undefined {
  for (const calc of [
    cellRatio,
    gruCopyPath,
    unitRecurrence,
    stack,
    derivativeOfOutput,
    forgetGateValue,
    chainAtMidpoint,
  ]) {
    const r = calc(message);
    if (r) return r;
  }
  return undefined;
}
