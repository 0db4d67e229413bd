/**
 * Colours for the plot. The live page uses CSS variables (defined by the root layout for light
 * and dark mode) with concrete fallbacks; exported SVGs must stand alone, so they get the
 * fallbacks inlined as plain values.
 */
export interface Palette {
  fg: string;
  bg: string;
  muted: string;
  border: string;
  accent: string;
  /** Cycled when a panel has more series than colours. */
  series: readonly string[];
  /** One ordinal ramp for mastery levels, not started (the background) to mastered. */
  levels: readonly string[];
  /** Bars that mean "right" and "wrong" on the dashboard. */
  success: string;
  danger: string;
}

/**
 * Light-mode values (the same as app/globals.css); also the fallbacks inside the CSS variables.
 * Each series hue reaches at least 4.5:1 against the background.
 */
export const LIGHT_PALETTE: Palette = {
  fg: "#14171f",
  bg: "#ffffff",
  muted: "#4b5262",
  border: "#d4d8e0",
  accent: "#1d4ed8",
  series: ["#1d4ed8", "#c2410c", "#047857", "#7e22ce", "#b91c1c", "#0e7490"],
  // Neighbouring levels differ by at least 1.5:1 in luminance contrast (tests/unit/plot).
  levels: ["#ffffff", "#b4c9f8", "#6f95ec", "#2f5bd0", "#162a73"],
  success: "#067647",
  danger: "#c2410c",
};

export const DARK_PALETTE: Palette = {
  fg: "#e8eaf0",
  bg: "#0f1115",
  muted: "#a9b0be",
  border: "#343a46",
  accent: "#8ab4ff",
  series: ["#8ab4ff", "#fdba74", "#6ee7b7", "#d8b4fe", "#fca5a5", "#67e8f9"],
  levels: ["#0f1115", "#2b3d66", "#4f74bd", "#8fb0f5", "#dbe6ff"],
  success: "#6ee7b7",
  danger: "#fdba74",
};

function cssVar(name: string, fallback: string): string {
  return `var(--${name}, ${fallback})`;
}

/** The palette for in-page rendering: follows the site's theme variables. */
export const CSS_VAR_PALETTE: Palette = {
  fg: cssVar("fg", LIGHT_PALETTE.fg),
  bg: cssVar("bg", LIGHT_PALETTE.bg),
  muted: cssVar("muted", LIGHT_PALETTE.muted),
  border: cssVar("border", LIGHT_PALETTE.border),
  accent: cssVar("accent", LIGHT_PALETTE.accent),
  series: LIGHT_PALETTE.series.map((c, i) => cssVar(`series-${i + 1}`, c)),
  levels: LIGHT_PALETTE.levels.map((c, i) => cssVar(`level-${i}`, c)),
  success: cssVar("success", LIGHT_PALETTE.success),
  danger: cssVar("series-2", LIGHT_PALETTE.danger),
};

export function seriesColor(palette: Palette, index: number): string {
  return palette.series[index % palette.series.length] ?? palette.fg;
}
