import { describe, expect, it } from "vitest";
import { continuationPath, decodeCursor, encodeCursor, fromDateFor } from "./cursor";

const LIST = "/review-api/properties/123/reviews";

describe("Booking poll cursor", () => {
  it("round-trips what it stores", () => {
    const cursor = { next: `${LIST}?cursor=abc`, since: "2025-05-30T23:24:00.000Z" };
    expect(decodeCursor(encodeCursor(cursor), "123")).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ next: null, since: cursor.since }), "123")).toEqual({ next: null, since: cursor.since });
  });

  it("reads a bare timestamp as `since`, and gives up (null: full walk) on anything else", () => {
    expect(decodeCursor("2025-05-30T23:24:00Z", "123")).toEqual({ next: null, since: "2025-05-30T23:24:00.000Z" });
    for (const bad of [null, "", "garbage", '{"v":1}', '{"v":1,"next":null,"since":null}', '{"v":2,"next":"/x","since":null}']) {
      expect(decodeCursor(bad, "123")).toBeNull();
    }
  });

  it("drops a cursor that belongs to another property", () => {
    expect(decodeCursor(encodeCursor({ next: "/review-api/properties/999/reviews?cursor=a", since: "2025-05-30T23:24:00.000Z" }), "123")).toBeNull();
  });

  it("starts a fallback walk the day before `since`", () => {
    expect(fromDateFor("2025-05-30T23:24:00.000Z")).toBe("2025-05-29");
    expect(fromDateFor("2025-03-01T00:10:00.000Z")).toBe("2025-02-28");
  });

  it("keeps only the path of an absolute next_page, so credentials never go to another host", () => {
    expect(continuationPath(`https://supply-xml.booking.com${LIST}?from_date=2018-05-01&cursor=HFq`, LIST, "123")).toBe(`${LIST}?from_date=2018-05-01&cursor=HFq`);
    expect(continuationPath(`https://evil.example${LIST}?cursor=x`, LIST, "123")).toBe(`${LIST}?cursor=x`);
    expect(continuationPath(`${LIST}?cursor=x`, LIST, "123")).toBe(`${LIST}?cursor=x`);
  });

  it("sends a bare next_page token back as `cursor`, and refuses another property's page", () => {
    expect(continuationPath("HFq/+=", LIST, "123")).toBe(`${LIST}?cursor=HFq%2F%2B%3D`);
    expect(continuationPath("https://supply-xml.booking.com/review-api/properties/9/reviews?cursor=x", LIST, "123")).toBeNull();
  });
});
