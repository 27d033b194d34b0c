import { describe, expect, it } from "vitest";
import { languageTag, withoutKey } from "./api-key";
import { normalizeTripadvisorReview, parseTripadvisorDate, rawPublishedDate } from "./normalize";

const base = {
  id: 912345678,
  lang: "pt",
  location_id: 19847302,
  published_date: "2025-05-30T14:12:09Z",
  rating: 4,
  helpful_votes: 0,
  rating_image_url: "https://www.tripadvisor.com/img/cdsi/img2/ratings/traveler/s4.0-MCID-5.svg",
  url: "https://www.tripadvisor.com/ShowUserReviews-g189158-d19847302-r912345678-x.html",
  title: "  Muito bom  ",
  text: "Quarto limpo e equipa simpática.\n",
  trip_type: "Couples",
  travel_date: "2025-05",
  user: { username: "ana_p", user_location: { id: "1", name: "Braga, Portugal" } },
  subratings: {},
};

describe("normalizeTripadvisorReview", () => {
  it("maps the Content API's review onto Lobby's shape and keeps the item as raw", () => {
    const parsed = normalizeTripadvisorReview(base, "19847302");
    expect(parsed).toEqual({
      ok: true,
      review: {
        externalId: "912345678",
        authorName: "ana_p",
        rating: 4,
        platformRating: 4,
        platformScale: 5,
        title: "Muito bom",
        text: "Quarto limpo e equipa simpática.",
        language: "pt",
        publishedAt: new Date("2025-05-30T14:12:09Z"),
        updatedAt: new Date("2025-05-30T14:12:09Z"),
        existingReply: null,
        raw: base,
      },
    });
    if (parsed.ok) expect(parsed.review.raw).toBe(base);
  });

  it("reads string ids and ratings, region language codes, a missing user and empty texts", () => {
    const parsed = normalizeTripadvisorReview({ ...base, id: "77", rating: "5", lang: "zh_CN", user: null, title: "", text: "   " });
    expect(parsed).toMatchObject({ ok: true, review: { externalId: "77", rating: 5, language: "zh-CN", authorName: "A Tripadvisor member", title: null, text: null } });
    const noLang = normalizeTripadvisorReview({ ...base, lang: undefined, user: { username: "  " } });
    expect(noLang).toMatchObject({ ok: true, review: { language: null, authorName: "A Tripadvisor member" } });
  });

  it("takes a management response as the existing reply, and ignores one it cannot read", () => {
    const answered = normalizeTripadvisorReview({ ...base, owner_response: { id: 1, text: " Obrigado! ", published_date: "2025-05-31T08:00:00Z", author: "Marta" } });
    expect(answered).toMatchObject({ ok: true, review: { existingReply: { text: "Obrigado!", updatedAt: new Date("2025-05-31T08:00:00Z") } } });
    const undated = normalizeTripadvisorReview({ ...base, owner_response: { text: "Obrigado!" } });
    expect(undated).toMatchObject({ ok: true, review: { existingReply: { updatedAt: new Date(base.published_date) } } });
    for (const odd of [{ text: 12 }, "yes", null, { text: "  " }]) {
      expect(normalizeTripadvisorReview({ ...base, owner_response: odd })).toMatchObject({ ok: true, review: { existingReply: null } });
    }
  });

  it.each([
    [{ ...base, rating: 6 }, "rating"],
    [{ ...base, rating: 3.5 }, "rating"],
    [{ ...base, rating: "★★★★" }, "rating"],
    [{ ...base, id: -3 }, "id"],
    [{ ...base, id: "r123" }, "id"],
    [{ ...base, published_date: "yesterday" }, "published_date"],
    [{ ...base, published_date: "2025-05-30" }, "published_date"],
    [{ ...base, published_date: undefined }, "published_date"],
    [null, "expected object"],
  ])("refuses an item that breaks the schema (%#), naming the field", (raw, mention) => {
    const parsed = normalizeTripadvisorReview(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(mention);
  });

  it("refuses an item of another location", () => {
    expect(normalizeTripadvisorReview({ ...base, location_id: "555" }, "19847302")).toEqual({ ok: false, reason: "location_id: 555 is not this connection's location" });
    expect(normalizeTripadvisorReview({ ...base, location_id: undefined }, "19847302").ok).toBe(true);
  });
});

describe("Tripadvisor dates, keys and language tags", () => {
  it.each([
    ["2025-05-30T14:12:09Z", "2025-05-30T14:12:09.000Z"],
    ["2025-05-30T14:12:09.250Z", "2025-05-30T14:12:09.250Z"],
    ["2025-05-30T16:12:09+02:00", "2025-05-30T14:12:09.000Z"],
    ["2009-11-17T08:56:07-0500", "2009-11-17T13:56:07.000Z"],
  ])("parses %s", (value, iso) => {
    expect(parseTripadvisorDate(value)?.toISOString()).toBe(iso);
  });

  it("rejects what is not a date-time, and reads a broken item's date when it can", () => {
    for (const value of ["2025-05-30", "30/05/2025 14:12", "2025-13-45T99:99:99Z", 1717000000, null]) expect(parseTripadvisorDate(value)).toBeNull();
    expect(rawPublishedDate({ published_date: "2025-05-30T14:12:09Z", rating: "x" })?.toISOString()).toBe("2025-05-30T14:12:09.000Z");
    expect(rawPublishedDate("nope")).toBeNull();
  });

  it("redacts the key in a URL, and turns language codes into BCP 47 tags", () => {
    expect(withoutKey("https://api.content.tripadvisor.com/api/v1/location/1/reviews?key=ABC123&language=en")).toBe(
      "https://api.content.tripadvisor.com/api/v1/location/1/reviews?key=%5Bredacted%5D&language=en",
    );
    expect(withoutKey("not a url?key=ABC123&x=1")).toBe("not a url?key=[redacted]&x=1");
    expect(languageTag("zh_TW")).toBe("zh-TW");
    expect(languageTag("de")).toBe("de");
  });
});
