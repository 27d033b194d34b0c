import { describe, expect, it } from "vitest";
import { detectDateOrder, parseDate, type DateOrder } from "./parse-date";
import type { Cell } from "./sheet";

const NOW = new Date("2026-11-20T10:00:00Z");
const read = (cell: Cell, order: DateOrder = "dmy", timeZone = "UTC") => {
  const result = parseDate(cell, { order, timeZone, now: NOW });
  return result.ok ? result.date.toISOString() : `problem: ${result.problem}`;
};

describe("reading review dates", () => {
  it.each([
    ["2024-03-05", "2024-03-05T12:00:00.000Z"],
    ["2024-03-05T14:30:00Z", "2024-03-05T14:30:00.000Z"],
    ["2024-03-05T14:30:00+01:00", "2024-03-05T13:30:00.000Z"],
    ["2024-03-05 14:30", "2024-03-05T14:30:00.000Z"],
    ["2024-03-05T14:30:15.123", "2024-03-05T14:30:15.000Z"],
    ["2024/03/05", "2024-03-05T12:00:00.000Z"],
    ["05.03.2024", "2024-03-05T12:00:00.000Z"],
    ["5.3.24", "2024-03-05T12:00:00.000Z"],
    ["05.03.2024 18:45", "2024-03-05T18:45:00.000Z"],
    ["March 5, 2024", "2024-03-05T12:00:00.000Z"],
    ["Tuesday, March 5, 2024 2:30 PM", "2024-03-05T14:30:00.000Z"],
    ["5th March 2024", "2024-03-05T12:00:00.000Z"],
    ["5. März 2024", "2024-03-05T12:00:00.000Z"],
    ["5 mars 2024 à 14h30", "2024-03-05T14:30:00.000Z"],
    ["5 de marzo de 2024", "2024-03-05T12:00:00.000Z"],
    ["5 marzo 2024", "2024-03-05T12:00:00.000Z"],
    ["5 de março de 2024", "2024-03-05T12:00:00.000Z"],
    ["5 maart 2024", "2024-03-05T12:00:00.000Z"],
    ["Dec 24 2023", "2023-12-24T12:00:00.000Z"],
  ])("reads %s", (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it("reads slashed dates day first or month first as the column's order says", () => {
    expect(read("03/04/2024", "dmy")).toBe("2024-04-03T12:00:00.000Z");
    expect(read("03/04/2024", "mdy")).toBe("2024-03-04T12:00:00.000Z");
    expect(read("12-31-2023", "mdy")).toBe("2023-12-31T12:00:00.000Z");
    expect(read("31-12-2023", "dmy")).toBe("2023-12-31T12:00:00.000Z");
    expect(read("12/31/2023 9:05 am", "mdy")).toBe("2023-12-31T09:05:00.000Z");
    expect(read("12/31/2023", "dmy")).toBe("problem: is not a real date when read day first");
  });

  it("takes times without a zone as the hotel's local time, across daylight saving", () => {
    expect(read("2024-01-15 10:00", "dmy", "Europe/Lisbon")).toBe("2024-01-15T10:00:00.000Z");
    expect(read("2024-07-15 10:00", "dmy", "Europe/Lisbon")).toBe("2024-07-15T09:00:00.000Z");
    expect(read("2024-07-15 10:00", "dmy", "Europe/Berlin")).toBe("2024-07-15T08:00:00.000Z");
    expect(read("07/15/2024 10:00", "mdy", "America/New_York")).toBe("2024-07-15T14:00:00.000Z");
    // A date alone is midday there, so it stays on its calendar day in the hotel's own time zone.
    expect(read("15.07.2024", "dmy", "Pacific/Auckland")).toBe("2024-07-15T00:00:00.000Z");
    // A zone written in the value wins over the hotel's.
    expect(read("2024-07-15T10:00:00Z", "dmy", "Europe/Berlin")).toBe("2024-07-15T10:00:00.000Z");
  });

  it("reads Excel serial dates and Unix timestamps", () => {
    expect(read(45356)).toBe("2024-03-05T12:00:00.000Z");
    expect(read(45356.75)).toBe("2024-03-05T18:00:00.000Z");
    expect(read("45356")).toBe("2024-03-05T12:00:00.000Z");
    expect(read(1709640000)).toBe("2024-03-05T12:00:00.000Z");
    expect(read(1709640000000)).toBe("2024-03-05T12:00:00.000Z");
    expect(read(45356, "dmy", "Europe/Berlin")).toBe("2024-03-05T11:00:00.000Z");
  });

  it("refuses what is not a date, not a real day, in the future or implausibly old", () => {
    expect(read("")).toBe("problem: is empty; every review needs its date");
    expect(read(null)).toBe("problem: is empty; every review needs its date");
    expect(read("yesterday")).toMatch(/^problem: is not a date Lobby can read/);
    expect(read("2024-02-30")).toBe("problem: is not a real date");
    expect(read("31.04.2024")).toBe("problem: is not a real date");
    expect(read("29.02.2023")).toBe("problem: is not a real date");
    expect(read("29.02.2024")).toBe("2024-02-29T12:00:00.000Z");
    expect(read("2027-01-01")).toBe("problem: is in the future");
    expect(read("1989-06-01")).toBe("problem: is before 1995");
    expect(read(12)).toMatch(/^problem: is not a date/);
    expect(read("2024-03-05 25:00")).toMatch(/^problem: is not a date/);
    expect(read("March 2024")).toMatch(/^problem: is not a date/);
  });

  it("allows a review dated a little ahead of the server's clock (time zones)", () => {
    expect(read("2026-11-21")).toBe("2026-11-21T12:00:00.000Z");
  });
});

describe("deciding the order of a column's slashed dates", () => {
  it("reads day first when a first part is above 12", () => {
    expect(detectDateOrder(["03/04/2024", "25/12/2023", null])).toEqual({ order: "dmy", decided: true, conflicting: false });
  });

  it("reads month first when a second part is above 12", () => {
    expect(detectDateOrder(["03/04/2024", "12/25/2023", "1/31/2024"])).toEqual({ order: "mdy", decided: true, conflicting: false });
  });

  it("falls back to day first, undecided, when every date could be either", () => {
    expect(detectDateOrder(["03/04/2024", "01/02/2024", "2024-03-05", 45000])).toEqual({ order: "dmy", decided: false, conflicting: false });
  });

  it("follows the majority when the column contradicts itself, and says so", () => {
    expect(detectDateOrder(["12/25/2023", "12/26/2023", "25/12/2023"])).toEqual({ order: "mdy", decided: true, conflicting: true });
  });
});
