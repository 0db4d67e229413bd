/**
 * The course's one-unit calculations, on the learner's numbers, with the working (the gates'
 * own are in calc-gates.ts): a tanh or sigmoid unit h_t = φ(w h_{t-1} + b) at a fixed point or
 * from h_0, residual and plain stacks x + a·φ(c·x), an activation's derivative given its output
 * ("tanh' when h = 0.5" is 1 − h²). Numbers come from lib/sim's activations, so the tutor and
 * the plots agree.
 */
import { ACTIVATIONS, formatCaptionNumber, type ActivationName } from "@/lib/sim";
import { cellRatio, forgetGateValue, gruCopyPath } from "./calc-gates";
import { ASKS, FN, fnName, lengthOf, N, NUM, num, RUN, rx, spanOf } from "./calc-read";
import type { Calculation } from "./calculation";
import { powerBase } from "./calc-digits";

export { lengthOf } from "./calc-read";

const f = (x: number) => formatCaptionNumber(x);
const BPTT = "bptt-basics";
const FIXES = "how-to-fix-vanishing-gradients";

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
  // "b picked so h just stays at 0.6 forever": the state held, said in words.
  const held = rx(
    String.raw`\b(?:stays?|sits?|remains?|is held|holds?|stuck)\s+(?:\w+\s+){0,2}?(?:at|near|around)\s+${N}`,
  ).exec(m.slice(unit.index + unit[0].length));
  const atFixed =
    fixed ?? (/fixed point|every step|stays at|forever/i.test(m) ? (stated ?? held) : null);
  if (atFixed && (symbolicBias || /fixed point/i.test(m))) {
    const h = num(atFixed[1]);
    const d = derivativeAtOutput(name, h);
    const per = w * d.value;
    const v = per ** T;
    return {
      text: `It is **${f(v)}**: at the fixed point $h = ${f(h)}$ every step's derivative is $w\\,\\phi'(\\cdot) = ${f(w)} \\times (${d.formula}) = ${f(w)} \\times ${f(d.value)} = ${powerBase(per, T)}$ (${name}'s derivative written with its output), the same at every step, so $\\partial h_{${T}}/\\partial h_0 = ${powerBase(per, T)}^{${T}} = ${f(v)}$.`,
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
    ? `the state stays at $h = ${f(h0)}$, where each step's derivative is $${f(w)}\\,\\phi'(\\cdot) = ${powerBase(w * act.der(h0), T)}$, so the product is $${powerBase(w * act.der(h0), T)}^{${T}} = ${f(d)}$`
    : `multiplying $${f(w)}\\,\\phi'$ at each of the ${T} states gives ${f(d)}`;
  return {
    text: `It is **${f(d)}**: $\\partial h_{${T}}/\\partial h_0 = \\prod_t ${f(w)}\\,\\phi'(${f(w)} h_{t-1}${b ? ` ${b > 0 ? "+" : "-"} ${f(Math.abs(b))}` : ""})$ from $h_0 = ${f(h0)}$; ${working}.`,
    lessonId: BPTT,
  };
}

/**
 * "no skip connection", "without any residual connections", "skip connections removed": a stack
 * whose shortcut is named only to say it is absent is a plain stack.
 */
const NO_SHORTCUT =
  /\bplain\b|\b(?:no|without(?:\s+(?:a|the|any))?|minus)\s+(?:skip|shortcut|residual)s?\b|\b(?:skip|shortcut|residual)s?(?:\s+(?:connections?|paths?))?\s+(?:removed|dropped|taken out|turned off|disabled)\b/i;

/** "15 residual blocks x_{l+1} = x_l + tanh(0.2 x_l) from x_0 = 0", "10 plain layers 0.1 tanh(x)". */
function stack(m: string): Calculation | undefined {
  const X = String.raw`x(?:_?\{?[l\d]\}?)?`;
  const branch = rx(
    String.raw`(${X}\s*\+\s*)?(?:${N}\s*\*?\s*)?${FN}\s*\(\s*(?:${N}\s*\*?\s*)?${X}\s*\)`,
  ).exec(m);
  const depth =
    /(\d+)\s*(?:[\w-]+\s+){0,3}(?:blocks|layers)\b/i.exec(m) ??
    // "a 12 layer plain stack", "a 12-layer net": the count written as an adjective.
    /(?<![\d.])(\d+)[\s-]*(?:layer|block)\b/i.exec(m) ??
    /\bdx_?\{?(\d+)\}?\s*\/\s*dx_?\{?0/i.exec(m);
  // A bare "tanh(x)" is a stack's layer only when the message says which stack it is in.
  const bare = branch?.[2] === undefined && branch?.[4] === undefined;
  if (!branch || !depth || (bare && branch[1] === undefined && !NO_SHORTCUT.test(m)))
    return undefined;
  const residual = branch[1] !== undefined || /\bresidual\b|\bshortcut\b|\bskip\b/i.test(m);
  const plain = !residual || NO_SHORTCUT.test(m);
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
    // "and with 20 blocks?", "and 20?": the depth is what a follow-up varies.
    ...spanOf(depth, 1),
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

/**
 * "gradient through 10 sigmoid units held at their midpoint", "sigmoid chain at the midpoint,
 * how much is left after 10 steps": γ^n, the largest derivative, n times.
 */
function chainAtMidpoint(m: string): Calculation | undefined {
  if (RUN.test(m) || !/\bmidpoint\b|\bat (?:0|zero)\b|\bcent(?:re|er)\b/i.test(m)) return undefined;
  const named = rx(String.raw`(\d+)\s+${FN}\s+(?:units|layers|steps|neurons)\b`).exec(m);
  // Otherwise the function and a chain of it named apart from the count, and a number asked for.
  const fn =
    named?.[2] ??
    (ASKS.test(m) && /\b(?:chain|units|layers|neurons|steps)\b/i.test(m)
      ? rx(FN).exec(m)?.[1]
      : undefined);
  const count =
    named ??
    rx(String.raw`(\d+)\s*(?:units|layers|neurons|(?:time ?)?steps)\b`).exec(m) ??
    rx(String.raw`\b(?:after|over|across|through)\s+(\d+)\b(?![.\d])`).exec(m);
  if (!fn || !count) return undefined;
  const name = fnName(fn);
  const act = ACTIVATIONS[name];
  const n = Number(count[1]);
  if (!(n >= 1 && n <= 10000)) return undefined;
  const d = act.der(act.output(0));
  return {
    text: `It is **${f(d ** n)}**: at its midpoint ${name}'s derivative is at its largest, ${f(d)}, so with unit weights ${n} units multiply ${n} factors of ${f(d)}: $${f(d)}^{${n}} = ${f(d ** n)}$.${d < 1 ? " Even at the best point the gradient shrinks geometrically." : ""}`,
    lessonId: FIXES,
    // "and 20?": the count is what a follow-up varies.
    ...spanOf(count, 1),
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
