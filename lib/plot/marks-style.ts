/** Dash patterns per series style, shared by lines and legend swatches. */
export const DASH: Record<string, string | undefined> = {
  solid: undefined,
  dashed: "6 4",
  dotted: "2 3",
};

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Text drawn over lines stays legible with a background-coloured outline behind it. */
export function haloText(fill: string, halo: string) {
  return {
    fill,
    stroke: halo,
    strokeWidth: 3,
    paintOrder: "stroke",
    strokeLinejoin: "round",
  } as const;
}
