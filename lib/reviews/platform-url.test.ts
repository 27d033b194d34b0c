import { describe, expect, it } from "vitest";
import { sourceName } from "../platforms/names";
import { platformReviewUrl, replyPostingUrl } from "./platform-url";

describe("where a reply is posted by hand", () => {
  it("opens the review's own page when the platform or the imported file gave one", () => {
    expect(replyPostingUrl({ platform: "MANUAL", raw: { url: "https://www.yelp.com/biz/x?hrid=1" }, connection: { externalLocationId: "Yelp" } })).toBe("https://www.yelp.com/biz/x?hrid=1");
    expect(replyPostingUrl({ platform: "TRIPADVISOR", raw: { url: "https://www.tripadvisor.com/r/1" }, connection: { externalLocationId: "123" } })).toBe("https://www.tripadvisor.com/r/1");
  });

  it("falls back to a known channel's site, and to nothing for a channel Lobby does not know", () => {
    expect(replyPostingUrl({ platform: "MANUAL", raw: { row: {} }, connection: { externalLocationId: "yelp" } })).toBe("https://biz.yelp.com");
    expect(replyPostingUrl({ platform: "MANUAL", raw: {}, connection: { externalLocationId: "Facebook" } })).toBe("https://www.facebook.com");
    expect(replyPostingUrl({ platform: "MANUAL", raw: {}, connection: { externalLocationId: "HolidayCheck" } })).toBeNull();
    expect(replyPostingUrl({ platform: "TRIPADVISOR", raw: {}, connection: { externalLocationId: "123" } })).toBeNull();
  });

  it("never opens anything but an https address", () => {
    expect(platformReviewUrl({ url: "javascript:alert(1)" })).toBeNull();
    expect(platformReviewUrl({ url: "http://www.yelp.com" })).toBeNull();
  });
});

describe("naming where a review came from", () => {
  it("uses a manual channel's own name and the platform's name otherwise", () => {
    expect(sourceName({ platform: "MANUAL", connection: { externalLocationId: "Yelp" } })).toBe("Yelp");
    expect(sourceName({ platform: "BOOKING", connection: { externalLocationId: "12345" } })).toBe("Booking.com");
  });
});
