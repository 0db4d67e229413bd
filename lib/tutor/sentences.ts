/**
 * Splits lesson markdown into sentences without cutting TeX: $...$ and $$...$$ are protected
 * first, so the periods and braces inside formulas never end a sentence. List items and
 * paragraphs are sentences of their own.
 */
const ABBREVIATIONS = /\b(et al|e\.g|i\.e|cf|vs|approx|Fig|Eq|Sec)\.$/i;

export function splitSentences(markdown: string): string[] {
  const math: string[] = [];
  const protectedText = markdown.replace(/\$\$[\s\S]+?\$\$|\$[^$\n]+?\$/g, (m) => {
    math.push(m);
    // A display formula that ends its sentence ("... g_t .$$ Differentiate") may be split after.
    const ends = /[.!?]\s*\$\$$/.test(m);
    return `\u0000${math.length - 1}${ends ? "\u0001" : "\u0000"}`;
  });
  const restore = (s: string) =>
    s.replace(/\u0000(\d+)[\u0000\u0001]/g, (_, i: string) => math[Number(i)] ?? "");
  const out: string[] = [];
  for (const block of protectedText.split(/\n\s*\n|\n(?=\s*[-*]\s)/)) {
    const flat = block
      .replace(/^\s*[-*]\s+/, "")
      .replace(/\s*\n\s*/g, " ")
      .trim();
    if (!flat) continue;
    let current = "";
    const parts = flat.split(/(?<=[.?!\u0001])\s+(?=[A-Z(\u0000*"“])/);
    for (const part of parts) {
      current = current ? `${current} ${part}` : part;
      if (!ABBREVIATIONS.test(current)) {
        out.push(restore(current));
        current = "";
      }
    }
    if (current) out.push(restore(current));
  }
  return out;
}
