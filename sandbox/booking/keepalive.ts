import type { Random } from "../platform";
import { pick, pickWeighted } from "../random";
import { BOOKING_PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";

// Generates plausible new Booking reviews so a demo keeps receiving fresh ones.

// Booking scores skew high.
const SCORE_WEIGHTS: [number, number][] = [[1, 0.03], [2, 0.03], [3, 0.04], [4, 0.05], [5, 0.07], [6, 0.09], [7, 0.14], [8, 0.18], [9, 0.19], [10, 0.18]];

/** About half of Booking.com reviews carry only a score; the rest say what the guest liked and didn't. */
export function generateBookingReview(random: Random, propertyId: string): NewReviewInput {
  const phrases = pick(random, BOOKING_PHRASES);
  const guest = pick(random, phrases.guests);
  const score = pickWeighted(random, SCORE_WEIGHTS);
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
