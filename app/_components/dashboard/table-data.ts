import type { Column } from "../ui/Table";

/**
 * A chart's numbers as data rather than elements. A table written as elements on the server
 * travels in the page's RSC payload as one JSON entry per cell (its tag, class and text), and
 * a closed table's entries were most of the class page's payload; as data it is one string or
 * number per cell, and the client writes the rows when the table is opened.
 */
export type TableCell =
  | string
  | number
  /** A link inside the app (a learner's page). */
  | { text: string; href: string }
  /** Course text already rendered as HTML on the server (markdownHtml): never user text. */
  | { html: string };

export interface TableData {
  caption: string;
  columns: readonly Column[];
  /** Each row's first cell is its header (th scope="row"), then one cell per other column. */
  rows: readonly (readonly TableCell[])[];
}
