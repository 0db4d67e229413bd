import "server-only";
import { Fragment, isValidElement, type ReactNode } from "react";
import { escapeHtml } from "../escape-html";

/*
 * A chart drawn by a function component without hooks (lib/plot's Heatmap) written out as the
 * HTML React's server render gives for it, for a figure the browser never draws again: sent as
 * static HTML (StaticHtml), it is neither walked by hydration nor repeated in the RSC payload.
 * Server components may not import react-dom/server, hence this writer. Only what lib/plot's
 * SVG charts use is supported (intrinsic elements, fragments, plain function components, text,
 * `style` objects); tests/unit/app/static-svg.test.tsx compares it with react-dom/server.
 */

/** SVG attributes React writes in camelCase, as they are spelled in SVG. */
const CASE_SENSITIVE = new Set(["viewBox", "preserveAspectRatio", "gradientUnits", "patternUnits"]);

/** CSS properties React writes without "px" after a number. */
const UNITLESS = new Set(["opacity", "fontWeight", "lineHeight", "zIndex", "flex", "order"]);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function attributeName(name: string): string {
  if (name === "className") return "class";
  if (name.startsWith("data-") || name.startsWith("aria-") || CASE_SENSITIVE.has(name)) {
    return name;
  }
  return kebab(name);
}

function styleText(style: Record<string, string | number | undefined | null>): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([name, value]) => {
      const text = typeof value === "number" && !UNITLESS.has(name) ? `${value}px` : String(value);
      return `${kebab(name)}:${text}`;
    })
    .join(";");
}

function attributeText(name: string, value: unknown): string {
  if (name === "style") return styleText(value as Record<string, string | number>);
  // React writes a true data-* or aria-* value as "true", a true boolean attribute as "".
  if (value === true) return /^(data|aria)-/.test(name) ? "true" : "";
  if (typeof value === "string" || typeof value === "number") return String(value);
  throw new TypeError(`Attribute ${name} is neither text nor a number`);
}

function attributesHtml(props: Record<string, unknown>): string {
  let html = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || name === "key" || value === undefined || value === null) continue;
    if (value === false || typeof value === "function") continue;
    html += ` ${attributeName(name)}="${escapeHtml(attributeText(name, value))}"`;
  }
  return html;
}

/** The static HTML of a tree of SVG (or HTML) elements, as React's server render writes it. */
export function staticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeHtml(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(staticMarkup).join("");
  if (!isValidElement(node)) throw new TypeError("Only elements and text can be written out");
  const { type } = node;
  const props = node.props as Record<string, unknown>;
  if (type === Fragment) return staticMarkup(props.children as ReactNode);
  if (typeof type === "function") {
    return staticMarkup((type as (p: Record<string, unknown>) => ReactNode)(props));
  }
  if (typeof type !== "string") throw new TypeError("Only elements and text can be written out");
  return `<${type}${attributesHtml(props)}>${staticMarkup(props.children as ReactNode)}</${type}>`;
}
