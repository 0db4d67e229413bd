import { fitLabel, measureText } from "../text-fit";

/*
 * Geometry of a rows × columns heatmap (learners × concepts). Column titles are drawn at 45°,
 * so the box grows to the right and upwards by the longest title's reach: the last column's
 * title stays whole instead of running off the edge.
 */

export const HEATMAP_FONT_SIZE = 12;
const MIN_CELL = 22;
const MAX_CELL = 32;
const MAX_COLUMN_LABEL = 150;
const SIN45 = Math.SQRT1_2;
const PAD = 6;

export interface HeatmapLayout {
  width: number;
  height: number;
  cell: number;
  left: number;
  top: number;
  rowLabels: string[];
  columnLabels: string[];
  /** Reach of a column title to the right of its anchor, and upwards (px). */
  columnReach: number;
}

export function heatmapLayout(
  rows: readonly string[],
  columns: readonly string[],
  options: { width: number },
): HeatmapLayout {
  const fs = HEATMAP_FONT_SIZE;
  const rowColumn = Math.min(
    Math.max(0, ...rows.map((r) => measureText(r, fs))),
    Math.max(80, options.width * 0.3),
  );
  const columnLabels = columns.map((c) => fitLabel(c, MAX_COLUMN_LABEL, fs));
  const longest = Math.max(0, ...columnLabels.map((c) => measureText(c, fs)));
  // Rotated text reaches (length · cos 45°) sideways and (length · sin 45°) up, plus its height.
  const columnReach = longest * SIN45 + fs * SIN45;
  const left = PAD + rowColumn + 8;
  const spare = options.width - left - columnReach - PAD;
  const cell = Math.max(
    MIN_CELL,
    Math.min(MAX_CELL, Math.floor(spare / Math.max(1, columns.length))),
  );
  const top = Math.ceil(columnReach + PAD + 8);
  const width = Math.ceil(
    left + columns.length * cell + Math.max(PAD, columnReach - cell / 2) + PAD,
  );
  return {
    width,
    height: top + rows.length * cell + PAD,
    cell,
    left,
    top,
    rowLabels: rows.map((r) => fitLabel(r, rowColumn, fs)),
    columnLabels,
    columnReach,
  };
}
