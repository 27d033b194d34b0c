import { describe, expect, it } from "vitest";
import { guessMapping } from "./guess-mapping";
import type { ImportSettings } from "./fields";
import { mappingProblems } from "./fields";
import { PREVIEW_ROWS, previewImport } from "./preview";
import { readCsv } from "./read-csv";

const NOW = new Date("2026-11-20T10:00:00Z");
const context = { timeZone: "Europe/Lisbon", channelName: "Yelp", source: { importId: "imp", fileName: "f.csv" }, now: NOW };

describe("the preview of an import", () => {
  const lines = ["Date,Rating,Text,Author"];
  for (let i = 0; i < 30; i++) lines.push(`0${(i % 9) + 1}/03/2024,${i === 25 ? "eleven" : (i % 5) + 1},Review ${i},Guest ${i}`);
  const sheet = readCsv(new TextEncoder().encode(lines.join("\n")));
  const settings: ImportSettings = { mapping: guessMapping(sheet.headers), ratingScale: "auto", dateOrder: "auto" };

  it("shows the first rows as they will be stored, totals for the whole file, and problems past the first rows", () => {
    const preview = previewImport(sheet, settings, context);
    expect(preview.rows).toHaveLength(PREVIEW_ROWS);
    expect(preview.rows[0]).toEqual({
      rowNumber: 2, problems: [],
      review: { publishedAt: "2024-03-01T12:00:00.000Z", authorName: "Guest 0", stars: 1, platformRating: 1, platformScale: 5, title: null, text: "Review 0", language: null, hasReply: false, externalId: expect.stringMatching(/^row-/) },
    });
    expect(preview.totals).toEqual({ rows: 30, ready: 29, withProblems: 1 });
    expect(preview.problems).toEqual([{ rowNumber: 27, column: "Rating", problem: expect.stringMatching(/^Rating is not a rating/), value: "eleven" }]);
    expect(preview.notes).toEqual([
      "Every date could be read day first or month first (like 03/04/2024); Lobby reads them day first. If they are month first, change the date order.",
      "Plain-number ratings are read out of 5.",
    ]);
  });

  it("follows a changed date order", () => {
    const preview = previewImport(sheet, { ...settings, dateOrder: "mdy" }, context);
    expect(preview.rows[0]!.review?.publishedAt).toBe("2024-01-03T12:00:00.000Z");
    expect(preview.notes).toEqual(["Plain-number ratings are read out of 5."]);
  });

  it("says what is missing before anything can be previewed", () => {
    const preview = previewImport(sheet, { ...settings, mapping: { ...settings.mapping, publishedAt: null, rating: null, text: null } }, context);
    expect(preview.mappingProblems).toEqual(["Choose the column with the review date.", "Choose the column with the rating or the one with the review text (or both)."]);
    expect(preview.rows).toEqual([]);
  });

  it("refuses a column chosen twice or one the file does not have", () => {
    expect(mappingProblems({ ...settings.mapping, title: 2 }, sheet.headers)).toEqual(['"Text" is chosen for Title and Review text; choose it once.']);
    expect(mappingProblems({ ...settings.mapping, url: 9 }, sheet.headers)).toEqual(["Link to the review: the file has no column 10."]);
  });
});
