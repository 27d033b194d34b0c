import { parse } from "csv-parse/sync";
import { ReviewFileError, toSheet, type Sheet } from "./sheet";

// CSV as hotels get it: Excel's exports (semicolons in German and French locales, UTF-16 for
// "Unicode text", Windows-1252 for old "CSV"), Google Sheets' UTF-8, with or without a BOM.

const DELIMITERS = [",", ";", "\t", "|"] as const;

/** Windows-1252's characters at 0x80-0x9F, where ISO-8859-1 has control codes (undefined ones stay). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Node's "windows-1252" decoder is ISO-8859-1 underneath; this maps the 32 bytes where they differ. */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  return new TextDecoder("utf-16le").decode(units);
}

/** The file's text, decoded by its byte-order mark, else as UTF-8, else as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(utf8);
  } catch {
    // Not valid UTF-8: Excel on Windows writes "CSV" in the system's code page, almost always this one.
    return decodeWindows1252(bytes);
  }
}

/**
 * The delimiter of the header line: the candidate seen most often outside quotes. Only the header is
 * counted because review text is full of commas and semicolons; headers rarely are.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Excel writes "sep=;" as a first line when asked to; it names the delimiter and is not data. */
function sepLine(text: string): { delimiter: string | null; rest: string } {
  const m = /^sep=(.)\r?\n/i.exec(text);
  return m ? { delimiter: m[1]!, rest: text.slice(m[0].length) } : { delimiter: null, rest: text };
}

export function readCsv(bytes: Uint8Array): Sheet {
  const { delimiter: declared, rest: text } = sepLine(decodeText(bytes));
  if (text.includes("\u0000")) throw new ReviewFileError("This does not look like a CSV file (it contains binary data).");
  const delimiter = declared ?? detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      // A stray quote inside an unquoted value ("5" tall) is common in hand-made files; keep it as text.
      relax_quotes: true,
      skip_empty_lines: false,
      // One record is one review; anything bigger is a quote that never closes.
      max_record_size: 1_000_000,
    }) as string[][];
  } catch (error) {
    const where = error && typeof error === "object" && "lines" in error ? ` near line ${String((error as { lines: unknown }).lines)}` : "";
    throw new ReviewFileError(`The CSV file could not be read${where}: a quoted value is probably not closed.`);
  }
  return toSheet("csv", records.map((cells, i) => ({ rowNumber: i + 1, cells })));
}
