import type { ParamDefs, ParamValues } from "@/lib/sim/scenario-types";

/*
 * Parameters live in the query string so a plot can be shared. Only values that differ from
 * the default are written, which keeps links short; the page reads them back through
 * parseScenarioParams. Query keys that are not parameters are left alone.
 */

export function paramsToSearch(
  values: ParamValues,
  defs: ParamDefs,
  currentSearch: string,
): string {
  const query = new URLSearchParams(currentSearch);
  for (const [name, def] of Object.entries(defs)) {
    const value = values[name];
    if (value === undefined || value === def.default) query.delete(name);
    else query.set(name, String(value));
  }
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** Replace (not push) the URL: dragging a slider should not fill the back button's history. */
export function writeParamsToUrl(values: ParamValues, defs: ParamDefs): void {
  const search = paramsToSearch(values, defs, window.location.search);
  if (search === window.location.search) return;
  // Next.js syncs its router with history.replaceState(null, ...) (App Router, Next >= 14.1).
  window.history.replaceState(
    null,
    "",
    `${window.location.pathname}${search}${window.location.hash}`,
  );
}
