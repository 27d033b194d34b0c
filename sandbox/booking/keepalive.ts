import type { Random } from "../platform";
import { BOOKING_PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";

// Generates plausible new Booking reviews so a demo keeps receiving fresh ones.

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length) % items.length];
  if (item === undefined) throw new Error("pick from empty list");
  return item;
}

// Booking scores skew high; weights for 1..10.
const SCORE_WEIGHTS = [0.03, 0.03, 0.04, 0.05, 0.07, 0.09, 0.14, 0.18, 0.19, 0.18];

function pickScore(random: Random): number {
  let r = random();
  for (const [i, weight] of SCORE_WEIGHTS.entries()) {
    if (r < weight) return i + 1;
    r -= weight;
  }
  return 10;
}

/** About half of Booking.com reviews carry only a score; the rest say what the guest liked and didn't. */
export function generateBookingReview(random: Random, propertyId: string): NewReviewInput {
  const phrases = pick(random, BOOKING_PHRASES);
  const guest = pick(random, phrases.guests);
  const score = pickScore(random);
  const input: NewReviewInput = { propertyId, reviewerName: random() < 0.1 ? null : guest.name, countryCode: guest.country, score };
  if (random() < 0.5) return input;

  const tone = score >= 8 ? "good" : score >= 5 ? "mixed" : "bad";
  const liked = score >= 3 || random() < 0.5 ? pick(random, phrases.liked) : null;
  const disliked = score <= 8 || random() < 0.4 ? pick(random, phrases.disliked) : null;
  return {
    ...input,
    language: phrases.language,
    headline: random() < 0.8 ? pick(random, phrases.headlines[tone]) : null,
    positive: liked,
    negative: disliked ?? (liked ? null : pick(random, phrases.disliked)),
  };
}
