import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { CSS_VAR_PALETTE, Heatmap, type HeatmapProps } from "@/lib/plot";
import { wantsHtmlDocument } from "../lesson-prose";
import { layoutWidthFor } from "../plot/layout-width";
import { StaticHtml } from "../static-html";
import { staticHtmlRegistry } from "../static-html-registry";
import styles from "./dashboard.module.css";
import { staticMarkup } from "./static-svg";

/**
 * Heatmaps whose HTML is in the shared registry, oldest first: unlike a lesson's prose, a
 * class's heatmap changes with every answer, so the oldest are let go. Far more than can be
 * rendering at once, so a page never looks its own up after it was let go.
 */
const KEPT = 200;
const ours: string[] = [];

function register(html: string): string {
  const key = `heatmap-${createHash("sha256").update(html).digest("base64url").slice(0, 16)}`;
  const registry = staticHtmlRegistry();
  if (!registry.has(key)) {
    registry.set(key, html);
    ours.push(key);
    while (ours.length > KEPT) registry.delete(ours.shift() ?? "");
  }
  return key;
}

/**
 * The mastery heatmap, drawn on the server at the request's layout width (a phone's or a
 * desktop's) and sent as HTML only. Its cells are most of the class page's elements: as a
 * client chart they were walked while the page hydrated (the page's longest task) and their
 * props rode in the RSC payload, for a figure that never changes in the browser. It keeps one
 * SVG unit to one CSS pixel, so it needs no layout for its box: wider than a phone, it scrolls
 * sideways in its box, by keyboard too.
 */
export async function StaticHeatmap(props: Omit<HeatmapProps, "width" | "palette">) {
  const requestHeaders = await headers();
  const html = staticMarkup(
    <Heatmap {...props} width={layoutWidthFor(requestHeaders)} palette={CSS_VAR_PALETTE} />,
  );
  return (
    <div
      className={styles.heatmapBox}
      tabIndex={0}
      role="region"
      aria-label={`${props.title} (scrolls sideways)`}
    >
      {wantsHtmlDocument(requestHeaders) ? (
        <StaticHtml htmlKey={register(html)} />
      ) : (
        // The router's own request (a client-side navigation) has no HTML beside it.
        <div dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
}
