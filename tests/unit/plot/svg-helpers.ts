/*
 * Tiny string helpers for asserting on SVG markup in the node environment (no DOM here).
 */

/** Every element's opening tag whose attributes match `attr`, e.g. 'data-series-id="'. */
export function tagsWith(markup: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*${attr}[^>]*>`, "g");
  return markup.match(re) ?? [];
}

export function attrValue(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Text of the <tspan>s inside the element that starts at the first `marker`, up to `endMarker`. */
export function textsBetween(markup: string, marker: string, endMarker: string): string[] {
  const start = markup.indexOf(marker);
  const end = markup.indexOf(endMarker, start + 1);
  const slice = markup.slice(start, end === -1 ? undefined : end);
  return [...slice.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? "");
}

/** Throws unless every tag is closed in order: enough to catch broken standalone files. */
export function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:.-]*)((?:"[^"]*"|[^>"])*?)(\/?)>/g)) {
    const [, closing, name = "", , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? "nothing"}>`);
    } else {
      stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(", ")}`);
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(body)) throw new Error("bare &");
}
