import type { Random } from "../platform";
import { pick, pickDistinct, pickWeighted } from "../random";
import { PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";
import { STAR_BY_NUMBER } from "./types";

// Generates plausible new reviews so a demo keeps receiving fresh ones.

// Skewed towards good ratings, like real hotel review distributions.
const RATING_WEIGHTS: [1 | 2 | 3 | 4 | 5, number][] = [[1, 0.08], [2, 0.1], [3, 0.17], [4, 0.3], [5, 0.35]];

export function generateReview(random: Random, locationName: string): NewReviewInput {
  const lang = pick(random, Object.keys(PHRASES) as (keyof typeof PHRASES)[]);
  const p = PHRASES[lang];
  const stars = pickWeighted(random, RATING_WEIGHTS);
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
