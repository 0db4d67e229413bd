/** Deterministic number formatting (no Intl: server and client print the same). */
export const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);
export const fixed = (x: number | null, digits = 2) => (x === null ? "–" : x.toFixed(digits));
export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
export const dateTime = (d: Date | null) =>
  d ? d.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "–";
