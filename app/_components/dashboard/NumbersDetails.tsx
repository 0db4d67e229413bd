"use client";
import { useState, type ReactNode } from "react";
import { TableWrap } from "../ui/Table";

/**
 * A chart's numbers behind a disclosure, put in the page when it is first opened. Closed, the
 * tables were more than half of the class page's elements (the misconception and mastery
 * tables most of all), and React walked every one of them while the page hydrated, in the
 * page's longest task; nobody reads them before opening them. `keep` puts the table in the page
 * from the start, for a table that carries the page's links (the heatmap's, to each learner).
 */
export function NumbersDetails({
  summary,
  label,
  keep = false,
  children,
}: {
  summary: string;
  label: string;
  keep?: boolean;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {(keep || opened) && <TableWrap label={label}>{children}</TableWrap>}
    </details>
  );
}
