import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { HydrationMarker } from "./_components/hydration-marker";
import { layoutWidthFor } from "./_components/plot/layout-width";
import { LayoutWidthProvider } from "./_components/plot/layout-width-context";
import { GeistMono } from "./fonts";
import { SiteHeader } from "./_components/site-header";
import { SkipLinks } from "./_components/ui/SkipLinks";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Gradient Tutor", template: "%s · Gradient Tutor" },
  description:
    "Learn why recurrent networks lose their gradients through time and how LSTMs, ReLU, " +
    "residual paths and clipping change that, with live simulations.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the CSP nonce (proxy.ts) exists only then, and a page
  // prerendered at build time would carry scripts without it, which the browser refuses, so
  // the page would never hydrate. The header reads the session cookie anyway; this keeps it
  // true if that ever changes.
  await connection();
  // Plots are drawn for the screen the request says it comes from (a phone's or a desktop's),
  // so a phone does not lay them all out again while it hydrates.
  const layoutWidth = layoutWidthFor(await headers());
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body>
        <SkipLinks />
        <HydrationMarker />
        <SiteHeader />
        <div id="main" className="container">
          <LayoutWidthProvider width={layoutWidth}>{children}</LayoutWidthProvider>
        </div>
      </body>
    </html>
  );
}
