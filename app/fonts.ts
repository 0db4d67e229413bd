import localFont from "next/font/local";

/*
 * Geist Mono as the geist package declares it (geist/font/mono), except that it is not preloaded.
 * next/font preloads every face it declares, on every page: the monospace one is 70 KB that
 * competed with the page's own HTML, CSS and scripts on a slow connection (Lighthouse's
 * simulated slow 4G: about a third of a second), for a face only code, a plot's readout and some
 * table figures use, none of it the first text a page paints. It loads when first used.
 */

export const GeistMono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  adjustFontFallback: false,
  preload: false,
  fallback: [
    "ui-monospace",
    "SFMono-Regular",
    "Roboto Mono",
    "Menlo",
    "Monaco",
    "Liberation Mono",
    "DejaVu Sans Mono",
    "Courier New",
    "monospace",
  ],
  weight: "100 900",
});
