/**
 * RFC 4180 CSV. Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a
 * leading apostrophe (OWASP "CSV injection"); numbers are written as numbers. A cell holding any
 * separator a spreadsheet may split on (comma, semicolon in many European locales, tab), a line
 * break or a quote is quoted, so `x;=1+1` stays one cell instead of starting a formula cell.
 */
export type Cell = string | number | boolean | Date | null;

function cell(value: Cell): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<Row>(
  columns: readonly { header: string; value: (row: Row) => Cell }[],
  rows: readonly Row[],
): string {
  const lines = [columns.map((c) => cell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
