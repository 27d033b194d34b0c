import { describe, expect, it } from "vitest";
import { csvCell, rowProblemsCsv } from "./error-report";
import { readCsv } from "./read-csv";

describe("the error report file", () => {
  it("lists row, column, problem and raw value, readable back as CSV", () => {
    const csv = rowProblemsCsv([
      { rowNumber: 3, column: "Rating", problem: "Rating is not between 1 and 5", value: "7" },
      { rowNumber: 9, column: "Text", problem: "Review text is too long", value: 'He said "hi", then\nleft' },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const back = readCsv(new TextEncoder().encode(csv));
    expect(back.headers).toEqual(["Row", "Column", "Problem", "Value"]);
    expect(back.rows.map((r) => r.cells)).toEqual([
      ["3", "Rating", "Rating is not between 1 and 5", "7"],
      ["9", "Text", "Review text is too long", 'He said "hi", then\nleft'],
    ]);
  });

  it("keeps spreadsheet formulas in guests' text from running when the report is opened", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("\"'+1\"");
    expect(csvCell("-2")).toBe("\"'-2\"");
    expect(csvCell("@SUM(A1)")).toBe("\"'@SUM(A1)\"");
    expect(csvCell("fine")).toBe('"fine"');
    expect(csvCell(12)).toBe('"12"');
  });
});
