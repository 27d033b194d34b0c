import type { RowProblem } from "./normalize-row";

// The per-row error report as a CSV file people open in Excel or Google Sheets.

/**
 * A cell as CSV: quoted, and a value a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * the start) prefixed with an apostrophe, so a guest's "=HYPERLINK(...)" stays text.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function rowProblemsCsv(problems: readonly RowProblem[]): string {
  const lines = [["Row", "Column", "Problem", "Value"].map(csvCell).join(",")];
  for (const p of problems) lines.push([p.rowNumber, p.column, p.problem, p.value].map(csvCell).join(","));
  // A BOM so Excel opens it as UTF-8 (accents in names and text stay intact); CRLF as RFC 4180 says.
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
