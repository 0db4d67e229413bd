/**
 * TeX in content: $$...$$ is display math, $...$ inline. A literal dollar sign is written \$.
 * The renderer and the tests share this splitter so what the test renders is what users see.
 */
export interface TextPart {
  kind: "text" | "inline" | "display";
  value: string;
}

export function splitMath(markdown: string): TextPart[] {
  const parts: TextPart[] = [];
  let text = "";
  let i = 0;
  const flush = () => {
    if (text) parts.push({ kind: "text", value: text });
    text = "";
  };
  while (i < markdown.length) {
    const ch = markdown[i];
    if (ch === "\\" && markdown[i + 1] === "$") {
      text += "$";
      i += 2;
      continue;
    }
    if (ch !== "$") {
      text += ch;
      i += 1;
      continue;
    }
    const display = markdown[i + 1] === "$";
    const open = display ? 2 : 1;
    const close = markdown.indexOf(display ? "$$" : "$", i + open);
    if (close < 0) throw new Error(`unclosed ${display ? "$$" : "$"} at character ${i}`);
    flush();
    parts.push({ kind: display ? "display" : "inline", value: markdown.slice(i + open, close) });
    i = close + open;
  }
  flush();
  return parts;
}

/** Every TeX snippet in a text, for rendering checks. */
export function mathSnippets(markdown: string): { tex: string; display: boolean }[] {
  return splitMath(markdown)
    .filter((p) => p.kind !== "text")
    .map((p) => ({ tex: p.value, display: p.kind === "display" }));
}

/**
 * The deepest nesting of groups in a TeX snippet: braces, `\left … \right` and
 * `\begin … \end` pairs. KaTeX and the HTML it builds recurse once per level, so a few hundred
 * levels overflow the stack and a few dozen `\frac`s cost seconds; escaped braces do not count.
 */
export function mathNestingDepth(tex: string): number {
  let depth = 0;
  let deepest = 0;
  const opens =
    /\\[{}]|\\left(?![a-zA-Z])|\\right(?![a-zA-Z])|\\begin\{[^}]*\}|\\end\{[^}]*\}|\\.|[{}]/g;
  for (const [token] of tex.matchAll(opens)) {
    if (token === "{" || token === "\\left" || token.startsWith("\\begin")) depth += 1;
    else if (token === "}" || token === "\\right" || token.startsWith("\\end")) depth -= 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Course text nests at most a few levels; anything past this is shown as plain TeX source. */
export const MAX_MATH_NESTING = 12;

const SYMBOLS: Readonly<Record<string, string>> = {
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  eta: "η",
  theta: "θ",
  lambda: "λ",
  mu: "μ",
  sigma: "σ",
  phi: "φ",
  tau: "τ",
  epsilon: "ε",
  Delta: "Δ",
  Sigma: "Σ",
  partial: "∂",
  odot: "⊙",
  cdot: "·",
  times: "×",
  le: "≤",
  leq: "≤",
  ge: "≥",
  geq: "≥",
  approx: "≈",
  ne: "≠",
  neq: "≠",
  to: "→",
  rightarrow: "→",
  leftarrow: "←",
  infty: "∞",
  sum: "Σ",
  prod: "Π",
  nabla: "∇",
  in: "∈",
  pm: "±",
  ldots: "…",
  dots: "…",
  lceil: "⌈",
  rceil: "⌉",
  top: "ᵀ",
  tanh: "tanh",
  log: "log",
  ln: "ln",
  exp: "exp",
  max: "max",
  min: "min",
};
const OPERATORS = new Set([
  "odot",
  "cdot",
  "times",
  "le",
  "leq",
  "ge",
  "geq",
  "approx",
  "ne",
  "neq",
  "to",
  "rightarrow",
  "leftarrow",
  "in",
  "pm",
]);
/** Unicode superscript of each character that has one (plot tick labels use it too). */
export const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "-": "⁻",
  "−": "⁻",
  "+": "⁺",
  T: "ᵀ",
  t: "ᵗ",
  k: "ᵏ",
  L: "ᴸ",
  n: "ⁿ",
  i: "ⁱ",
};
const SUB: Readonly<Record<string, string>> = {
  "0": "₀",
  "1": "₁",
  "2": "₂",
  "3": "₃",
  "4": "₄",
  "5": "₅",
  "6": "₆",
  "7": "₇",
  "8": "₈",
  "9": "₉",
  "-": "₋",
  "−": "₋",
  "+": "₊",
  t: "ₜ",
  k: "ₖ",
  l: "ₗ",
  i: "ᵢ",
  j: "ⱼ",
  n: "ₙ",
  h: "ₕ",
  f: "f",
  T: "T",
};

/** Script characters when every character has one, else the plain fallback. */
function script(body: string, table: Readonly<Record<string, string>>, mark: string): string {
  const chars = [...body];
  if (chars.every((c) => table[c] !== undefined && table[c] !== c)) {
    return chars.map((c) => table[c]).join("");
  }
  return chars.length === 1 ? `${mark}${body}` : `${mark}(${body})`;
}

/** One TeX snippet as readable Unicode text, for places that cannot hold KaTeX HTML. */
export function texToPlain(tex: string): string {
  let s = tex
    .replace(/\\(left|right|big|Big|bigg|Bigg)\b/g, "")
    .replace(/\\operatorname\{([^{}]*)\}/g, "$1")
    .replace(/\\(text|mathrm|mathbf|mathit)\{([^{}]*)\}/g, "$2")
    .replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, "$1/$2")
    .replace(/\\sqrt\{([^{}]*)\}/g, "√($1)")
    .replace(/\\\|/g, "‖")
    .replace(/\\[,;:! ]/g, " ")
    // TeX drops the space after a command word; binary operators keep theirs for reading.
    .replace(/\\([a-zA-Z]+) ?/g, (whole: string, name: string) => {
      const symbol = SYMBOLS[name] ?? name;
      return OPERATORS.has(name) && whole.endsWith(" ") ? `${symbol} ` : symbol;
    });
  s = s
    .replace(/\^\{([^{}]*)\}/g, (_, b: string) => script(b, SUPERSCRIPTS, "^"))
    .replace(/\^(\S)/g, (_, b: string) => script(b, SUPERSCRIPTS, "^"))
    .replace(/_\{([^{}]*)\}/g, (_, b: string) => script(b, SUB, "_"))
    .replace(/_([A-Za-z0-9])/g, (_, b: string) => script(b, SUB, "_"));
  return s.replace(/[{}]/g, "").replace(/\s+/g, " ").trim();
}

/**
 * Course text (markdown with $…$ TeX) as plain text: what SVG labels, titles and accessible
 * descriptions show, where the Markdown component's HTML cannot go. Emphasis markers are dropped.
 */
export function plainMath(markdown: string): string {
  let parts: TextPart[];
  try {
    parts = splitMath(markdown);
  } catch {
    parts = [{ kind: "text", value: markdown }];
  }
  return parts
    .map((p) => (p.kind === "text" ? p.value.replace(/(\*\*|__|`)/g, "") : texToPlain(p.value)))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A short label that may carry TeX in $…$ or bare sub- and superscripts ("x_{l+1}", "f^T"), as
 * the simulation's series names do: both become Unicode.
 */
export function plainLabel(label: string): string {
  if (label.includes("$")) return plainMath(label);
  return label.replace(/[_^]\{[^{}]*\}|[_^][A-Za-z0-9]/g, (m) => texToPlain(m));
}

/**
 * Running text that names symbols with TeX subscripts ("∂c_t/∂c_{t−1}"), as the simulation's
 * captions do: the subscripts become Unicode. Powers ("0.953^100") stay as written, since
 * Unicode superscripts would misread a multi-digit exponent, and so do identifiers
 * ("forget_bias").
 */
export function plainSubscripts(text: string): string {
  return text.replace(/_\{[^{}]*\}|(?<=[A-Za-z)])_[A-Za-z0-9](?![A-Za-z0-9])/g, (m) =>
    texToPlain(m),
  );
}
