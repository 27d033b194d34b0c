import { UserFacingError } from "../../errors";

// What an uploaded review file becomes once read: a header row and data rows of plain cells. Stored
// as JSON on the import between the upload and the import run, so cells are strings, numbers or
// empty; XLSX dates arrive as ISO 8601 text (see read-xlsx.ts).

export type Cell = string | number | null;

export type SheetRow = {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first review row 2. */
  rowNumber: number;
  cells: Cell[];
};

export type Sheet = {
  format: "csv" | "xlsx";
  headers: string[];
  rows: SheetRow[];
};

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 200;

/** A file Lobby cannot take, with the reason in words the person who uploaded it understands. */
export class ReviewFileError extends UserFacingError {
  constructor(message: string) {
    super(message, "invalid");
    this.name = "ReviewFileError";
  }
}

/** A cell's text as it should be read: trimmed, and empty when there is nothing in it. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}

const isBlank = (cells: Cell[]) => cells.every((c) => cellText(c) === "");

const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** PostgreSQL refuses NUL and half a surrogate pair in text and JSON; neither carries meaning here. */
export function storableCell(cell: Cell | undefined): Cell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  return cell.replace(NUL, "").replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * Turns the file's records into a sheet: the first non-empty record is the header row, empty rows are
 * skipped (their numbers are kept, so "row 14" is row 14 in the spreadsheet), and the limits hold.
 */
export function toSheet(format: Sheet["format"], records: Iterable<{ rowNumber: number; cells: Cell[] }>): Sheet {
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  for (const record of records) {
    const cells = record.cells.map(storableCell);
    if (isBlank(cells)) continue;
    if (!headers) {
      headers = headerNames(trimTrailingBlanks(cells, 0));
      continue;
    }
    if (rows.length >= MAX_ROWS) {
      throw new ReviewFileError(`The file has more than ${MAX_ROWS.toLocaleString("en")} reviews. Split it into smaller files and import them one after another.`);
    }
    // Cells past the header are kept (up to one more than the limit): they usually mean a value with an
    // unquoted delimiter, which the row's check reports.
    rows.push({ rowNumber: record.rowNumber, cells: trimTrailingBlanks(cells.slice(0, MAX_COLUMNS + 1), headers.length) });
  }
  if (!headers) throw new ReviewFileError("The file is empty.");
  if (rows.length === 0) throw new ReviewFileError("The file has a header row but no reviews under it.");
  return { format, headers, rows };
}

/** Drops empty cells past the header's width (spreadsheets often pad rows with them). */
function trimTrailingBlanks(cells: Cell[], width: number): Cell[] {
  let end = cells.length;
  while (end > width && cellText(cells[end - 1]) === "") end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

/** Header names, trimmed; blank or repeated names get a position so every column can be told apart. */
function headerNames(cells: Cell[]): string[] {
  if (cells.length > MAX_COLUMNS) throw new ReviewFileError(`The file has more than ${MAX_COLUMNS} columns; is the first row really the header?`);
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const name = cellText(cell).replace(/\s+/g, " ").slice(0, 120) || `Column ${i + 1}`;
    const times = (seen.get(name) ?? 0) + 1;
    seen.set(name, times);
    return times === 1 ? name : `${name} (${times})`;
  });
}
