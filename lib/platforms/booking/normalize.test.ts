import { describe, expect, it } from "vitest";
import { bcp47, normalizeBookingReview, parseBookingTime, replyStatus, starsFromScore } from "./normalize";

const base = {
  review_id: "Qr-j8xe_5As",
  created_timestamp: "2025-05-13 12:16:33",
  last_change_timestamp: "2025-05-14 08:00:00",
  url: "https://supply-xml.booking.com/review-api/properties/1/reviews/Qr-j8xe_5As",
  content: { headline: "  Nice stay ", positive: "Great bed.", negative: "Thin walls.", language_code: "en-gb" },
  scoring: { review_score: 8, clean: 7.5, staff: 10, comfort: 7.5, facilities: 5, location: 10, value: null },
  reviewer: { name: "Ana", country_code: "pt", is_genius: true },
  reply: null,
};

describe("starsFromScore", () => {
  it.each([
    [0, 1], [1, 1], [2, 1], [2.9, 1], [3, 2], [4, 2], [5, 3], [6, 3], [6.9, 3], [7, 4], [7.9, 4], [8, 4], [8.9, 4], [9, 5], [10, 5],
  ])("maps Booking's %s to %s stars (half, rounded, at least 1)", (score, stars) => {
    expect(starsFromScore(score)).toBe(stars);
  });
});

describe("bcp47", () => {
  it.each([
    ["en-gb", "en-GB"], ["pt-pt", "pt-PT"], ["DE", "de"], ["zh_hans_cn", "zh-Hans-CN"], ["es-419", "es-419"], ["", null], [null, null],
  ])("writes %s as %s", (code, expected) => {
    expect(bcp47(code)).toBe(expected);
  });
});

describe("parseBookingTime", () => {
  it("reads Booking's 'YYYY-MM-DD HH:MM:SS' as UTC and accepts ISO 8601", () => {
    expect(parseBookingTime("2025-05-13 12:16:33")?.toISOString()).toBe("2025-05-13T12:16:33.000Z");
    expect(parseBookingTime("2025-05-13T12:16:33+02:00")?.toISOString()).toBe("2025-05-13T10:16:33.000Z");
    expect(parseBookingTime("13/05/2025")).toBeNull();
    expect(parseBookingTime("2025-02-30 25:00:00")).toBeNull();
  });
});

describe("replyStatus", () => {
  it.each([["pending", "PENDING"], ["published", "PUBLISHED"], ["PUBLISHED", "PUBLISHED"], ["rejected", "REJECTED"], [null, "PUBLISHED"], ["in_review", "PENDING"]])(
    "maps %s to %s",
    (status, expected) => expect(replyStatus(status)).toBe(expected),
  );
});

describe("normalizeBookingReview", () => {
  it("fills every field, joins liked and disliked into text, keeps them apart in textParts", () => {
    const parsed = normalizeBookingReview(base);
    expect(parsed.ok && parsed.review).toEqual({
      externalId: "Qr-j8xe_5As",
      authorName: "Ana",
      rating: 4,
      platformRating: 8,
      platformScale: 10,
      title: "Nice stay",
      text: "Great bed.\n\nThin walls.",
      textParts: { positive: "Great bed.", negative: "Thin walls." },
      language: "en-GB",
      publishedAt: new Date("2025-05-13T12:16:33Z"),
      updatedAt: new Date("2025-05-14T08:00:00Z"),
      existingReply: null,
      raw: base,
    });
  });

  it("reads a score-only, anonymous review (no content, no name) and one with blank parts alike", () => {
    for (const raw of [
      { ...base, content: null, reviewer: { name: null, country_code: "nl" } },
      { ...base, content: { headline: "", positive: " ", negative: null, language_code: null }, reviewer: null },
    ]) {
      const parsed = normalizeBookingReview(raw);
      expect(parsed.ok && parsed.review).toMatchObject({ authorName: "Anonymous", title: null, text: null, textParts: { positive: null, negative: null }, language: null, rating: 4 });
    }
  });

  it("has no rating when Booking sends no overall score", () => {
    const parsed = normalizeBookingReview({ ...base, scoring: { review_score: null, clean: 10 } });
    expect(parsed.ok && [parsed.review.rating, parsed.review.platformRating]).toEqual([null, null]);
  });

  it("keeps a pending or published reply as the existing reply, but not a rejected one", () => {
    const reply = (status: string) => ({ ...base, reply: { text: " Thank you! ", status, created_timestamp: "2025-05-15 09:30:00" } });
    for (const status of ["pending", "published"]) {
      const parsed = normalizeBookingReview(reply(status));
      expect(parsed.ok && parsed.review.existingReply).toEqual({ text: "Thank you!", updatedAt: new Date("2025-05-15T09:30:00Z") });
    }
    const rejected = normalizeBookingReview(reply("rejected"));
    expect(rejected.ok && rejected.review.existingReply).toBeNull();
  });

  it.each([
    ["a missing review_id", { ...base, review_id: undefined }, "review_id"],
    ["a score above 10", { ...base, scoring: { review_score: 11 } }, "scoring.review_score"],
    ["a score as text", { ...base, scoring: { review_score: "ten" } }, "scoring.review_score"],
    ["an unreadable timestamp", { ...base, created_timestamp: "yesterday" }, "created_timestamp"],
    ["a reply without text", { ...base, reply: { status: "pending" } }, "reply.text"],
    ["a non-object", 42, "review"],
  ])("rejects %s with a reason", (_label, raw, mention) => {
    const parsed = normalizeBookingReview(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(mention);
  });
});
