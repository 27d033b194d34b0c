import { describe, expect, it } from "vitest";
import { analyseReview } from "./analyse";
import { LABELLED_EN } from "./testdata/labelled-reviews-en";
import { LABELLED_EU } from "./testdata/labelled-reviews-eu";
import type { LabelledReview } from "./testdata/labelled-review";

// Precise checks on hand-labelled reviews in all seven languages: urgency and its reasons, questions,
// stay context, staff names and the main aspects. Each review is its own test, so a regression names it.

function check(review: LabelledReview) {
  const a = analyseReview({ rating: review.rating, title: review.title ?? null, text: review.text });
  const { expect: want } = review;
  expect(a.language, "language").toBe(want.language);
  expect(a.urgency.level, "urgency").toBe(want.urgency);
  const kinds = a.urgency.reasons.map((r) => r.kind).filter((k) => k !== "unhappy-guest");
  if (want.reasons) expect([...kinds].sort(), "urgency reasons").toEqual([...want.reasons].sort());
  // Every reason points at a sentence of the review.
  for (const r of a.urgency.reasons) expect(`${review.title ?? ""} ${review.text}`).toContain(r.sentence);
  for (const [aspect, polarity] of want.aspects ?? []) {
    expect(a.aspects.some((x) => x.aspect === aspect && x.polarity === polarity), `${aspect} ${polarity}`).toBe(true);
  }
  if (want.questions !== undefined) expect(a.questions.map((q) => q.text), "questions").toHaveLength(want.questions);
  if (want.topics) expect(a.questions.map((q) => q.topic), "question topics").toEqual(want.topics);
  expect(a.asksQuestion).toBe(a.questions.length > 0);
  expect(a.stayContext, "stay context").toEqual(want.stay ?? []);
  expect(a.stayEvidence.map((e) => e.context)).toEqual(a.stayContext);
  expect(a.staffNames, "staff").toEqual(want.staff ?? []);
}

describe.each([
  ["English", LABELLED_EN],
  ["other languages", LABELLED_EU],
])("analyseReview on labelled reviews: %s", (_, reviews) => {
  it.each(reviews.map((r) => [r.id, r] as const))("%s", (_id, review) => check(review));
});

describe("labelled set", () => {
  it("covers the seven languages and every urgency level", () => {
    const all = [...LABELLED_EN, ...LABELLED_EU];
    expect(new Set(all.map((r) => r.expect.language))).toEqual(new Set(["en", "de", "fr", "es", "it", "pt", "nl"]));
    expect(new Set(all.map((r) => r.expect.urgency))).toEqual(new Set(["ROUTINE", "PROMPT", "URGENT"]));
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });
});
