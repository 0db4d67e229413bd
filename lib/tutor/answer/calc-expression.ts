/**
 * A formula the learner writes with its own values: "(w(1 - h²))^T with h = 0.5, w = 1.2, T = 8",
 * "(γ σ_max)^T for γ = 1/4, σ_max(W) = 2, T = 12", "s^T for s = 1.08, T = 25". The power term is
 * read from the message, every symbol in it must be given a number there, and the working shows
 * the values substituted. A small parser instead of one pattern per formula, so a bound or a
 * factor the course writes in another shape is read the same way.
 */
import { formatCaptionNumber, sigmoid } from "@/lib/sim";

const f = (x: number) => formatCaptionNumber(x);

const IDENT = String.raw`(?:[A-Za-zα-ωΑ-Ω](?:_\{?[A-Za-z0-9]+\}?)?)`;
const NUMBER = String.raw`[-+−]?(?:\d+(?:\.\d+)?|\.\d+)(?:\s*\/\s*\d+(?:\.\d+)?)?`;
/** "h = 0.5", "σ_max(W) = 2", "γ = 1/4", "T = 12": a symbol given a number. */
const DEFINITION = new RegExp(
  String.raw`(?<![\w∂])(${IDENT})(?:\s*\(\s*[A-Za-z]\s*\))?\s*(?:=|\bis\b)\s*(${NUMBER})(?![\w·*×]|\.\d|\s*[·*×]\s*[A-Za-z])`,
  "g",
);

const canonical = (name: string) => name.replace(/[{}]/g, "");

function readNumber(text: string): number {
  const [a, b] = text.replace("−", "-").split("/");
  const v = Number(a);
  return b === undefined ? v : v / Number(b);
}

/** The symbols the message gives numbers to; the first value named for each is kept. */
export function definitions(message: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of message.matchAll(DEFINITION)) {
    const name = canonical(m[1] ?? "");
    const v = readNumber(m[2] ?? "");
    if (Number.isFinite(v) && !out.has(name)) out.set(name, v);
  }
  return out;
}

type Token = { t: "num"; v: number } | { t: "id"; v: string } | { t: "op"; v: string };

const FUNCTIONS: Readonly<Record<string, (x: number) => number>> = {
  σ: sigmoid,
  sigma: sigmoid,
  sigmoid,
  tanh: Math.tanh,
};

function tokens(text: string): Token[] | undefined {
  const out: Token[] = [];
  const re = new RegExp(
    String.raw`\s*(?:(\d+(?:\.\d+)?|\.\d+)|(sigmoid|sigma|tanh|${IDENT})|([-+−*·×/^(){}²³]))`,
    "y",
  );
  let i = 0;
  while (i < text.length) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return text.slice(i).trim() === "" ? out : undefined;
    if (m[1] !== undefined) out.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: "id", v: canonical(m[2]) });
    else out.push({ t: "op", v: m[3] === "−" ? "-" : (m[3] ?? "") });
    i = re.lastIndex;
  }
  return out;
}

/** Recursive descent over + - * / ^ ² and juxtaposition; undefined on anything unbound or odd. */
function evaluate(ts: Token[], vars: ReadonlyMap<string, number>): number | undefined {
  let p = 0;
  const peek = () => ts[p];
  const isOp = (v: string) => peek()?.t === "op" && peek()?.v === v;
  const expr = (): number => {
    let v = term();
    while (isOp("+") || isOp("-")) v = ts[p++]?.v === "+" ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = unary();
    for (;;) {
      if (isOp("*") || isOp("·") || isOp("×") || isOp("/")) {
        const divide = ts[p++]?.v === "/";
        const next = unary();
        v = divide ? v / next : v * next;
      } else if (peek() && (peek()?.t !== "op" || isOp("(") || isOp("{"))) v *= power();
      else return v;
    }
  };
  // "-h²" is -(h²): the minus applies to the power, as in writing.
  const unary = (): number => {
    if (!isOp("-")) return power();
    p++;
    return -unary();
  };
  const power = (): number => {
    let base = primary();
    while (isOp("²") || isOp("³")) base **= ts[p++]?.v === "²" ? 2 : 3;
    if (!isOp("^")) return base;
    p++;
    return base ** unary();
  };
  const primary = (): number => {
    const tok = ts[p++];
    if (!tok) throw new Error("end");
    if (tok.t === "num") return tok.v;
    if (tok.t === "id") {
      const fn = FUNCTIONS[tok.v];
      if (fn && isOp("(")) return fn(primary());
      const v = vars.get(tok.v);
      if (v === undefined) throw new Error(`unbound ${tok.v}`);
      return v;
    }
    const close = tok.v === "(" ? ")" : tok.v === "{" ? "}" : undefined;
    if (!close) throw new Error(`unexpected ${tok.v}`);
    const v = expr();
    if (!isOp(close)) throw new Error("unbalanced");
    p++;
    return v;
  };
  try {
    const v = expr();
    return p === ts.length && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The power term "(…)^T", "s^T", "σ(b)^{T}" ending at each "^", with its base and exponent. */
function powerTerms(message: string): { base: string; exponent: string }[] {
  const out: { base: string; exponent: string }[] = [];
  for (const m of message.matchAll(/\^\s*(\{[^}]*\}|\([^)]*\)|[A-Za-z0-9]+)/g)) {
    const before = message.slice(0, m.index).trimEnd();
    let start = before.length;
    if (before.endsWith(")")) {
      let depth = 0;
      for (start = before.length - 1; start >= 0; start--) {
        if (before[start] === ")") depth++;
        else if (before[start] === "(" && --depth === 0) break;
      }
      if (start < 0) continue;
      const fn = /(?:sigmoid|sigma|tanh|σ)$/.exec(before.slice(0, start));
      if (fn) start -= fn[0].length;
    } else {
      const id = new RegExp(`${IDENT}$`).exec(before);
      if (!id) continue;
      start -= id[0].length;
    }
    out.push({ base: before.slice(start), exponent: m[1] ?? "" });
  }
  return out;
}

export interface Evaluated {
  value: number;
  base: number;
  exponent: number;
  /** The term as written, and the values used, for the working. */
  written: string;
  used: [string, number][];
}

/** The first power term of the message whose every symbol the message gives a number. */
export function evaluatePowerTerm(message: string): Evaluated | undefined {
  const vars = definitions(message);
  for (const { base, exponent } of powerTerms(message)) {
    const bt = tokens(base);
    const et = tokens(exponent);
    if (!bt || !et) continue;
    const ids = [...bt, ...et].flatMap((t) => (t.t === "id" && !FUNCTIONS[t.v] ? [t.v] : []));
    // Numbers only are the plain power calculator's job, unless the base is a written product
    // or sum in parentheses ("(0.25*3)^20"), which it does not read.
    if (ids.length === 0 && !/^\(.*[-+−*·×/].*\)$/.test(base)) continue;
    const b = evaluate(bt, vars);
    const e = evaluate(et, vars);
    if (b === undefined || e === undefined || Math.abs(e) > 10000) continue;
    const value = b ** e;
    if (!Number.isFinite(value)) continue;
    const used = [...new Set(ids)].map((id) => [id, vars.get(id) ?? NaN] as [string, number]);
    return { value, base: b, exponent: e, written: `${base}^${exponent}`, used };
  }
  return undefined;
}

/** The working, in words: the values substituted, the base, and the power. */
export function expressionText(r: Evaluated): string {
  const given = r.used.map(([k, v]) => `${k} = ${f(v)}`).join(", ");
  const opening = given ? `with ${given}, ` : "";
  const trend =
    Math.abs(r.base) < 1
      ? "shrinks geometrically"
      : Math.abs(r.base) > 1
        ? "grows geometrically"
        : "stays the same";
  return `It is **${f(r.value)}**: ${opening}${r.written} has base ${f(r.base)}, and $${f(r.base)}^{${f(r.exponent)}} = ${f(r.value)}$. The same factor at every step ${trend} with the number of steps; that is the backward product of BPTT.`;
}
