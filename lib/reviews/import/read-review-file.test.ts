import { describe, expect, it } from "vitest";
import { readReviewFile } from "./read-review-file";
import { MAX_FILE_BYTES } from "./sheet";
import { xlsxBytes } from "./testing";
import { MAX_UNPACKED_BYTES, plainCell } from "./read-xlsx";
import { zipEntries } from "./zip-entries";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading an XLSX file of reviews", () => {
  it("reads text, numbers, dates, rich text, links and formula results as plain cells", async () => {
    const bytes = await xlsxBytes([
      ["Date", "Rating", "Review", "Author", "Link", "Score"],
      [new Date(Date.UTC(2024, 2, 5)), 4, { richText: [{ text: "Great " }, { font: { bold: true }, text: "breakfast" }] }, "Maria", { text: "View review", hyperlink: "https://www.yelp.com/r/1" }, { formula: "8+0.5", result: 8.5 }],
      [new Date(Date.UTC(2024, 2, 6, 14, 30)), "4/5", "<script>alert(1)</script>", { text: "Jo", hyperlink: "https://www.yelp.com/user/jo" }, "https://www.yelp.com/r/2", { formula: "1/0", result: { error: "#DIV/0!" } }],
    ]);
    const sheet = await readReviewFile({ name: "reviews.xlsx", bytes });
    expect(sheet.format).toBe("xlsx");
    expect(sheet.headers).toEqual(["Date", "Rating", "Review", "Author", "Link", "Score"]);
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ["2024-03-05", 4, "Great breakfast", "Maria", "https://www.yelp.com/r/1", 8.5] },
      { rowNumber: 3, cells: ["2024-03-06T14:30:00", "4/5", "<script>alert(1)</script>", "Jo", "https://www.yelp.com/r/2", null] },
    ]);
  });

  it("reads Excel serial numbers that are not formatted as dates as numbers (the date column reads them)", async () => {
    const sheet = await readReviewFile({ name: "r.xlsx", bytes: await xlsxBytes([["Date", "Rating"], [45356, 5]]) });
    expect(sheet.rows[0]!.cells).toEqual([45356, 5]);
  });

  it("skips an empty first worksheet and empty rows, keeping Excel's row numbers", async () => {
    const bytes = await xlsxBytes([["Date", "Rating"], ["05.03.2024", 4], [], [null, null], ["06.03.2024", 5]], { emptySheetFirst: true });
    const sheet = await readReviewFile({ name: "r.xlsx", bytes });
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it("refuses an empty workbook and a workbook with a header only", async () => {
    await expect(readReviewFile({ name: "r.xlsx", bytes: await xlsxBytes([]) })).rejects.toThrow("The workbook is empty.");
    await expect(readReviewFile({ name: "r.xlsx", bytes: await xlsxBytes([["Date", "Rating"]]) })).rejects.toThrow("no reviews under it");
  });

  it("turns ExcelJS values into plain cells", () => {
    expect(plainCell(true)).toBe("TRUE");
    expect(plainCell(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe("2024-01-02T03:04:05");
    expect(plainCell({ text: "Open", hyperlink: "https://x.example/r" })).toBe("https://x.example/r");
    expect(plainCell({ text: "Maria", hyperlink: "https://x.example/u" })).toBe("Maria");
    expect(plainCell({ error: "#N/A" })).toBeNull();
    expect(plainCell(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

/** A ZIP whose only entry claims the given unpacked size (the central directory is all that is read). */
function zipClaiming(uncompressedSize: number, name = "xl/worksheets/sheet1.xml"): Uint8Array {
  const nameBytes = utf8(name);
  const central = new Uint8Array(46 + nameBytes.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint32(20, 10, true);
  c.setUint32(24, uncompressedSize, true);
  c.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const local = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)]);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, 1, true);
  e.setUint16(10, 1, true);
  e.setUint32(12, central.length, true);
  e.setUint32(16, local.length, true);
  return new Uint8Array([...local, ...central, ...end]);
}

describe("refusing files Lobby cannot or should not read", () => {
  it("refuses an empty file and one over the size limit", async () => {
    await expect(readReviewFile({ name: "r.csv", bytes: new Uint8Array() })).rejects.toThrow("The file is empty.");
    await expect(readReviewFile({ name: "r.csv", bytes: new Uint8Array(MAX_FILE_BYTES + 1) })).rejects.toThrow("larger than 10 MB");
  });

  it("names the kind of a wrong file and what to do instead", async () => {
    await expect(readReviewFile({ name: "old.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) })).rejects.toThrow(/old Excel file \(\.xls\)/);
    await expect(readReviewFile({ name: "r.pdf", bytes: utf8("%PDF-1.7 ...") })).rejects.toThrow(/This is a PDF/);
    await expect(readReviewFile({ name: "photo.png", bytes: utf8("Date,Rating\n") })).rejects.toThrow("not .png files");
    await expect(readReviewFile({ name: "broken.xlsx", bytes: utf8("Date,Rating\n05.03.2024,4\n") })).rejects.toThrow(/damaged or not really an Excel workbook/);
  });

  it("reads a file for what it is, whatever its name says", async () => {
    const xlsx = await xlsxBytes([["Date", "Rating"], ["05.03.2024", 4]]);
    expect((await readReviewFile({ name: "export.csv", bytes: xlsx })).format).toBe("xlsx");
    expect((await readReviewFile({ name: "export", bytes: utf8("Date;Rating\n05.03.2024;4\n") })).format).toBe("csv");
  });

  it("refuses a workbook that would unpack to more than the limit, before unpacking it", async () => {
    await expect(readReviewFile({ name: "bomb.xlsx", bytes: zipClaiming(MAX_UNPACKED_BYTES + 1) })).rejects.toThrow(/too large once unpacked/);
    await expect(readReviewFile({ name: "other.xlsx", bytes: zipClaiming(100, "word/document.xml") })).rejects.toThrow(/ZIP archive but not an Excel workbook/);
  });

  it("reads a ZIP's table of contents", async () => {
    const entries = zipEntries(await xlsxBytes([["Date"], ["05.03.2024"]]));
    expect(entries?.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    expect(zipEntries(utf8("not a zip at all"))).toBeNull();
  });
});
