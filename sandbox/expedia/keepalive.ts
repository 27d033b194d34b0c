import type { Random } from "../platform";
import { pick, pickDistinct, pickWeighted } from "../random";
import { EXPEDIA_PHRASES } from "./phrases";
import type { NewReviewInput } from "./state";

// Generates plausible new Expedia reviews so a demo keeps receiving fresh ones.

// Overall ratings on Expedia's 1-10 scale, skewed towards good stays as real distributions are.
const OVERALL_WEIGHTS: [number, number][] = [[2, 0.05], [4, 0.08], [6, 0.12], [7, 0.15], [8, 0.25], [9, 0.2], [10, 0.15]];

export function generateExpediaReview(random: Random, propertyId: string): NewReviewInput {
  const p = pick(random, EXPEDIA_PHRASES);
  const [firstName, lastName] = pick(random, p.guests);
  const overall = pickWeighted(random, OVERALL_WEIGHTS);
  const input: NewReviewInput = { propertyId, firstName, lastName, locale: p.locale, overall };
  if (random() < 0.1) return input; // ratings only

  if (overall >= 8) {
    input.title = pick(random, p.titlesGood);
    input.body = pickDistinct(random, p.good, overall === 10 ? 3 : 2).join(" ");
  } else if (overall >= 6) {
    input.title = pick(random, p.titlesMixed);
    input.body = [pick(random, p.good), pick(random, p.bad)].join(" ");
  } else {
    input.title = pick(random, p.titlesBad);
    input.body = pickDistinct(random, p.bad, 2).join(" ");
  }
  return input;
}
