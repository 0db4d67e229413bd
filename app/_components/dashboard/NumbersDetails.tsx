"use client";
import { useState, type ReactNode } from "react";
import { TableWrap } from "../ui/Table";

/**
 * A chart's numbers behind a disclosure, put in the page when it is first opened. Closed, the
 * tables were more than half of the class page's elements (the misconception and mastery
 * tables most of all), and React walked every one of them while the page hydrated, in the
 * page's longest task; nobody reads them before opening them. (DataTableDetails does the same
 * from data, the lighter payload.)
 */
export function NumbersDetails({
  summary,
  label,
  children,
}: {
  summary: string;
  label: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && <TableWrap label={label}>{children}</TableWrap>}
    </details>
  );
}
