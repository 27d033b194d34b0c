import type { Random } from "../platform";
import { PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";
import { TRIP_TYPES } from "./types";

// Generates plausible new Tripadvisor reviews so a demo keeps receiving fresh ones.

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length) % items.length];
  if (item === undefined) throw new Error("pick from empty list");
  return item;
}

// Skewed towards good ratings, like real hotel review distributions.
const RATING_WEIGHTS: [1 | 2 | 3 | 4 | 5, number][] = [[1, 0.07], [2, 0.09], [3, 0.16], [4, 0.31], [5, 0.37]];

function pickRating(random: Random): 1 | 2 | 3 | 4 | 5 {
  let r = random();
  for (const [stars, weight] of RATING_WEIGHTS) {
    if (r < weight) return stars;
    r -= weight;
  }
  return 5;
}

export function generateTripadvisorReview(random: Random, locationId: number): NewReviewInput {
  const lang = pick(random, Object.keys(PHRASES) as (keyof typeof PHRASES)[]);
  const p = PHRASES[lang];
  const rating = pickRating(random);
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
