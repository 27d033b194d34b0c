import { describe, expect, it } from "vitest";
import { normalizeGoogleReview, originalComment } from "./normalize";

const base = {
  name: "accounts/1/locations/2/reviews/abc",
  reviewId: "abc",
  reviewer: { displayName: "Ana", profilePhotoUrl: "https://example.test/p.png", isAnonymous: false },
  starRating: "FOUR",
  comment: "Nice stay",
  createTime: "2025-05-01T10:00:00Z",
  updateTime: "2025-05-02T11:30:00.123456789Z",
};

describe("originalComment", () => {
  it("keeps the original after '(Original)' when the translation comes first", () => {
    expect(originalComment("(Translated by Google) Very clean room.\n\n(Original)\nQuarto muito limpo.")).toBe(
      "Quarto muito limpo.",
    );
  });

  it("keeps the text before '(Translated by Google)' when the original comes first", () => {
    expect(originalComment("Zimmer sehr sauber.\n\n(Translated by Google)\nVery clean room.")).toBe("Zimmer sehr sauber.");
  });

  it("handles '(Original) ... (Translated by Google) ...'", () => {
    expect(originalComment("(Original)\nChambre propre.\n\n(Translated by Google)\nClean room.")).toBe("Chambre propre.");
  });

  it("leaves ordinary comments alone (trimmed) and maps absent or blank comments to null", () => {
    expect(originalComment("  Great (Original) idea, the rooftop!  ")).toBe("Great (Original) idea, the rooftop!");
    expect(originalComment(undefined)).toBeNull();
    expect(originalComment("   ")).toBeNull();
  });
});

describe("normalizeGoogleReview", () => {
  it.each([
    ["ONE", 1],
    ["TWO", 2],
    ["THREE", 3],
    ["FOUR", 4],
    ["FIVE", 5],
    ["STAR_RATING_UNSPECIFIED", null],
  ])("maps starRating %s to %s", (starRating, rating) => {
    const parsed = normalizeGoogleReview({ ...base, starRating });
    expect(parsed.ok && parsed.review.rating).toBe(rating);
    expect(parsed.ok && parsed.review.platformRating).toBe(rating);
    expect(parsed.ok && parsed.review.platformScale).toBe(5);
  });

  it("accepts nanosecond timestamps and extra fields Google may add", () => {
    const parsed = normalizeGoogleReview({ ...base, reviewMediaItems: [{ googleUrl: "x" }] });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.review.updatedAt.toISOString()).toBe("2025-05-02T11:30:00.123Z");
  });

  it("falls back to 'A Google user' without a reviewer name, and strips translations from replies", () => {
    const { reviewer: _r, ...noReviewer } = base;
    const parsed = normalizeGoogleReview({
      ...noReviewer,
      reviewReply: { comment: "Danke!\n\n(Translated by Google)\nThanks!", updateTime: "2025-05-03T09:00:00Z" },
    });
    expect(parsed.ok && parsed.review.authorName).toBe("A Google user");
    expect(parsed.ok && parsed.review.existingReply).toEqual({ text: "Danke!", updatedAt: new Date("2025-05-03T09:00:00Z") });
  });

  it.each([
    ["a missing reviewId", { ...base, reviewId: undefined }, "reviewId"],
    ["an unknown rating", { ...base, starRating: "SIX" }, "starRating"],
    ["a non-RFC3339 updateTime", { ...base, updateTime: "yesterday" }, "updateTime"],
    ["a name that does not match the id", { ...base, name: "accounts/1/locations/2/reviews/other" }, "name"],
    ["a non-object", 42, "review"],
  ])("rejects %s with a reason", (_label, raw, mention) => {
    const parsed = normalizeGoogleReview(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(mention);
  });
});
