/**
 * The width the server lays plots and charts out at, chosen per request, and when the browser
 * keeps that layout rather than laying the plot out again at its box's width.
 *
 * Laying every plot and chart out again while the page hydrated was the page's longest task on
 * a phone (the server drew them at 640 px, a phone's box is about 330 to 400). So the server
 * guesses the box: a phone's (a viewport hint under PHONE_VIEWPORT_MAX, else the
 * Sec-CH-UA-Mobile hint or "Mobile" in the user agent) or a desktop's. The SVG scales with its
 * box (viewBox), so a layout a little off its box only changes the text's size a little: the
 * browser keeps it while text stays within SHRINK..GROW of its nominal size.
 */

/**
 * A phone's plot box: 328 to 398 px on 360 to 430 px screens (the page's padding taken off),
 * all within the tolerance of 350. A desktop's: the lesson's and the lab's plots are 684 px
 * wide on a wide screen and the dashboard's charts 768 (their max-width), both within it of 700.
 */
export const PHONE_LAYOUT_WIDTH = 350;
export const DESKTOP_LAYOUT_WIDTH = 700;
/** Viewports narrower than this (CSS px) get the phone's layout. */
const PHONE_VIEWPORT_MAX = 560;

/**
 * Smallest scale kept: plot text (12 px) stays at 11 px or more on screen (a unit test holds it
 * to lib/plot's FONT_SIZE and MIN_FONT_SIZE). A literal, not imported: the root layout's
 * provider reads this file, and lib/plot/layout would bring its scales to every page.
 */
export const SHRINK = 0.92;
/** Largest scale kept: text at most 15 % larger than drawn. */
export const GROW = 1.15;

/** The request headers read here (a `Headers` or Next's read-only `headers()`). */
interface RequestHeaders {
  get(name: string): string | null;
}

/** The layout width for a request, from its client hints or user agent. */
export function layoutWidthFor(headers: RequestHeaders): number {
  const viewport = Number(headers.get("sec-ch-viewport-width"));
  if (Number.isFinite(viewport) && viewport > 0) {
    return viewport < PHONE_VIEWPORT_MAX ? PHONE_LAYOUT_WIDTH : DESKTOP_LAYOUT_WIDTH;
  }
  const mobileHint = headers.get("sec-ch-ua-mobile");
  if (mobileHint === "?1") return PHONE_LAYOUT_WIDTH;
  if (mobileHint === "?0") return DESKTOP_LAYOUT_WIDTH;
  return /\bMobile\b/.test(headers.get("user-agent") ?? "")
    ? PHONE_LAYOUT_WIDTH
    : DESKTOP_LAYOUT_WIDTH;
}

/** Whether a plot laid out at `layoutWidth` may stay as it is, scaled to a `boxWidth` box. */
export function keepsLayout(layoutWidth: number, boxWidth: number): boolean {
  const scale = boxWidth / layoutWidth;
  return scale >= SHRINK && scale <= GROW;
}
