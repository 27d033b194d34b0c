import ExcelJS from "exceljs";
import { ReviewFileError, toSheet, type Cell, type Sheet } from "./sheet";
import { zipEntries } from "./zip-entries";

// XLSX (Excel 2007 and later, Google Sheets and Numbers exports). The first worksheet with data is read.

/** Unpacked, a legitimate 10 MB workbook of reviews stays well under this; a ZIP bomb does not. */
export const MAX_UNPACKED_BYTES = 150 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

/** Link cells whose text is only a label ("View review") stand for their address. */
const LINK_LABEL = /^(link|url|view|open|review|ansehen|öffnen|oeffnen|voir|ouvrir|ver|abrir|apri|vedi)\b/i;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * A date cell as local wall-clock text. Excel stores no time zone; ExcelJS hands it over as that
 * wall-clock time in UTC, so the UTC fields are the ones the hotel typed.
 */
export function wallClockText(date: Date): string {
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours(), m = date.getUTCMinutes(), s = date.getUTCSeconds();
  return h || m || s ? `${day}T${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/** One ExcelJS cell value as a plain cell. */
export function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : wallClockText(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) {
    const text = typeof value.text === "string" ? value.text : plainCell(value.text as ExcelJS.CellValue);
    const label = typeof text === "string" ? text.trim() : "";
    return !label || (label.length <= 30 && LINK_LABEL.test(label)) ? value.hyperlink : text;
  }
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    return result === undefined || (typeof result === "object" && !(result instanceof Date)) ? null : plainCell(result);
  }
  if ("error" in value) return null;
  return null;
}

function checkPackage(bytes: Uint8Array) {
  const entries = zipEntries(bytes);
  if (!entries) throw new ReviewFileError("This .xlsx file is damaged or not really an Excel workbook.");
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (entries.length > MAX_ENTRIES || unpacked > MAX_UNPACKED_BYTES) {
    throw new ReviewFileError("This workbook is too large once unpacked. Save the sheet with the reviews on its own, or as CSV.");
  }
  if (!entries.some((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
    throw new ReviewFileError("This file is a ZIP archive but not an Excel workbook. Upload an .xlsx or .csv file.");
  }
}

export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  checkPackage(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as its own Buffer interface; at run time it takes Node's Buffer.
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ReviewFileError("This .xlsx file could not be opened. Open it in Excel and save it again, or export it as CSV.");
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ReviewFileError("The workbook is empty.");
  const records: { rowNumber: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    // row.values is 1-based, with holes for empty cells.
    const values = row.values as ExcelJS.CellValue[];
    for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
    records.push({ rowNumber, cells });
  });
  return toSheet("xlsx", records);
}
