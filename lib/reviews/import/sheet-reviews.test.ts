import { describe, expect, it } from "vitest";
import type { ColumnMapping, ImportSettings } from "./fields";
import { contentId, type ImportedRaw } from "./normalize-row";
import { readCsv } from "./read-csv";
import { resolveSettings, reviewsFromSheet } from "./sheet-reviews";

const NOW = new Date("2026-11-20T10:00:00Z");
const csv = (text: string) => readCsv(new TextEncoder().encode(text));
const noColumns: ColumnMapping = { publishedAt: null, rating: null, title: null, text: null, authorName: null, externalId: null, replyText: null, language: null, url: null };
const context = (mapping: Partial<ColumnMapping>, extra: { ratingScale?: number } = {}) => ({
  mapping: { ...noColumns, ...mapping },
  ratingScale: extra.ratingScale ?? 5,
  dateOrder: "dmy" as const,
  timeZone: "Europe/Lisbon",
  channelName: "Yelp",
  source: { importId: "imp_1", fileName: "yelp.csv" },
  now: NOW,
});

const HEADER = "Id,Date,Rating,Title,Text,Author,Reply,Language,URL\n";
const ALL = { externalId: 0, publishedAt: 1, rating: 2, title: 3, text: 4, authorName: 5, replyText: 6, language: 7, url: 8 };

describe("turning rows into reviews", () => {
  it("normalises a complete row into the shape every platform's reviews take", () => {
    const sheet = csv(`${HEADER}y-1,05.03.2024,4,Lovely,"Great breakfast, kind staff.",Maria Silva,Thank you Maria!,pt-br,http://www.yelp.com/biz/casa?hrid=1\n`);
    const { reviews, problems } = reviewsFromSheet(sheet, context(ALL));
    expect(problems).toEqual([]);
    expect(reviews).toHaveLength(1);
    const { rowNumber, review } = reviews[0]!;
    expect(rowNumber).toBe(2);
    expect(review).toMatchObject({
      externalId: "y-1", authorName: "Maria Silva", rating: 4, platformRating: 4, platformScale: 5, title: "Lovely",
      text: "Great breakfast, kind staff.", language: "pt-BR", publishedAt: new Date("2024-03-05T12:00:00Z"),
      existingReply: { text: "Thank you Maria!", updatedAt: new Date("2024-03-05T12:00:00Z") },
    });
    const raw = review.raw as ImportedRaw;
    expect(raw).toEqual({
      source: "file-import", importId: "imp_1", fileName: "yelp.csv", rowNumber: 2, url: "https://www.yelp.com/biz/casa?hrid=1",
      row: { Id: "y-1", Date: "05.03.2024", Rating: "4", Title: "Lovely", Text: "Great breakfast, kind staff.", Author: "Maria Silva", Reply: "Thank you Maria!", Language: "pt-br", URL: "http://www.yelp.com/biz/casa?hrid=1" },
    });
  });

  it("reports every problem of a bad row with its row, column, reason and raw value", () => {
    const sheet = csv(`${HEADER}a,05.03.2024,4,,ok,Ann,,,\nb,not a date,7,,fine,Bob,,,javascript:alert(1)\nc,06.03.2024,,,,Cy,,,\n`);
    const { reviews, problems, failedRows } = reviewsFromSheet(sheet, context(ALL));
    expect(reviews.map((r) => r.rowNumber)).toEqual([2]);
    expect(failedRows).toBe(2);
    expect(problems).toEqual([
      { rowNumber: 3, column: "Date", problem: expect.stringMatching(/^Date is not a date Lobby can read/), value: "not a date" },
      { rowNumber: 3, column: "Rating", problem: "Rating is not between 1 and 5", value: "7" },
      { rowNumber: 3, column: "URL", problem: "Link to the review is not a web address (https://…)", value: "javascript:alert(1)" },
      { rowNumber: 4, column: "(whole row)", problem: "Row has neither a rating nor any text", value: "" },
    ]);
  });

  it("reports a row with more values than the header has columns", () => {
    const sheet = csv("Date,Rating,Text\n05.03.2024,4,Good, but noisy\n");
    const { problems } = reviewsFromSheet(sheet, context({ publishedAt: 0, rating: 1, text: 2 }));
    expect(problems).toEqual([expect.objectContaining({ rowNumber: 2, column: "(whole row)", value: "but noisy", problem: expect.stringMatching(/4 values but the header has 3 columns/) })]);
  });

  it("keeps hostile text exactly as written, as inert text", () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const sheet = csv(`Date,Rating,Text,Author\n05.03.2024,1,"${hostile.replace(/"/g, '""')}","=cmd|' /C calc'!A0"\n`);
    const { reviews } = reviewsFromSheet(sheet, context({ publishedAt: 0, rating: 1, text: 2, authorName: 3 }));
    expect(reviews[0]!.review.text).toBe(hostile);
    expect(reviews[0]!.review.authorName).toBe("=cmd|' /C calc'!A0");
  });

  it("removes control characters and refuses text past its limit", () => {
    const sheet = csv(`Date,Rating,Text,Title\n05.03.2024,5,"a\u0007b\r\nc",ok\n05.03.2024,5,"${"x".repeat(20_001)}",ok\n`);
    const { reviews, problems } = reviewsFromSheet(sheet, context({ publishedAt: 0, rating: 1, text: 2, title: 3 }));
    expect(reviews[0]!.review.text).toBe("ab\nc");
    expect(problems).toEqual([{ rowNumber: 3, column: "Text", problem: "Review text is longer than 20,000 characters", value: `${"x".repeat(80)}…` }]);
  });

  it("names the guest after the channel when the file has no name, and detects unknown languages later", () => {
    const sheet = csv("Date,Rating,Language\n05.03.2024,5,Deutsch\n05.03.2024,4,klingon??\n");
    const { reviews } = reviewsFromSheet(sheet, context({ publishedAt: 0, rating: 1, language: 2 }));
    expect(reviews.map((r) => [r.review.authorName, r.review.language])).toEqual([["Yelp guest", "de"], ["Yelp guest", null]]);
  });

  it("reads ratings on the column's scale and on the scale each value names", () => {
    const sheet = csv("Date,Rating\n05.03.2024,\"8,5\"\n06.03.2024,4/5\n07.03.2024,★★\n08.03.2024,\n");
    const { reviews, problems } = reviewsFromSheet(sheet, context({ publishedAt: 0, rating: 1 }, { ratingScale: 10 }));
    expect(problems).toEqual([{ rowNumber: 5, column: "(whole row)", problem: "Row has neither a rating nor any text", value: "" }]);
    expect(reviews.map((r) => [r.review.rating, r.review.platformRating, r.review.platformScale])).toEqual([[4, 8.5, 10], [4, 4, 5], [2, 2, 5]]);
  });
});

describe("ids for rows without one", () => {
  const base = { authorName: "Maria", publishedAt: new Date("2024-03-05T12:00:00Z"), title: null, text: "Great  stay", rating: 5 };

  it("is the same for the same guest, date and words, whatever the spacing or case", () => {
    expect(contentId(base)).toBe(contentId({ ...base, authorName: " maria ", text: "great stay" }));
    expect(contentId(base)).toMatch(/^row-[0-9a-f]{32}$/);
  });

  it("differs when the guest, the date or the words differ", () => {
    const id = contentId(base);
    expect(contentId({ ...base, authorName: "Marta" })).not.toBe(id);
    expect(contentId({ ...base, publishedAt: new Date("2024-03-06T12:00:00Z") })).not.toBe(id);
    expect(contentId({ ...base, text: "Great stay!" })).not.toBe(id);
    // A rating-only review is told apart by its rating.
    expect(contentId({ ...base, text: null, rating: 4 })).not.toBe(contentId({ ...base, text: null, rating: 5 }));
  });

  it("imports a row the file repeats once, and reports the repeat", () => {
    const sheet = csv("Date,Rating,Text,Author\n05.03.2024,5,Great,Ann\n05.03.2024,5,Great,Ann\n06.03.2024,5,Great,Ann\n");
    const { reviews, problems } = reviewsFromSheet(sheet, context({ publishedAt: 0, rating: 1, text: 2, authorName: 3 }));
    expect(reviews.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(problems).toEqual([{ rowNumber: 3, column: "(whole row)", problem: "Row repeats row 2 (same guest, date and text); imported once", value: "" }]);
  });

  it("reports a review id the file uses twice", () => {
    const sheet = csv("Id,Date,Rating\nr1,05.03.2024,5\nr1,06.03.2024,2\n,07.03.2024,3\n");
    const { reviews, problems } = reviewsFromSheet(sheet, context({ externalId: 0, publishedAt: 1, rating: 2 }));
    expect(reviews.map((r) => r.review.externalId)).toEqual(["r1", expect.stringMatching(/^row-/)]);
    expect(problems).toEqual([{ rowNumber: 3, column: "Id", problem: "Review ID repeats row 2; only row 2 is imported", value: "r1" }]);
  });
});

describe("settings left to the data", () => {
  const settings = (over: Partial<ImportSettings> = {}): ImportSettings => ({ mapping: { ...noColumns, publishedAt: 0, rating: 1 }, ratingScale: "auto", dateOrder: "auto", ...over });

  it("decides the date order and rating scale from the whole column", () => {
    const sheet = csv("Date,Rating\n03/04/2024,4\n12/25/2023,9\n");
    expect(resolveSettings(sheet, settings())).toEqual({ ratingScale: 10, dateOrder: "mdy", notes: ["Plain-number ratings are read out of 10."] });
  });

  it("says when every date could be read either way", () => {
    const sheet = csv("Date,Rating\n03/04/2024,4\n01/02/2024,5\n");
    expect(resolveSettings(sheet, settings()).notes[0]).toMatch(/could be read day first or month first/);
  });

  it("keeps what the person chose", () => {
    const sheet = csv("Date,Rating\n03/04/2024,4\n");
    expect(resolveSettings(sheet, settings({ ratingScale: "10", dateOrder: "mdy" }))).toEqual({ ratingScale: 10, dateOrder: "mdy", notes: [] });
  });
});
