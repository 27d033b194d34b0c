import { describe, expect, it } from "vitest";
import type { CallContext } from "../http";
import { errorForGraphQL } from "./graphql";
import { normalizeExpediaReview, rawIdentity, replyStatus, starsFromScore } from "./normalize";

const base = {
  id: "61f87508de53060cb1ff59e9",
  source: "PLATFORM",
  createdDateTime: "2025-05-10T08:00:00Z",
  lastUpdatedDateTime: "2025-05-12T09:30:00.000Z",
  title: { locale: "de-DE", value: " Sehr schön " },
  body: { locale: "de_DE", value: "  Tolles Frühstück.  " },
  isEligibleForResponse: true,
  response: null,
  starRatings: [
    { category: "overall", value: "8" },
    { category: "cleanliness", value: "9" },
  ],
  reservation: { reservationIds: [{ id: "2345678901", idSource: "EXPEDIA" }], primaryGuest: { firstName: "Jürgen", lastName: "Örtel" } },
  brandNameV2: "EXPEDIA",
};

describe("normalizeExpediaReview", () => {
  it("maps Expedia's review to Lobby's shape, keeping the 1-10 score beside the 1-5 rating", () => {
    const parsed = normalizeExpediaReview(base);
    expect(parsed).toEqual({
      ok: true,
      review: {
        externalId: base.id,
        authorName: "Jürgen Ö.",
        rating: 4,
        platformRating: 8,
        platformScale: 10,
        title: "Sehr schön",
        text: "Tolles Frühstück.",
        language: "de-DE",
        publishedAt: new Date("2025-05-10T08:00:00Z"),
        updatedAt: new Date("2025-05-12T09:30:00Z"),
        existingReply: null,
        raw: base,
      },
    });
  });

  it("turns 1-10 scores into stars: 9-10 five, 7-8 four, 5-6 three, 3-4 two, 1-2 one", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(starsFromScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(starsFromScore(8.6)).toBe(4);
  });

  it("handles ratings-only reviews, missing names, missing update time and missing overall rating", () => {
    const parsed = normalizeExpediaReview({
      ...base,
      title: null,
      body: { locale: "", value: "" },
      reservation: null,
      lastUpdatedDateTime: null,
      starRatings: [{ category: "cleanliness", value: "7" }, null],
    });
    expect(parsed.ok && parsed.review).toMatchObject({
      authorName: "Expedia guest",
      title: null,
      text: null,
      language: null,
      rating: null,
      platformRating: null,
      updatedAt: new Date(base.createdDateTime),
    });
    const firstOnly = normalizeExpediaReview({ ...base, reservation: { reservationIds: [], primaryGuest: { firstName: "Mia", lastName: " " } } });
    expect(firstOnly.ok && firstOnly.review.authorName).toBe("Mia");
  });

  it("keeps an approved or pending response as the existing reply, but not a rejected one", () => {
    const response = { body: { locale: "de-DE", value: "Danke!" }, status: "APPROVED", createdDateTime: "2025-05-13T10:00:00Z", lastUpdatedDateTime: "2025-05-14T10:00:00Z" };
    const approved = normalizeExpediaReview({ ...base, response });
    expect(approved.ok && approved.review.existingReply).toEqual({ text: "Danke!", updatedAt: new Date("2025-05-14T10:00:00Z") });
    const pending = normalizeExpediaReview({ ...base, response: { ...response, status: "PENDING", lastUpdatedDateTime: null } });
    expect(pending.ok && pending.review.existingReply).toEqual({ text: "Danke!", updatedAt: new Date("2025-05-13T10:00:00Z") });
    const rejected = normalizeExpediaReview({ ...base, response: { ...response, status: "REJECTED" } });
    expect(rejected.ok && rejected.review.existingReply).toBeNull();
  });

  it("names what is wrong with a malformed item", () => {
    const bad = (patch: Record<string, unknown>) => {
      const parsed = normalizeExpediaReview({ ...base, ...patch });
      return parsed.ok ? null : parsed.reason;
    };
    expect(bad({ createdDateTime: "yesterday" })).toMatch(/^createdDateTime:/);
    expect(bad({ body: null })).toMatch(/^body:/);
    expect(bad({ id: "" })).toMatch(/^id:/);
    expect(bad({ starRatings: [{ category: "overall", value: "eleven" }] })).toMatch(/overall "eleven"/);
    expect(bad({ starRatings: [{ category: "OVERALL", value: "0" }] })).toMatch(/from 1 to 10/);
    expect(normalizeExpediaReview("not a review")).toMatchObject({ ok: false });
    expect(rawIdentity({ id: "x", createdDateTime: "nope", lastUpdatedDateTime: "2025-05-01T00:00:00Z" })).toEqual({ id: "x", updatedAt: new Date("2025-05-01T00:00:00Z") });
    expect(rawIdentity(42)).toEqual({ id: null, updatedAt: null });
  });

  it("maps response statuses: approved is published, rejected stays rejected, anything else is pending", () => {
    expect(["APPROVED", "approved", "REJECTED", "PENDING", "IN_REVIEW"].map(replyStatus)).toEqual(["PUBLISHED", "PUBLISHED", "REJECTED", "PENDING", "PENDING"]);
  });
});

describe("errorForGraphQL", () => {
  const ctx: CallContext = { platform: "EXPEDIA", label: "Expedia", fetch, timeoutMs: 1000, secrets: () => ["eg.secret-token"] };

  it("maps Expedia's error codes to error kinds, an unknown one to a retryable unavailable", () => {
    const kind = (code: string | undefined) => errorForGraphQL(ctx, { message: "x", ...(code ? { extensions: { code } } : {}) }, "listing reviews").kind;
    expect(["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "DOWNSTREAM_SERVICE_ERROR", undefined].map(kind)).toEqual([
      "not_found", "auth", "auth", "invalid", "invalid", "unavailable", "unavailable",
    ]);
  });

  it("reads the wait of a rate-limit error from its message, else from extensions.duration, and redacts secrets", () => {
    const fromMessage = errorForGraphQL(ctx, { message: "Too many requests, please try again in 3 seconds.", extensions: { code: "RATE_LIMIT_EXCEEDED", duration: 1 } }, "publishing");
    expect(fromMessage).toMatchObject({ kind: "rate_limited", retryAfterMs: 3000, platform: "EXPEDIA" });
    const fromDuration = errorForGraphQL(ctx, { message: "Slow down", extensions: { code: "RATE_LIMIT_EXCEEDED", duration: 2 } }, "publishing");
    expect(fromDuration.retryAfterMs).toBe(2000);
    const leaky = errorForGraphQL(ctx, { message: "token eg.secret-token refused", extensions: { code: "FORBIDDEN" } }, "listing");
    expect(leaky.message).not.toContain("eg.secret-token");
    expect(leaky.message).toContain("[redacted]");
  });
});
