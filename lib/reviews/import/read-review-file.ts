import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import { MAX_FILE_BYTES, ReviewFileError, type Sheet } from "./sheet";

// The one entry point for an uploaded review file: checks size and kind, then reads it.

export const ACCEPTED_EXTENSIONS = [".csv", ".txt", ".tsv", ".xlsx"] as const;

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary Excel format (.xls) and other OLE2 documents. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

const extensionOf = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? "";

/** Reads a CSV or XLSX file of reviews; what is wrong with anything else is said plainly. */
export async function readReviewFile(file: { name: string; bytes: Uint8Array }): Promise<Sheet> {
  const { bytes } = file;
  if (bytes.byteLength === 0) throw new ReviewFileError("The file is empty.");
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new ReviewFileError(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files, or remove columns you do not need.`);
  }
  const extension = extensionOf(file.name);
  // The content decides, not the name: a renamed file is read for what it is.
  if (startsWith(bytes, OLE2)) throw new ReviewFileError("This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV.");
  if (startsWith(bytes, PDF)) throw new ReviewFileError("This is a PDF. Export the reviews as CSV or Excel (.xlsx) instead.");
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (extension === ".xlsx") throw new ReviewFileError("This .xlsx file is damaged or not really an Excel workbook.");
  if (extension && !ACCEPTED_EXTENSIONS.includes(extension as (typeof ACCEPTED_EXTENSIONS)[number])) {
    throw new ReviewFileError(`Lobby reads CSV and Excel (.xlsx) files, not ${extension} files.`);
  }
  return readCsv(bytes);
}
