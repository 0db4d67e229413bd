/*
 * Text that must fit a box. SVG text cannot be measured on the server, so widths are estimated
 * per character class on the generous side (a sans-serif capital W is about 1 em, an i about
 * 0.3 em): a label that the estimate says fits also fits when drawn.
 */

/** Smallest text the plots draw, in CSS px once the SVG is laid out at its drawn width. */
export const MIN_FONT_SIZE = 11;

/*
 * Em widths calibrated on the widest common fallback (DejaVu Sans, what system-ui resolves to on
 * many Linux machines), rounded up: narrower faces (Geist, Segoe UI, Roboto) then fit easily.
 */
const NARROW = new Set("ijlI.,:;'|! ");
const SEMI = new Set("ftr()[]-");
const WIDE = new Set("mwMWG@%&—‖");

function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.34;
  if (SEMI.has(c)) return 0.44;
  if (WIDE.has(c)) return 1.0;
  if (c >= "A" && c <= "Z") return 0.78;
  return 0.66;
}

/** Estimated rendered width of `text` at `fontSize` px; never less than the true width. */
export function measureText(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontSize;
}

/**
 * `text` shortened with an ellipsis until it fits `maxWidth` px at `fontSize`. Returns "" when
 * not even the ellipsis fits, so the caller never draws past its box.
 */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
  if (measureText(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // The longest prefix that fits with "…" appended (binary search: labels can be long).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = `${chars.slice(0, mid).join("").trimEnd()}…`;
    if (measureText(candidate, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return measureText("…", fontSize) <= maxWidth ? "…" : "";
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/** Greedy word wrap into lines no wider than `maxWidth` px; a too-long word is shortened. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measureText(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => fitLabel(l, maxWidth, fontSize));
}
