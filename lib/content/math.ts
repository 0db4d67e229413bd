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
