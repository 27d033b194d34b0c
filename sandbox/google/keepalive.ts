import { mulberry32 } from "../../lib/random";
import { PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";
import { STAR_BY_NUMBER } from "./types";

// Generates plausible new reviews so a demo keeps receiving fresh ones.

export type Random = () => number;

/** Small deterministic PRNG so demos and tests can replay the same stream. */
export const seededRandom: (seed: number) => Random = mulberry32;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length) % items.length];
  if (item === undefined) throw new Error("pick from empty list");
  return item;
}

function pickDistinct<T>(random: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    out.push(pool.splice(Math.floor(random() * pool.length) % pool.length, 1)[0] as T);
  }
  return out;
}

// Skewed towards good ratings, like real hotel review distributions.
const RATING_WEIGHTS: [1 | 2 | 3 | 4 | 5, number][] = [[1, 0.08], [2, 0.1], [3, 0.17], [4, 0.3], [5, 0.35]];

function pickRating(random: Random): 1 | 2 | 3 | 4 | 5 {
  let r = random();
  for (const [stars, weight] of RATING_WEIGHTS) {
    if (r < weight) return stars;
    r -= weight;
  }
  return 5;
}

export function generateReview(random: Random, locationName: string): NewReviewInput {
  const lang = pick(random, Object.keys(PHRASES) as (keyof typeof PHRASES)[]);
  const p = PHRASES[lang];
  const stars = pickRating(random);
  const input: NewReviewInput = {
    locationName,
    reviewerName: pick(random, p.names),
    starRating: STAR_BY_NUMBER[stars],
  };
  if (random() < 0.12) return input; // rating only

  let parts: string[];
  if (stars >= 4) {
    parts = [pick(random, p.openGood), ...pickDistinct(random, p.good, stars === 5 ? 2 : 1)];
    if (stars === 4 && random() < 0.5) parts.push(pick(random, p.bad));
  } else if (stars === 3) {
    parts = [pick(random, p.openMixed), pick(random, p.good), pick(random, p.bad)];
  } else {
    parts = [pick(random, p.openBad), ...pickDistinct(random, p.bad, 2)];
  }
  input.comment = parts.join(" ");
  return input;
}
