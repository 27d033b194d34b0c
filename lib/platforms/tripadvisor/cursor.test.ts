import { describe, expect, it } from "vitest";
import type { NormalizedReview } from "../types";
import { advanceCursor, decodeCursor, encodeCursor, isKnown } from "./cursor";

const review = (externalId: string, iso: string) => ({ externalId, updatedAt: new Date(iso) }) as NormalizedReview;

describe("Tripadvisor cursor", () => {
  it("round-trips, sorted and without repeats", () => {
    const cursor = { since: new Date("2025-05-30T14:12:09Z"), ids: ["9", "3", "9"], languages: ["pt", "en"] };
    const text = encodeCursor(cursor);
    expect(JSON.parse(text)).toEqual({ since: "2025-05-30T14:12:09.000Z", ids: ["3", "9"], languages: ["en", "pt"] });
    expect(decodeCursor(text)).toEqual({ since: cursor.since, ids: ["3", "9"], languages: ["en", "pt"] });
  });

  it.each([null, "", "garbage", "2025-05-30T14:12:09Z", '{"since":"yesterday","ids":[],"languages":[]}', '{"since":"2025-05-30T14:12:09Z"}'])(
    "reads %j as no cursor",
    (value) => {
      expect(decodeCursor(value)).toBeNull();
    },
  );

  it("knows reviews before `since`, and those at `since` by id, only for the languages it covered", () => {
    const cursor = { since: new Date("2025-05-30T14:12:09Z"), ids: ["1"], languages: ["en"] };
    expect(isKnown(cursor, "en", review("5", "2025-05-30T14:12:08Z"))).toBe(true);
    expect(isKnown(cursor, "en", review("1", "2025-05-30T14:12:09Z"))).toBe(true);
    expect(isKnown(cursor, "en", review("2", "2025-05-30T14:12:09Z"))).toBe(false);
    expect(isKnown(cursor, "en", review("3", "2025-05-30T14:12:10Z"))).toBe(false);
    expect(isKnown(cursor, "de", review("5", "2025-05-30T14:12:08Z"))).toBe(false);
    expect(isKnown(null, "en", review("5", "2020-01-01T00:00:00Z"))).toBe(false);
  });

  it("advances to the newest review, keeping every id of that second", () => {
    const cursor = { since: new Date("2025-05-30T14:12:09Z"), ids: ["1"], languages: ["en"] };
    expect(advanceCursor(cursor, [review("2", "2025-05-30T14:12:09Z")], ["en"])).toEqual({ since: cursor.since, ids: ["1", "2"], languages: ["en", "en"] });
    expect(advanceCursor(cursor, [review("4", "2025-05-31T00:00:00Z"), review("3", "2025-05-31T00:00:00Z"), review("5", "2025-05-30T00:00:00Z")], ["de"])).toEqual({
      since: new Date("2025-05-31T00:00:00Z"),
      ids: ["4", "3"],
      languages: ["en", "de"],
    });
    expect(advanceCursor(null, [review("7", "2025-01-01T00:00:00Z")], ["en"])).toEqual({ since: new Date("2025-01-01T00:00:00Z"), ids: ["7"], languages: ["en"] });
  });
});
