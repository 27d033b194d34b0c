import { describe, expect, it } from "vitest";
import { changedAt, hasNextPage, normalizeTrustpilotReview, parseTrustpilotTime, rawChangedAt } from "./normalize";

const base = {
  id: "5e3de1b45fb06f0001790b51",
  consumer: { id: "5e3de1b45fb06f0001790b50", displayName: "  Ana Silva " },
  businessUnit: { id: "46d6a890ffa235a75b00021d" },
  stars: 4,
  title: "Great stay",
  text: "Quarto limpo e pessoal simpático.",
  language: "pt",
  createdAt: "2025-05-01T10:00:00Z",
  updatedAt: null,
  companyReply: null,
};

describe("parseTrustpilotTime", () => {
  it.each([
    ["2025-05-01T10:00:00Z", "2025-05-01T10:00:00.000Z"],
    ["2025-05-01T10:00:00.123Z", "2025-05-01T10:00:00.123Z"],
    ["2025-05-01T12:00:00+02:00", "2025-05-01T10:00:00.000Z"],
    // The documentation's examples carry no zone: read as UTC.
    ["2013-09-07T13:37:00", "2013-09-07T13:37:00.000Z"],
    ["2013-09-07T13:37", "2013-09-07T13:37:00.000Z"],
  ])("reads %s", (input, expected) => {
    expect(parseTrustpilotTime(input)?.toISOString()).toBe(expected);
  });

  it.each(["yesterday", "2025-05-01", "2025-13-01T10:00:00Z", ""])("refuses %j", (input) => {
    expect(parseTrustpilotTime(input)).toBeNull();
  });
});

describe("normalizeTrustpilotReview", () => {
  it("maps a review, trimming names and reading a never-edited review's updatedAt as its createdAt", () => {
    const parsed = normalizeTrustpilotReview(base);
    expect(parsed).toEqual({
      ok: true,
      review: {
        externalId: base.id,
        authorName: "Ana Silva",
        rating: 4,
        platformRating: 4,
        platformScale: 5,
        title: "Great stay",
        text: "Quarto limpo e pessoal simpático.",
        language: "pt",
        publishedAt: new Date("2025-05-01T10:00:00Z"),
        updatedAt: new Date("2025-05-01T10:00:00Z"),
        existingReply: null,
        raw: base,
      },
    });
  });

  it.each([1, 2, 3, 4, 5])("keeps %i stars on Trustpilot's own 5-point scale", (stars) => {
    const parsed = normalizeTrustpilotReview({ ...base, stars });
    expect(parsed.ok && [parsed.review.rating, parsed.review.platformRating, parsed.review.platformScale]).toEqual([stars, stars, 5]);
  });

  it("reads an edit, a company reply (replaced or not) and tolerates missing optional fields", () => {
    const edited = normalizeTrustpilotReview({
      ...base,
      updatedAt: "2025-05-03T08:00:00Z",
      companyReply: { text: " Obrigado! ", createdAt: "2025-05-02T09:00:00Z", updatedAt: "2025-05-04T09:00:00Z" },
    });
    expect(edited.ok && edited.review.updatedAt).toEqual(new Date("2025-05-03T08:00:00Z"));
    expect(edited.ok && edited.review.existingReply).toEqual({ text: "Obrigado!", updatedAt: new Date("2025-05-04T09:00:00Z") });
    expect(edited.ok && changedAt(edited.review)).toEqual(new Date("2025-05-04T09:00:00Z"));

    const sparse = normalizeTrustpilotReview({ id: "x1", stars: 1, createdAt: "2025-05-01T10:00:00", companyReply: { text: "Sorry.", createdAt: "2025-05-02T09:00:00Z" } });
    expect(sparse.ok && sparse.review).toMatchObject({ authorName: "A Trustpilot user", title: null, text: null, language: null });
    expect(sparse.ok && sparse.review.existingReply).toEqual({ text: "Sorry.", updatedAt: new Date("2025-05-02T09:00:00Z") });

    const blank = normalizeTrustpilotReview({ ...base, title: "  ", text: "", consumer: { displayName: "" }, companyReply: { text: "  ", createdAt: "2025-05-02T09:00:00Z" } });
    expect(blank.ok && blank.review).toMatchObject({ title: null, text: null, authorName: "A Trustpilot user", existingReply: null });
  });

  it.each([
    ["a missing id", { ...base, id: undefined }, "id"],
    ["stars as text", { ...base, stars: "five" }, "stars"],
    ["zero stars", { ...base, stars: 0 }, "stars"],
    ["half stars", { ...base, stars: 4.5 }, "stars"],
    ["a createdAt that is not a time", { ...base, createdAt: "yesterday" }, "createdAt"],
    ["a reply without text", { ...base, companyReply: { createdAt: "2025-05-02T09:00:00Z" } }, "companyReply.text"],
    ["a non-object", 42, "review"],
  ])("rejects %s with a reason", (_label, raw, mention) => {
    const parsed = normalizeTrustpilotReview(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(mention);
  });
});

describe("helpers", () => {
  it("finds the next-page link", () => {
    expect(hasNextPage([{ rel: "prev-page" }, { rel: "next-page", href: "x", method: "GET" }])).toBe(true);
    expect(hasNextPage([{ rel: "prev-page" }, "junk", null])).toBe(false);
    expect(hasNextPage(undefined)).toBe(false);
  });

  it("guesses when a broken item last changed, if it can", () => {
    expect(rawChangedAt({ updatedAt: "2025-05-03T08:00:00Z", createdAt: "2025-05-01T08:00:00Z" })).toEqual(new Date("2025-05-03T08:00:00Z"));
    expect(rawChangedAt({ updatedAt: null, createdAt: "2025-05-01T08:00:00Z" })).toEqual(new Date("2025-05-01T08:00:00Z"));
    expect(rawChangedAt({ createdAt: "yesterday" })).toBeNull();
    expect(rawChangedAt("junk")).toBeNull();
  });
});
