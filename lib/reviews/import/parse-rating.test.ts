import { describe, expect, it } from "vitest";
import { detectRatingScale, normalizeRating, parseRating } from "./parse-rating";

describe("reading ratings", () => {
  it.each([
    [4, { value: 4, scale: null }],
    ["4", { value: 4, scale: null }],
    ["4.5", { value: 4.5, scale: null }],
    ["8,5", { value: 8.5, scale: null }],
    ["4/5", { value: 4, scale: 5 }],
    ["8.5 / 10", { value: 8.5, scale: 10 }],
    ["4 of 5", { value: 4, scale: 5 }],
    ["4 out of 5", { value: 4, scale: 5 }],
    ["8 von 10", { value: 8, scale: 10 }],
    ["4 sur 5", { value: 4, scale: 5 }],
    ["4 de 5", { value: 4, scale: 5 }],
    ["★★★★", { value: 4, scale: 5 }],
    ["★★★★☆", { value: 4, scale: 5 }],
    ["★ ★ ★", { value: 3, scale: 5 }],
    ["⭐⭐⭐⭐⭐", { value: 5, scale: 5 }],
    ["4 stars", { value: 4, scale: null }],
    ["4 Sterne", { value: 4, scale: null }],
    ["5 étoiles", { value: 5, scale: null }],
    ["3 estrellas", { value: 3, scale: null }],
  ])("reads %s", (cell, rating) => {
    expect(parseRating(cell)).toEqual({ ok: true, rating });
  });

  it("reads an empty cell as no rating", () => {
    expect(parseRating("")).toEqual({ ok: true, rating: null });
    expect(parseRating(null)).toEqual({ ok: true, rating: null });
  });

  it("says what is wrong with what it cannot read", () => {
    expect(parseRating("excellent")).toMatchObject({ ok: false, problem: expect.stringMatching(/not a rating Lobby can read/) });
    expect(parseRating("★★★ good")).toEqual({ ok: false, problem: "mixes stars with other text" });
    expect(parseRating("-3")).toMatchObject({ ok: false });
    expect(parseRating(Number.NaN)).toMatchObject({ ok: false });
  });
});

describe("the scale of a column and Lobby's 1-5 stars", () => {
  it("decides out of 10 when any plain number is above 5, else out of 5", () => {
    expect(detectRatingScale(["4", "5", "3.5", "★★", "8/10", null])).toBe(5);
    expect(detectRatingScale(["4", "8,5", "10"])).toBe(10);
  });

  it("normalises onto five stars the way Booking.com scores are", () => {
    expect(normalizeRating({ value: 8.5, scale: null }, 10)).toEqual({ stars: 4, value: 8.5, scale: 10 });
    expect(normalizeRating({ value: 9, scale: null }, 10)).toEqual({ stars: 5, value: 9, scale: 10 });
    expect(normalizeRating({ value: 1, scale: null }, 10)).toEqual({ stars: 1, value: 1, scale: 10 });
    expect(normalizeRating({ value: 4.5, scale: null }, 5)).toEqual({ stars: 5, value: 4.5, scale: 5 });
    expect(normalizeRating({ value: 4, scale: 5 }, 10)).toEqual({ stars: 4, value: 4, scale: 5 });
    expect(normalizeRating({ value: 80, scale: 100 }, 5)).toEqual({ stars: 4, value: 80, scale: 100 });
  });

  it("refuses ratings outside their scale or on a scale it does not know", () => {
    expect(normalizeRating({ value: 6, scale: null }, 5)).toEqual({ problem: "is not between 1 and 5" });
    expect(normalizeRating({ value: 0, scale: 5 }, 5)).toEqual({ problem: "is not between 1 and 5" });
    expect(normalizeRating({ value: 11, scale: null }, 10)).toEqual({ problem: "is not between 1 and 10" });
    expect(normalizeRating({ value: 3, scale: 7 }, 5)).toEqual({ problem: "is out of 7; Lobby reads ratings out of 5, 10 or 100" });
  });
});
