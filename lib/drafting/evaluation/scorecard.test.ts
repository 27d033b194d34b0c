import { describe, expect, it } from "vitest";
import { syntheticReviews } from "./synthetic-reviews";
import { replyBody } from "./reply-text";
import { scorecard, type ReplyToScore } from "./scorecard";
import { variety } from "./variety";

// The evaluation's measures on replies whose answer is known, so eval:drafts compares like with like.

const hotel = { name: "Hotel Aurora", city: "Lisbon" };
const review = { rating: 2, title: null, text: "The room was dirty and the breakfast was cold. Maria at reception was lovely." };

describe("variety", () => {
  it("is zero for different replies and one for identical ones", () => {
    const same = Array.from({ length: 5 }, () => "Dear guest,\n\nThank you for your stay and your kind words about our breakfast and our room.\n\nKind regards,\nAna");
    expect(variety(same)).toMatchObject({ meanSimilarity: 1, nearDuplicatePairs: 1, distinctOpenings: 0, sharingSixGram: 1, repeatedSixGrams: 1 });
    const different = ["Breakfast was cold, and we are fixing the buffet heaters today.", "Our rooftop bar closes at midnight during the summer season.", "Maria will be thrilled to hear that you enjoyed her recommendations."];
    expect(variety(different)).toMatchObject({ meanSimilarity: 0, nearDuplicatePairs: 0, distinctOpenings: 1, sharingSixGram: 0 });
  });

  it("compares bodies, leaving greeting and signature aside", () => {
    expect(replyBody("Dear Anna,\n\nThank you for staying with us in Lisbon this spring.\n\nKind regards,\nAna Costa\nGeneral Manager")).toBe("Thank you for staying with us in Lisbon this spring.");
  });
});

describe("scorecard", () => {
  it("scores what a reply answers, what it breaks and its language, whoever wrote it", () => {
    const specific: ReplyToScore = { hotel, platform: "google", review, reply: "Dear guest,\n\nI am sorry the room was not clean and that breakfast was cold; I will thank Maria for you.\n\nAna" };
    const generic: ReplyToScore = { hotel, platform: "google", review, reply: "Dear guest,\n\nThank you for your feedback. Call us on +44 20 7946 0958 any time.\n\nAna" };
    const german: ReplyToScore = { hotel, platform: "google", review, reply: "Vielen Dank für Ihre Bewertung, wir freuen uns sehr über Ihren Besuch bei uns im Hotel." };
    const a = scorecard([specific]);
    expect(a.aspectCoverage).toBe(1);
    expect(a.staffNamed).toBe(1);
    expect(a.boilerplate).toBe(0);
    expect(a.guardrailBreaksPer100).toBe(0);
    expect(a.languageMatch).toBe(1);
    const b = scorecard([generic, german]);
    expect(b.aspectCoverage).toBe(0);
    expect(b.staffNamed).toBe(0);
    expect(b.boilerplate).toBe(1);
    expect(b.guardrailBreaksPer100).toBe(100);
    expect(b.breakCodes.map(([code]) => code).sort()).toEqual(["contact-not-in-profile", "wrong-language"]);
    expect(b.languageMatch).toBe(0.5);
  });

  it("measures variety per hotel within windows of twenty replies", () => {
    const reviews = syntheticReviews(200).filter((r) => r.text).slice(0, 40);
    const items = reviews.map((r, i) => ({ hotel, platform: "google", review: r, reply: `Reply number ${i} says something entirely its own about stay ${i * 7}.` }));
    const card = scorecard(items);
    expect(card.variety.hotels).toBe(1);
    expect(card.variety.distinctOpenings).toBe(1);
  });
});
