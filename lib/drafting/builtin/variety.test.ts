import { describe, expect, it } from "vitest";
import type { DraftInput, DraftResult } from "../types";
import { draftBuiltin } from ".";
import { sharedSentenceShare } from "./variety";

// Rote replies hurt ratings; tailored ones help. These tests measure how alike the drafts for one
// property's reviews read, sentence by sentence (greeting and signature aside, which repeat by design).

const property = { name: "Hotel Miramar", city: "Porto", signatoryName: "Rita Sousa", signatoryTitle: "Guest Relations Manager" };

const DIVERSE: [number | null, string | null][] = [
  [5, "Amazing stay! The breakfast was superb and the staff so friendly."],
  [5, "Spotless room, comfortable bed and a stunning view of the river."],
  [4, "Great location close to the old town. Room a bit small but clean."],
  [2, "The room was dirty and the air conditioning did not work. Very disappointing."],
  [1, "Rude staff at check-in and we waited an hour for our room. Never again."],
  [3, "Nice pool but the wifi was terrible and breakfast average."],
  [5, "Thanks to Pedro at reception for all the tips, he was so helpful!"],
  [4, "Good value for money, quiet room, we slept well."],
  [2, "Noisy street all night, thin walls. The bathroom smelled."],
  [5, null],
  [3, "The food in the restaurant was delicious but parking was a nightmare."],
  [1, null],
  [4, "Lovely spa and sauna. Breakfast could be better."],
  [5, "Everything was perfect, we will definitely come back."],
  [2, "Overpriced for what you get. The bed was uncomfortable and the shower broken."],
  [4, "Friendly team, smooth check-in and a delicious breakfast. Is there a shuttle to the airport?"],
  [3, "Location is fine but the room was tired and dated."],
  [5, "Beautiful view from the balcony, spotless bathroom, lovely staff."],
  [1, "Dirty, noisy and the staff did not care."],
  [4, "We enjoyed the pool and the food. Wifi was a bit slow."],
];

const SIMILAR: string[] = Array.from({ length: 20 }, (_, i) =>
  ["Great stay, lovely breakfast and friendly staff.", "Wonderful hotel, friendly staff and a great breakfast.", "The staff were friendly and breakfast was excellent.", "Loved the breakfast, and the staff were so friendly!"][i % 4]!,
);

function draftsFor(reviews: [number | null, string | null][]): DraftResult[] {
  return reviews.map(([rating, text], i) => {
    const review: DraftInput["review"] = { rating, title: null, text, language: null, authorName: "A Google User", platform: "GOOGLE" };
    return draftBuiltin({ review, property, seed: `review-${i}` });
  });
}

describe("variety across one property's reviews", () => {
  it("gives twenty different reviews twenty different drafts with few shared sentences", () => {
    const drafts = draftsFor(DIVERSE);
    expect(new Set(drafts.map((d) => d.text)).size).toBe(drafts.length);
    const share = sharedSentenceShare(drafts);
    console.info(`diverse reviews: ${(share * 100).toFixed(1)}% of body sentences appear in another draft`);
    expect(share).toBeLessThan(0.15);
  });

  it("keeps near-identical reviews from getting near-identical replies", () => {
    const drafts = draftsFor(SIMILAR.map((text) => [5, text]));
    expect(new Set(drafts.map((d) => d.text)).size).toBe(drafts.length);
    const share = sharedSentenceShare(drafts);
    console.info(`similar five-star reviews: ${(share * 100).toFixed(1)}% of body sentences appear in another draft`);
    expect(share).toBeLessThan(0.35);
  });

  it("varies even the short replies to ratings without text", () => {
    const drafts = draftsFor(Array.from({ length: 20 }, () => [5, null] as [number, null]));
    expect(new Set(drafts.map((d) => d.text)).size).toBeGreaterThanOrEqual(15);
  });
});
