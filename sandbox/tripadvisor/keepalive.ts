import type { Random } from "../platform";
import { pick, pickWeighted } from "../random";
import { PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";
import { TRIP_TYPES } from "./types";

// Generates plausible new Tripadvisor reviews so a demo keeps receiving fresh ones.

// Skewed towards good ratings, like real hotel review distributions.
const RATING_WEIGHTS: [1 | 2 | 3 | 4 | 5, number][] = [[1, 0.07], [2, 0.09], [3, 0.16], [4, 0.31], [5, 0.37]];

export function generateTripadvisorReview(random: Random, locationId: number): NewReviewInput {
  const lang = pick(random, Object.keys(PHRASES) as (keyof typeof PHRASES)[]);
  const p = PHRASES[lang];
  const rating = pickWeighted(random, RATING_WEIGHTS);
  // Tripadvisor asks for a text of some length, so every review has a title and a few sentences.
  let title: string;
  let parts: string[];
  if (rating >= 4) {
    title = pick(random, p.titleGood);
    parts = [pick(random, p.good), pick(random, p.good)];
    if (rating === 4) parts.push(pick(random, p.bad));
  } else if (rating === 3) {
    title = pick(random, p.titleMixed);
    parts = [pick(random, p.good), pick(random, p.bad)];
  } else {
    title = pick(random, p.titleBad);
    parts = [pick(random, p.bad), pick(random, p.bad)];
  }
  return {
    locationId,
    username: pick(random, p.usernames),
    lang,
    rating,
    title,
    text: [...new Set(parts)].join(" "),
    tripType: pick(random, TRIP_TYPES),
  };
}
