import { describe, expect, it } from "vitest";
import { decodeText, detectDelimiter, readCsv } from "./read-csv";
import { MAX_ROWS } from "./sheet";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading a CSV file of reviews", () => {
  it("keeps commas, semicolons, quotes and line breaks inside quoted values", () => {
    const sheet = readCsv(utf8('Name,Rating,Review\n"Smith, John",4,"Great stay, lovely staff.\nWould come ""again""; truly."\nAnna,5,Fine\n'));
    expect(sheet.headers).toEqual(["Name", "Rating", "Review"]);
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ["Smith, John", "4", 'Great stay, lovely staff.\nWould come "again"; truly.'] },
      { rowNumber: 3, cells: ["Anna", "5", "Fine"] },
    ]);
  });

  it("reads semicolon-separated files as Excel writes them in German and French", () => {
    const sheet = readCsv(utf8('Name;Bewertung;Text\r\n"Müller, Hans";4;"Sehr gut, danke; wirklich"\r\nAnne;8,5;Très bien, merci\r\n'));
    expect(sheet.headers).toEqual(["Name", "Bewertung", "Text"]);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ["Müller, Hans", "4", "Sehr gut, danke; wirklich"],
      ["Anne", "8,5", "Très bien, merci"],
    ]);
  });

  it("reads tab-separated files and Excel's sep= line", () => {
    expect(readCsv(utf8("Name\tRating\nBob\t4\n")).rows[0]!.cells).toEqual(["Bob", "4"]);
    const declared = readCsv(utf8("sep=;\nName;Rating, out of 5\nBob;4\n"));
    expect(declared.headers).toEqual(["Name", "Rating, out of 5"]);
    expect(declared.rows[0]!.cells).toEqual(["Bob", "4"]);
  });

  it("strips a UTF-8 byte-order mark so the first header is clean", () => {
    const sheet = readCsv(utf8("\uFEFFDate,Rating\n2024-03-05,4\n"));
    expect(sheet.headers[0]).toBe("Date");
  });

  it("decodes UTF-16 (Excel's Unicode text) and Windows-1252 (old Excel CSV)", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from("Name\tText\nJosé\tTrès bien\n", "utf16le"))]);
    expect(readCsv(utf16).rows[0]!.cells).toEqual(["José", "Très bien"]);
    const cp1252 = new Uint8Array(Buffer.from("Name;Text\nJos\xe9;Tr\xe8s bien \x80\n", "latin1"));
    expect(readCsv(cp1252).rows[0]!.cells).toEqual(["José", "Très bien €"]);
    expect(decodeText(utf8("naïve"))).toBe("naïve");
  });

  it("skips empty rows but keeps the spreadsheet's row numbers", () => {
    const sheet = readCsv(utf8("\n\nName,Rating\n\nAnna,5\n,,\n\nBob,3\n"));
    expect(sheet.headers).toEqual(["Name", "Rating"]);
    expect(sheet.rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([[5, "Anna"], [8, "Bob"]]);
  });

  it("keeps values past the header so the row can be reported, and drops trailing empty cells", () => {
    const sheet = readCsv(utf8("Name,Rating\nAnna,5,oops\nBob,4,,,\n"));
    expect(sheet.rows[0]!.cells).toEqual(["Anna", "5", "oops"]);
    expect(sheet.rows[1]!.cells).toEqual(["Bob", "4"]);
  });

  it("names blank and repeated headers so each column can be chosen", () => {
    expect(readCsv(utf8("Name,,Name\na,b,c\n")).headers).toEqual(["Name", "Column 2", "Name (2)"]);
  });

  it("refuses an empty file, a header without reviews, and a file with too many rows", () => {
    expect(() => readCsv(utf8("\n\n  \n"))).toThrow("The file is empty.");
    expect(() => readCsv(utf8("Name,Rating\n"))).toThrow("no reviews under it");
    const big = `Name,Rating\n${"Anna,5\n".repeat(MAX_ROWS + 1)}`;
    expect(() => readCsv(utf8(big))).toThrow(/more than 20,000 reviews/);
    expect(readCsv(utf8(`Name,Rating\n${"Anna,5\n".repeat(MAX_ROWS)}`)).rows).toHaveLength(MAX_ROWS);
  });

  it("says where a quoted value is never closed", () => {
    expect(() => readCsv(utf8('Name,Text\nAnna,"never closed\nBob,fine\n'))).toThrow(/could not be read.*quoted value/);
  });

  it("refuses binary data", () => {
    expect(() => readCsv(new Uint8Array([0x41, 0x00, 0x42, 0x0a]))).toThrow(/binary/);
  });

  it("keeps hostile text as plain text", () => {
    const sheet = readCsv(utf8('Name,Text\n"<script>alert(1)</script>","<img src=x onerror=alert(1)> =HYPERLINK(""http://evil"")"\n'));
    expect(sheet.rows[0]!.cells).toEqual(["<script>alert(1)</script>", '<img src=x onerror=alert(1)> =HYPERLINK("http://evil")']);
  });

  it("finds the delimiter from the header line only", () => {
    expect(detectDelimiter('Name;Rating;Text\n"a, b, c, d";1;x, y, z')).toBe(";");
    expect(detectDelimiter('"Name; first",Rating\n')).toBe(",");
    expect(detectDelimiter("Review\nfine")).toBe(",");
  });
});

describe("cells PostgreSQL can store", () => {
  it("drops NUL characters and half surrogate pairs from cells and headers", async () => {
    const { storableCell } = await import("./sheet");
    expect(storableCell("a\u0000b")).toBe("ab");
    expect(storableCell("x\uD800y")).toBe("x\uFFFDy");
    expect(storableCell("😀")).toBe("😀");
    expect(storableCell(Number.NaN)).toBeNull();
    expect(storableCell(undefined)).toBeNull();
  });
});
