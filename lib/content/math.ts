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
